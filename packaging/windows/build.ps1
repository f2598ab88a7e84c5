# Build the Windows installer on a Windows 10/11 build machine (Python 3.11+ from python.org, Inno Setup 6):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# (-ExecutionPolicy Bypass: Windows runs no unsigned script by default.) Makes dist\ITADesk\ (the one-folder
# bundle: ITADesk.exe, the window, and itadesk-cli.exe, the command line) and dist\ITADesk-Setup-<version>.exe,
# and prints their sizes. Run from anywhere; Windows PowerShell 5.1 as shipped with Windows is enough.
#
# Signing (optional, needs a code-signing certificate and signtool.exe from the Windows SDK):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 `
#         -SignCommand 'signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f'
# signs both executables before they are packed, then the setup program and its uninstaller ($f is the file).
# Without it everything is built unsigned, and Windows SmartScreen warns once on each PC (see the README).
#
# This script cannot run on the Linux CI; .github/workflows/windows.yml runs it on a Windows runner.
param([string]$SignCommand = "")
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    # A native program's failure does not stop PowerShell 5.1 by itself: its exit status is checked here.
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# Python 3.11 or newer: `python` when it is a real one, else the py launcher python.org installs (`py -3`).
# On a stock Windows `python` may be the Microsoft Store's alias, which starts nothing: each candidate is asked
# to run and say where it is.
function Find-Python {
    $ask = "import sys; print(sys.executable) if sys.version_info >= (3, 11) else sys.exit(1)"
    foreach ($candidate in @(@("python"), @("py", "-3"))) {
        if (-not (Get-Command $candidate[0] -ErrorAction SilentlyContinue)) { continue }
        $arguments = @($candidate | Select-Object -Skip 1) + @("-c", $ask)
        try { $found = & $candidate[0] @arguments 2>$null } catch { continue }
        if ($LASTEXITCODE -eq 0 -and $found -and (Test-Path $found)) { return $found }
    }
    throw "Python 3.11 or newer not found: install it from https://www.python.org/downloads/windows/ (with the py launcher), then run this again"
}
$Python = Find-Python
Write-Host "Python: $Python"

# The version is written once, in pyproject.toml.
$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from pyproject.toml" }
Write-Host "ITA Desk $Version"

# A venv of its own: the program and PyInstaller only (no test tools in the bundle's analysis). A venv left
# without pip by an interrupted run is made again.
$Py = Join-Path $Root ".venv-build\Scripts\python.exe"
if (Test-Path ".venv-build") {
    $complete = $true
    try { & $Py -m pip --version *> $null; $complete = ($LASTEXITCODE -eq 0) } catch { $complete = $false }
    if (-not $complete) { Write-Host ".venv-build is incomplete: making it again"; Remove-Item -Recurse -Force ".venv-build" }
}
if (-not (Test-Path $Py)) { Invoke-Checked "python -m venv" { & $Python -m venv .venv-build } }
Invoke-Checked "pip install --upgrade pip" { & $Py -m pip install -q --upgrade pip }
Invoke-Checked "pip install" { & $Py -m pip install -q . "pyinstaller>=6.10" }

$Started = Get-Date
Invoke-Checked "PyInstaller" { & $Py -m PyInstaller packaging\itadesk.spec --noconfirm --distpath dist --workpath build\pyinstaller }
Write-Host ("bundle built in {0:N0} s" -f ((Get-Date) - $Started).TotalSeconds)

# The frozen program must start: its version, then a database opened (migrations found as files), through
# the console companion, whose output and exit status a script can read.
$Cli = Join-Path $Root "dist\ITADesk\itadesk-cli.exe"
Invoke-Checked "itadesk-cli --version" { & $Cli --version | Write-Host }
$Probe = Join-Path $env:TEMP "itadesk-build-probe.sqlite3"
Remove-Item $Probe -ErrorAction SilentlyContinue
Invoke-Checked "itadesk-cli measures (a new database)" { & $Cli --db $Probe measures | Out-Null }
Remove-Item $Probe -ErrorAction SilentlyContinue

