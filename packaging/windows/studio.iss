; Inno Setup script for the Windows installer of Live Host Studio (Inno Setup 6.3 or newer).
;
;   python packaging/icons/make_icons.py
;   pyinstaller build.spec --noconfirm
;   iscc /DAppVersion=0.1.0 packaging\windows\studio.iss     ; -> dist\LiveHostStudio-0.1.0-setup.exe
;
; Installs per user by default (no administrator prompt at a venue's borrowed laptop); the user
; can choose an install for all users. The models and the host's data stay in the user's data
; folder (%LOCALAPPDATA%\LiveHostStudio): an uninstall or upgrade never touches sales or recordings.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Live Host Studio"
#define AppExe "Live Host Studio.exe"
#define Root "..\.."

[Setup]
; A fixed AppId: upgrades replace the installed version instead of installing beside it.
AppId={{6C1C8E0B-4A57-4E8B-9C39-2F3A1B7D5E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Live Host Studio
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=LiveHostStudio-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\icons\build\studio.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
; Chinese (Simplified) is not among Inno Setup's bundled translations; to add it, vendor the
; community ChineseSimplified.isl beside this file and list it here.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Add the studio command to PATH (for producers' scripts)"; GroupDescription: "Command line:"; Flags: unchecked

[Files]
Source: "{#Root}\dist\studio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The per-user PATH (HKCU) for a per-user install, the machine PATH for an all-users one.
Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function EnvironmentKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function NeedsAddPath(Dir: String): Boolean;
var
  Paths: String;
begin
  if not RegQueryStringValue(HKA, EnvironmentKey(''), 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
