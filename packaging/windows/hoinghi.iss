; Inno Setup script of Hội nghị ĐHTT (Inno Setup 6.3 or newer). Build it through
;   python packaging\build.py --installer
; which passes the version (app/__init__.py) and the frozen folder (dist\hoinghi); by hand:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.2.0 /DSourceDir=..\..\dist\hoinghi packaging\windows\hoinghi.iss
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\HoiNghiDHTT, the
; shortcuts to the user's Start menu and desktop, the .hnb association to HKEY_CURRENT_USER.
; The user's data (%LOCALAPPDATA%\HoiNghiDHTT: database, backups, settings, keys) is never
; installed, replaced or removed by this installer: a newer installer run over an older version
; replaces the program only, and the first start of the new version backs the database up
; before it migrates it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (python packaging\build.py --installer does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\hoinghi"
#endif

[Setup]
; One AppId for every version: a newer installer upgrades the older one in place.
AppId={{5C7D9A3E-2B41-4F0D-9E7A-48D1C6A0B2F1}
AppName=Hội nghị ĐHTT
AppVersion={#AppVersion}
AppVerName=Hội nghị ĐHTT {#AppVersion}
AppPublisher=Hội nghị ĐHTT
DefaultDirName={autopf}\HoiNghiDHTT
DefaultGroupName=Hội nghị ĐHTT
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=HoiNghiDHTT-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\hoinghi.exe
UninstallDisplayName=Hội nghị ĐHTT {#AppVersion}
ShowLanguageDialog=no

[Languages]
; Inno Setup's English messages, with this project's own Vietnamese for every page a user sees.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese-hoinghi.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình nền (Desktop)"; GroupDescription: "Biểu tượng:"

[InstallDelete]
; The previous version's program files (never the data folder, which is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Hội nghị ĐHTT"; Filename: "{app}\hoinghi.exe"; Comment: "Chuẩn bị, in ấn và tổng hợp Hội nghị điển hình tiên tiến"
Name: "{autoprograms}\Gỡ cài đặt Hội nghị ĐHTT"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Hội nghị ĐHTT"; Filename: "{app}\hoinghi.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a bundle (.hnb) on the USB stick opens the app on its import preview.
Root: HKA; Subkey: "Software\Classes\.hnb"; ValueType: string; ValueName: ""; ValueData: "HoiNghiDHTT.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hnb\OpenWithProgids"; ValueType: string; ValueName: "HoiNghiDHTT.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HoiNghiDHTT.Bundle"; ValueType: string; ValueName: ""; ValueData: "Gói dữ liệu Hội nghị ĐHTT"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HoiNghiDHTT.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hoinghi.exe,0"
Root: HKA; Subkey: "Software\Classes\HoiNghiDHTT.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hoinghi.exe"" ""%1"""

[Run]
Filename: "{app}\hoinghi.exe"; Description: "Mở Hội nghị ĐHTT"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The data folder is not the program's: say where it stays. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('Đã gỡ phần mềm. Dữ liệu của đơn vị (cơ sở dữ liệu, bản sao lưu, cài đặt) vẫn được giữ nguyên ở:' + #13#10 +
           ExpandConstant('{localappdata}\HoiNghiDHTT') + #13#10#13#10 +
           'Cài lại phần mềm sẽ dùng tiếp dữ liệu này.', mbInformation, MB_OK);
end;
