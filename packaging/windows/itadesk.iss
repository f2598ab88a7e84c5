; Inno Setup 6 script: turns dist\ITADesk (built by PyInstaller) into dist\ITADesk-Setup-<version>.exe.
; Run by packaging\windows\build.ps1, which passes the version read from pyproject.toml (the only place it is
; written) and the Thai messages file:  iscc /DAppVersion=0.1.0 /DThaiMessages=build\Thai.isl itadesk.iss
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.ps1 reads it from pyproject.toml)
#endif
#ifndef ThaiMessages
  ; Thai is one of Inno Setup's unofficial translations (Files\Languages\Unofficial\Thai.isl in its sources)
  #define ThaiMessages "compiler:Languages\Unofficial\Thai.isl"
#endif

[Setup]
AppId={{6F1C7D2E-4B8A-4C53-9E2B-1A7D3C9F0E21}
AppName=ITA Desk
AppVersion={#AppVersion}
AppPublisher=ITA Desk
; Per user, no administrator rights: an office clerk installs it on their own account. The office's data
; lives in %LOCALAPPDATA%\itadesk (itadesk.paths), never here, so upgrading or uninstalling leaves it alone.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\ITADesk
DefaultGroupName=ITA Desk
DisableProgramGroupPage=yes
OutputBaseFilename=ITADesk-Setup-{#AppVersion}
OutputDir=..\..\dist
SetupIconFile=itadesk.ico
UninstallDisplayIcon={app}\ITADesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "thai"; MessagesFile: "{#ThaiMessages}"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\ITADesk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

; An upgrade replaces the whole program folder: a file dropped by a newer version must not linger.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\ITA Desk"; Filename: "{app}\ITADesk.exe"
Name: "{userdesktop}\ITA Desk"; Filename: "{app}\ITADesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ITADesk.exe"; Description: "{cm:LaunchProgram,ITA Desk}"; Flags: nowait postinstall skipifsilent
