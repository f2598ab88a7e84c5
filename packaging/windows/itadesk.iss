; Inno Setup 6 script: `iscc packaging\windows\itadesk.iss` after PyInstaller has built dist\ITADesk.
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1C7D2E-4B8A-4C53-9E2B-1A7D3C9F0E21}
AppName=ITA Desk
AppVersion={#AppVersion}
AppPublisher=ITA Desk
DefaultDirName={localappdata}\Programs\ITADesk
DefaultGroupName=ITA Desk
PrivilegesRequired=lowest
OutputBaseFilename=ITADesk-Setup-{#AppVersion}
OutputDir=..\..\dist
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\ITADesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ITA Desk"; Filename: "{app}\ITADesk.exe"
Name: "{userdesktop}\ITA Desk"; Filename: "{app}\ITADesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\ITADesk.exe"; Description: "{cm:LaunchProgram,ITA Desk}"; Flags: nowait postinstall skipifsilent
