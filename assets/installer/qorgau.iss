; Inno Setup 6 script: a per-machine installer for Qorgau on Windows.
;
; Build on Windows after `pyinstaller --noconfirm build.spec` has made dist\Qorgau\ (docs/building.md):
;   iscc /DAppVersion=0.1.0 assets\installer\qorgau.iss
; which writes dist\Qorgau-0.1.0-windows-setup.exe.
;
; Silent installation for IT staff (run as administrator):
;   Qorgau-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\qorgau-install.log"
;   add /DIR="D:\Apps\Qorgau" to choose the folder, /TASKS="desktopicon" for a desktop shortcut.
; Installing a newer version over an older one replaces the program and keeps every user's data
; (%APPDATA%\Qorgau\Qorgau); the database is migrated at the first start.
;
; Uninstalling (Settings > Apps, or silently):
;   "C:\Program Files\Qorgau\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; keeps the data folder. Interactively the uninstaller asks whether to delete it; silently it is
; deleted only with /PURGEDATA. Only the data of the user running the uninstaller is deleted.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Qorgau"
#define AppExe "Qorgau.exe"
#define Root "..\.."

[Setup]
; The AppId identifies Qorgau across versions: never change it, or upgrades install side by side.
AppId={{7B0E4C57-1D55-4A3B-9F0C-4F6A2C1E8D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Qorgau
AppComments=Offline training for the response to violence against women in Kazakhstan
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Qorgau-{#AppVersion}-windows-setup
SetupIconFile={#Root}\assets\icons\qorgau.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; A "portable" marker or data folder from a USB copy must not make the installed program write into
; Program Files, so neither is ever installed.
Source: "{#Root}\dist\Qorgau\*"; DestDir: "{app}"; Excludes: "\portable,\data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\Qorgau');
end;

function CmdLineHas(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Purge: Boolean;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    if UninstallSilent() then
      Purge := CmdLineHas('/PURGEDATA')
    else
      Purge := MsgBox('Also delete the training progress kept in ' + DataFolder() + '?' + #13#10 +
        'Choose No to keep it for a later installation.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if Purge then
      DelTree(DataFolder(), True, True, True);
  end;
end;