# Sizes, measured as on Linux: the folder unpacked, and compressed with xz -6 (Python's lzma, preset 6).
$Unpacked = (Get-ChildItem dist\ITADesk -Recurse -File | Measure-Object -Sum Length).Sum / 1MB
$Xz = & $Py -c @"
import io, lzma, tarfile
class Count(io.RawIOBase):
    n = 0
    def writable(self): return True
    def write(self, b): Count.n += len(b); return len(b)
out = lzma.LZMAFile(Count(), 'wb', format=lzma.FORMAT_XZ, preset=6)
with tarfile.open(fileobj=out, mode='w|') as tar: tar.add('dist/ITADesk', arcname='ITADesk')
out.close(); print(Count.n / 1048576)
"@
Write-Host ("dist\ITADesk: {0:N1} MiB unpacked, {1:N1} MiB xz -6" -f $Unpacked, [double]$Xz)
Get-ChildItem dist\ITADesk\_internal | ForEach-Object {
    $size = if ($_.PSIsContainer) { (Get-ChildItem $_.FullName -Recurse -File | Measure-Object -Sum Length).Sum } else { $_.Length }
    [pscustomobject]@{ Part = $_.Name; MiB = [math]::Round($size / 1MB, 1) }
} | Sort-Object MiB -Descending | Select-Object -First 15 | Format-Table -AutoSize | Out-String | Write-Host

# Signing the executables before they are packed (the setup itself is signed by Inno Setup, below).
function Invoke-Sign([string]$File) {
    $command = $SignCommand.Replace('$f', "`"$File`"")
    Invoke-Checked "signing $File" { cmd /c $command }
}
if ($SignCommand) {
    foreach ($exe in @("dist\ITADesk\ITADesk.exe", "dist\ITADesk\itadesk-cli.exe")) { Invoke-Sign (Join-Path $Root $exe) }
}

# Inno Setup: iscc from PATH or its usual places; the Thai messages from Inno Setup's own sources (an
# unofficial translation, not in every install), fetched once into build\.
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                         "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
    if (-not $Iscc -and (Test-Path $candidate)) { $Iscc = $candidate }
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it (winget install JRSoftware.InnoSetup)" }
$Thai = Join-Path (Split-Path $Iscc) "Languages\Unofficial\Thai.isl"
if (-not (Test-Path $Thai)) {
    New-Item -ItemType Directory -Force build | Out-Null
    $Thai = Join-Path $Root "build\Thai.isl"
    if (-not (Test-Path $Thai)) {
        # Windows PowerShell 5.1 may still offer only TLS 1.0/1.1, which GitHub refuses.
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        Invoke-WebRequest -UseBasicParsing -OutFile $Thai `
            "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/Thai.isl"
    }
}
$IsccArguments = @("/DAppVersion=$Version", "/DThaiMessages=$Thai")
if ($SignCommand) {
    # Inno Setup's sign tool "signtool": $f is the file it signs (the setup, then its uninstaller).
    $IsccArguments += @("/Ssigntool=$SignCommand", "/DSignSetup")
}
Invoke-Checked "iscc" { & $Iscc @IsccArguments packaging\windows\itadesk.iss }
$Setup = Get-Item "dist\ITADesk-Setup-$Version.exe"
# Its SHA-256 beside it, for an IT person to check a copy with Windows' own `certutil -hashfile … SHA256`.
$Hash = (Get-FileHash $Setup.FullName -Algorithm SHA256).Hash.ToLower()
Set-Content -Encoding Ascii -Path "$($Setup.FullName).sha256" -Value "$Hash  $($Setup.Name)"
Write-Host ("{0}: {1:N1} MiB, SHA-256 {2}" -f $Setup.Name, ($Setup.Length / 1MB), $Hash)
