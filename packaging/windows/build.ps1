# Build the Windows installer on a Windows build machine (Python 3.11+, Inno Setup 6):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# makes dist\ITADesk\ (the one-folder bundle) and dist\ITADesk-Setup-<version>.exe, and prints their sizes
# beside the limits the Linux bundle is held to (tests/packaging/test_bundle.py). Run from anywhere.
# This script cannot run on the Linux CI; .github/workflows/windows.yml runs it on a Windows runner.
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

# The version is written once, in pyproject.toml.
$Version = & python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from pyproject.toml" }
Write-Host "ITA Desk $Version"

# A venv of its own: the program and PyInstaller only (no test tools in the bundle's analysis).
if (-not (Test-Path ".venv-build\Scripts\python.exe")) { & python -m venv .venv-build }
$Py = Join-Path $Root ".venv-build\Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q . "pyinstaller>=6.10"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$Started = Get-Date
& $Py -m PyInstaller packaging\itadesk.spec --noconfirm --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Write-Host ("bundle built in {0:N0} s" -f ((Get-Date) - $Started).TotalSeconds)

# The frozen program must start: its version, then a database opened (migrations found as files).
& dist\ITADesk\ITADesk.exe --version | Write-Host
$Probe = Join-Path $env:TEMP "itadesk-build-probe.sqlite3"
Remove-Item $Probe -ErrorAction SilentlyContinue
& dist\ITADesk\ITADesk.exe --db $Probe measures | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the bundle could not open a database (exit $LASTEXITCODE)" }
Remove-Item $Probe -ErrorAction SilentlyContinue

# Sizes, measured as on Linux: the folder unpacked, and compressed with xz -6 (the tar and xz that Windows
# and Git for Windows ship; Python's lzma, preset 6, when they are missing).
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
Write-Host ("dist\ITADesk: {0:N1} MiB unpacked (Linux limit 160), {1:N1} MiB xz -6 (limit 55)" -f $Unpacked, [double]$Xz)
Get-ChildItem dist\ITADesk\_internal | ForEach-Object {
    $size = if ($_.PSIsContainer) { (Get-ChildItem $_.FullName -Recurse -File | Measure-Object -Sum Length).Sum } else { $_.Length }
    [pscustomobject]@{ Part = $_.Name; MiB = [math]::Round($size / 1MB, 1) }
} | Sort-Object MiB -Descending | Select-Object -First 15 | Format-Table -AutoSize | Out-String | Write-Host

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
        Invoke-WebRequest -UseBasicParsing -OutFile $Thai `
            "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/Thai.isl"
    }
}
& $Iscc "/DAppVersion=$Version" "/DThaiMessages=$Thai" packaging\windows\itadesk.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
$Setup = Get-Item "dist\ITADesk-Setup-$Version.exe"
Write-Host ("{0}: {1:N1} MiB" -f $Setup.Name, ($Setup.Length / 1MB))
