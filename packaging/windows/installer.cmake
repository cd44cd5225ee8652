# The Windows installer: CPack's NSIS generator. Written for the day BoardDesk is built on
# Windows; it has not been built or run there yet (see packaging/README.md for the steps).
# Included by packaging/CMakeLists.txt on Windows only, before include(CPack).

# No console window behind the desktop program; boarddesk-cli stays a console program.
set_target_properties(boarddesk PROPERTIES WIN32_EXECUTABLE ON)

# Qt's DLLs and plugins (the SQLite driver, the Windows platform, SVG icons) beside the
# programs, by windeployqt, at install time, so the installer carries them.
# (FILENAME_VARIABLE is Qt 6.4's name; later Qt still accepts it, calling it OUTPUT_SCRIPT.)
qt_generate_deploy_app_script(TARGET boarddesk
    FILENAME_VARIABLE boarddesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${boarddesk_deploy_script})
# The Visual C++ runtime, which a fresh Windows may not have.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY BoardDesk)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY BoardDesk)
set(CPACK_NSIS_DISPLAY_NAME BoardDesk)
set(CPACK_NSIS_PACKAGE_NAME "BoardDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\boarddesk.exe]=])
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# A council's IT installs for every user of the machine: Program Files and HKLM.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# The Start menu entry.
set(CPACK_PACKAGE_EXECUTABLES boarddesk BoardDesk)
set(CPACK_CREATE_DESKTOP_LINKS boarddesk)

# .boarddesk files open with BoardDesk, the file passed as the program's argument (as
# `boarddesk FILE` does on Linux), and the association goes with the uninstall.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\.boarddesk" "" "BoardDesk.Partnership"
  WriteRegStr HKLM "Software\Classes\BoardDesk.Partnership" "" "BoardDesk partnership database"
  WriteRegStr HKLM "Software\Classes\BoardDesk.Partnership\DefaultIcon" "" "$INSTDIR\bin\boarddesk.exe,0"
  WriteRegStr HKLM "Software\Classes\BoardDesk.Partnership\shell\open\command" "" '"$INSTDIR\bin\boarddesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKLM "Software\Classes\BoardDesk.Partnership"
  DeleteRegKey HKLM "Software\Classes\.boarddesk"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
