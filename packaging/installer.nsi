; TTK Desktop installer (NSIS 3, Unicode): per user, no administrator rights.
;
; Compiled by packaging/build.py, which passes:
;   /DVERSION=0.1.0 /DVERSION_NUMERIC=0.1.0.0   from ttk_desktop.__version__ (one source)
;   /DDIST=<the PyInstaller folder dist/ttk-desktop>
;   /DROOT=<the project folder>  /DOUTFILE=<the setup .exe to write>
;   /DAPP_EXE=ttk-desktop.exe /DCLI_EXE=ttk.exe  (no .exe when the Linux bundle stands in)
;
; Installs into %LOCALAPPDATA%\Programs\TTK Desktop. The office's database, its
; backups and the settings live elsewhere (%LOCALAPPDATA%\TTK\TTK Desktop and
; %APPDATA%\TTK\TTK Desktop.ini): an upgrade replaces only the program files and
; the uninstaller never touches the data, it says where it is.

Unicode true
SetCompressor /SOLID lzma
SetCompressorDictSize 64
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z (packaging/build.py does)"
!endif
!ifndef VERSION_NUMERIC
  !error "Pass /DVERSION_NUMERIC=x.y.z.0 (packaging/build.py does)"
!endif
!ifndef DIST
  !error "Pass /DDIST=<the PyInstaller bundle folder> (packaging/build.py does)"
!endif
!ifndef ROOT
  !define ROOT "${__FILEDIR__}\.."
!endif
!ifndef OUTFILE
  !define OUTFILE "TTK-Desktop-${VERSION}-setup.exe"
!endif
!ifndef APP_EXE
  !define APP_EXE "ttk-desktop.exe"
!endif
!ifndef CLI_EXE
  !define CLI_EXE "ttk.exe"
!endif

; The bundle must hold what the programs read at run time.
!if ! /FileExists "${DIST}\${APP_EXE}"
  !error "${DIST}\${APP_EXE} is missing: build the bundle first"
!endif
!if ! /FileExists "${DIST}\${CLI_EXE}"
  !error "${DIST}\${CLI_EXE} is missing: build the bundle first"
!endif
!if ! /FileExists "${DIST}\_internal\ttk_desktop\core\db\migrations\env.py"
  !error "the database migrations are missing from the bundle"
!endif
!if ! /FileExists "${DIST}\_internal\ttk_desktop\i18n\ttk_desktop_ar.qm"
  !error "the translations are missing from the bundle"
!endif
!if ! /FileExists "${DIST}\_internal\ttk_desktop\resources\sample-register.xlsx"
  !error "the self-test's sample workbook is missing from the bundle"
!endif

