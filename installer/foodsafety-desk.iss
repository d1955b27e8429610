; Inno Setup script for the Windows installer (compile with ISCC after installer/build.py).
; Installs per machine into Program Files; data stays in each user's data folder
; (%LOCALAPPDATA%\FoodSafetyDesk), so an uninstall or upgrade never touches the campaign.

#define AppName "食安创建工作台"
#define AppVersion GetEnv("FOODSAFETY_DESK_VERSION")

[Setup]
AppId={{6C1B2E8A-3F4D-4E1B-9A57-2D0C9F3E7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=FoodSafety Desk
DefaultDirName={autopf}\FoodSafetyDesk
DefaultGroupName={#AppName}
OutputDir=..\dist
OutputBaseFilename=FoodSafetyDesk-{#AppVersion}-setup
SetupIconFile=build\app.ico
UninstallDisplayIcon={app}\FoodSafetyDesk.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
WizardStyle=modern

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.3 and later.
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\FoodSafetyDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\FoodSafetyDesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\FoodSafetyDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\foodsafety-desk.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; \
  StatusMsg: "正在自检…"
Filename: "{app}\FoodSafetyDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent
