; Inno Setup 6 script: turns dist\ITADesk (built by PyInstaller) into dist\ITADesk-Setup-<version>.exe.
; Run by packaging\windows\build.ps1, which passes the version read from pyproject.toml (the only place it is
; written) and the Thai messages file:  iscc /DAppVersion=0.1.0 /DThaiMessages=build\Thai.isl itadesk.iss
; Signing (optional): build.ps1 -SignCommand "…" also passes  /Ssigntool=… /DSignSetup  (see packaging\README.md).
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
; The setup program's own version resource (Properties → Details), beside the one PyInstaller writes into
; ITADesk.exe and itadesk-cli.exe.
VersionInfoVersion={#AppVersion}
VersionInfoProductName=ITA Desk
VersionInfoDescription=ITA Desk Setup
; Windows 10 or 11, 64-bit: the bundle is 64-bit Python and Qt 6, which support nothing older. A 32-bit or older
; Windows gets Inno Setup's own message instead of a program that cannot start. x64compatible also admits
; Windows 11 on Arm, which runs x64 programs.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
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
UninstallDisplayName=ITA Desk {#AppVersion}
; Solid LZMA2 with a 64 MiB dictionary: the Python code inside ITADesk.exe and itadesk-cli.exe is the same, and
; the two lie within one dictionary's reach, so the second copy costs little.
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
#ifdef SignSetup
; The setup program and its uninstaller signed by the sign tool build.ps1 defines with /Ssigntool=….
SignTool=signtool
SignedUninstaller=yes
#endif

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
; The shortcuts keep what an IT person added to them (--db postgresql+psycopg://…, see the README): an upgrade
; writes them again with the arguments the old ones had. /DB="…" on the setup's command line sets them instead.
Name: "{group}\ITA Desk"; Filename: "{app}\ITADesk.exe"; Parameters: "{code:ShortcutParameters}"
Name: "{userdesktop}\ITA Desk"; Filename: "{app}\ITADesk.exe"; Parameters: "{code:ShortcutParameters}"; Tasks: desktopicon

[Run]
Filename: "{app}\ITADesk.exe"; Parameters: "{code:ShortcutParameters}"; Description: "{cm:LaunchProgram,ITA Desk}"; Flags: nowait postinstall skipifsilent

[Code]
var
  KeptParameters: String;

{ The arguments of an existing shortcut, read through the Windows Script Host's WScript.Shell (CreateShortcut
  opens an existing .lnk and reads its properties); '' when there is none or it cannot be read. }
function ShortcutArguments(const Link: String): String;
var
  Shell, Shortcut: Variant;
  Arguments: String;
begin
  Result := '';
  if not FileExists(Link) then
    Exit;
  try
    Shell := CreateOleObject('WScript.Shell');
    Shortcut := Shell.CreateShortcut(Link);
    Arguments := Shortcut.Arguments;
    Result := Trim(Arguments);
  except
    Result := '';
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Before anything is installed, so before [Icons] writes the shortcuts again. }
  if CurStep = ssInstall then
  begin
    KeptParameters := ShortcutArguments(ExpandConstant('{group}\ITA Desk.lnk'));
    if KeptParameters = '' then
      KeptParameters := ShortcutArguments(ExpandConstant('{userdesktop}\ITA Desk.lnk'));
    if KeptParameters <> '' then
      Log('Keeping the shortcut''s arguments: ' + KeptParameters);
  end;
end;

function ShortcutParameters(Param: String): String;
var
  Db: String;
begin
  Db := ExpandConstant('{param:DB|}');
  if Db <> '' then
    Result := '--db "' + Db + '"'
  else
    Result := KeptParameters;
end;