!define PRODUCT "TTK Desktop"
!define PUBLISHER "TTK"
!define PROGID "TTKDesktop.DataFile"
!define DATA_EXT ".ttkx"
!define APP_KEY "Software\TTK\TTK Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TTK Desktop"
; Where the app keeps the office's data (src/ttk_desktop/core/db/paths.py, platformdirs).
!define DATA_DIR "$LOCALAPPDATA\TTK\TTK Desktop"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\TTK Desktop"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ROOT}\resources\ttk-desktop.ico"
!define MUI_UNICON "${ROOT}\resources\ttk-desktop.ico"
!define MUI_ABORTWARNING
; Remember the language chosen at install for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "Turkish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_TURKISH} "TTK Desktop (gerekli)"
LangString SecProgram ${LANG_ENGLISH} "TTK Desktop (required)"
LangString SecProgram ${LANG_ARABIC} "TTK Desktop (مطلوب)"
LangString SecDesktop ${LANG_TURKISH} "Masaüstü kısayolu"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_ARABIC} "اختصار على سطح المكتب"
LangString DescProgram ${LANG_TURKISH} "Program, Başlat menüsü kısayolu ve .ttkx ofis veri dosyalarının ilişkilendirilmesi."
LangString DescProgram ${LANG_ENGLISH} "The program, its Start menu shortcut and the .ttkx office data file association."
LangString DescProgram ${LANG_ARABIC} "البرنامج واختصاره في قائمة ابدأ وربط ملفات بيانات المكتب ‎.ttkx‎ به."
LangString DescDesktop ${LANG_TURKISH} "Masaüstüne bir TTK Desktop kısayolu koyar."
LangString DescDesktop ${LANG_ENGLISH} "Puts a TTK Desktop shortcut on the desktop."
LangString DescDesktop ${LANG_ARABIC} "يضع اختصارًا لبرنامج TTK Desktop على سطح المكتب."
LangString DataFileType ${LANG_TURKISH} "TTK ofis veri dosyası"
LangString DataFileType ${LANG_ENGLISH} "TTK office data file"
LangString DataFileType ${LANG_ARABIC} "ملف بيانات مكتب TTK"
LangString Upgrading ${LANG_TURKISH} "Önceki sürüm güncelleniyor; veritabanı ve ayarlar korunuyor."
LangString Upgrading ${LANG_ENGLISH} "Upgrading the installed version; the database and settings are kept."
LangString Upgrading ${LANG_ARABIC} "جارٍ تحديث الإصدار المثبت؛ تبقى قاعدة البيانات والإعدادات كما هي."
LangString DataKept ${LANG_TURKISH} "TTK Desktop kaldırıldı. Ofisin veritabanı ve yedekleri silinmedi; şu klasörde duruyor:$\r$\n${DATA_DIR}$\r$\nArtık gerekmiyorsa bu klasörü kendiniz silebilirsiniz."
LangString DataKept ${LANG_ENGLISH} "TTK Desktop was removed. The office's database and its backups were not deleted; they are in:$\r$\n${DATA_DIR}$\r$\nDelete that folder yourself if they are no longer needed."
LangString DataKept ${LANG_ARABIC} "تمت إزالة TTK Desktop. لم تُحذف قاعدة بيانات المكتب ونسخها الاحتياطية؛ وهي موجودة في:$\r$\n${DATA_DIR}$\r$\nاحذف هذا المجلد بنفسك إذا لم تعد بحاجة إليها."

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SecProgram)" SEC_PROGRAM
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the old program files (never the data, which lives
  ; outside $INSTDIR) so no module of the older version is left behind.
  ReadRegStr $0 HKCU "${APP_KEY}" "Version"
  StrCmp $0 "" fresh
    DetailPrint "$(Upgrading) ($0 -> ${VERSION})"
    RMDir /r "$INSTDIR\_internal"
  fresh:
  File "${DIST}\${APP_EXE}"
  File "${DIST}\${CLI_EXE}"
  File /r "${DIST}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; Double-clicking an office data file opens it in the app: ttk-desktop FILE.ttkx
  WriteRegStr HKCU "Software\Classes\${DATA_EXT}" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(DataFileType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  ; Offered under "Open with" for Excel workbooks (import) too, without taking them over.
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" "${DATA_EXT}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".xlsx" ""
  WriteRegStr HKCU "Software\Classes\.xlsx\OpenWithList\${APP_EXE}" "" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SEC_DESKTOP
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_PROGRAM} $(DescProgram)
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_DESKTOP} $(DescDesktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  ; Only what the installer put there: the office's data is elsewhere and stays.
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"

  ReadRegStr $0 HKCU "Software\Classes\${DATA_EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\${DATA_EXT}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  DeleteRegKey HKCU "Software\Classes\.xlsx\OpenWithList\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "${APP_KEY}" "InstallDir"
  DeleteRegValue HKCU "${APP_KEY}" "Version"
  DeleteRegValue HKCU "${APP_KEY}" "InstallerLanguage"
  DeleteRegKey /ifempty HKCU "${APP_KEY}"

  DetailPrint "$(DataKept)"
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
