# Release version header and the installers (CPack: DEB on Linux, NSIS on Windows).
# Included from the root CMakeLists after every target exists, so install rules can test
# if(TARGET vitalis) and pick the desktop client up as soon as it is built.
# Build the packages with scripts/package; docs/packaging.md explains them.
include(Version)

# `cmake --install` and cpack install what is built; they do not build the whole tree first
# (tests and benchmarks included). scripts/package builds target vitalis_packaged before cpack.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(VITALIS_PACKAGE_MAINTAINER "Vitalis packaging <packaging@vitalis.example.org>" CACHE STRING
    "Maintainer field of the packages (Name <email>)")
set(VITALIS_LICENSE_SPDX "LicenseRef-Vitalis-unpublished" CACHE STRING
    "SPDX licence expression for the AppStream metadata and debian/copyright")
# Which packages cpack makes; the upgrade test's N+1 build makes only the server.
set(VITALIS_PACKAGE_COMPONENTS "client;server;data" CACHE STRING
    "CPack components to package (client = vitalis, server = vitalis-server, data = vitalis-data)")

set(VITALIS_DEB_NAME_client vitalis)
set(VITALIS_DEB_NAME_server vitalis-server)
set(VITALIS_DEB_NAME_data vitalis-data)
add_subdirectory(${PROJECT_SOURCE_DIR}/installer ${PROJECT_BINARY_DIR}/installer)

set(CPACK_PACKAGE_NAME vitalis)
set(CPACK_PACKAGE_VENDOR "The Vitalis project")
set(CPACK_PACKAGE_VERSION ${VITALIS_VERSION})
set(CPACK_PACKAGE_VERSION_MAJOR ${VITALIS_VERSION_MAJOR})
set(CPACK_PACKAGE_VERSION_MINOR ${VITALIS_VERSION_MINOR})
set(CPACK_PACKAGE_VERSION_PATCH ${VITALIS_VERSION_PATCH})
set(CPACK_PACKAGE_CONTACT "${VITALIS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Vitalis")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL ${VITALIS_PACKAGE_COMPONENTS})
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

# First line: the Debian synopsis; the rest the extended description.
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Vitalis desktop client")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "offline-first civil registration client (desktop and command line)
Record births and deaths on an office laptop, with or without a network
connection, and synchronise them with the country's Vitalis server.
Contains the desktop client (vitalis) and the headless client (vitalis-cli).
Records are kept in an encrypted database whose key lives in the system
keyring.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Vitalis sync server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "central sync server for Vitalis civil registration clients
The central server that Vitalis clients synchronise with: authentication,
workflow checks, registration numbers and the change log devices pull.
Runs as a sandboxed systemd service on an embedded SQLite database in
/var/lib/vitalis-server, or on PostgreSQL.")
set(CPACK_COMPONENT_DATA_DISPLAY_NAME "Vitalis forms and demo data")
set(CPACK_COMPONENT_DATA_DESCRIPTION
    "forms and demo country for Vitalis civil registration
The birth and death form definitions with their message catalogs, and a
fictional demo country to try Vitalis, used by the Vitalis client and
server packages.")
if(WIN32)
  # Per-machine install (the template asks for admin rights and installs for all users),
  # a start-menu shortcut, and an uninstaller that removes only what it installed: profiles
  # in %LOCALAPPDATA%\Vitalis stay. Only the clients and their data go into this installer.
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first civil registration")
  set(CPACK_COMPONENTS_ALL client data)
  set(CPACK_NSIS_PACKAGE_NAME "Vitalis ${VITALIS_VERSION}")
  set(CPACK_NSIS_DISPLAY_NAME "Vitalis")
  set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/installer/windows/vitalis.ico)
  set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/installer/windows/vitalis.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\vitalis.exe")
  set(CPACK_PACKAGE_EXECUTABLES vitalis "Vitalis")       # start-menu shortcut
  set(CPACK_CREATE_DESKTOP_LINKS vitalis)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
  set(CPACK_NSIS_MODIFY_PATH OFF)
  set(CPACK_NSIS_CONTACT "${VITALIS_PACKAGE_MAINTAINER}")
  set(CPACK_COMPONENT_CLIENT_REQUIRED ON)
  set(CPACK_COMPONENT_DATA_REQUIRED ON)
  set(CPACK_COMPONENT_CLIENT_DEPENDS data)
  # Qt's DLLs and plugins are added by the Windows build with windeployqt before cpack
  # (docs/packaging.md, "Windows").
else()
  set(CPACK_GENERATOR DEB)
  # CPack's own default summary: the only value the DEB generator does not put in front of each
  # component's description (the first line of which is the package synopsis).
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
  set(CPACK_DEB_COMPONENT_INSTALL ON)
  # Stage into DESTDIR so the absolute /etc and /lib/systemd destinations land in the package.
  set(CPACK_SET_DESTDIR ON)
  set(CPACK_INSTALL_PREFIX /usr)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SOURCE vitalis)
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://vitalis.example.org")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

  set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME ${VITALIS_DEB_NAME_client})
  set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
  # Run-time loads that dpkg-shlibdeps cannot see: QtKeychain dlopens libsecret.
  set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "vitalis-data (>= ${VITALIS_VERSION}), libsecret-1-0")
  # zbar-tools: zbarimg, run by `vitalis-cli verify --image` (a process, not a linked library).
  set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
      "gnome-keyring | kwalletmanager, ca-certificates, zbar-tools")

  set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ${VITALIS_DEB_NAME_server})
  set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
  # Qt loads its SQL drivers as plugins, also invisible to dpkg-shlibdeps.
  set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
  set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "vitalis-data (>= ${VITALIS_VERSION})")
  set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "sqlite3")
  set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
      ${VITALIS_DEB_CONTROL_DIR}/postinst ${VITALIS_DEB_CONTROL_DIR}/prerm
      ${VITALIS_DEB_CONTROL_DIR}/postrm ${VITALIS_DEB_CONTROL_DIR}/conffiles)

  set(CPACK_DEBIAN_DATA_PACKAGE_NAME ${VITALIS_DEB_NAME_data})
  set(CPACK_DEBIAN_DATA_PACKAGE_ARCHITECTURE all)
  set(CPACK_DEBIAN_DATA_PACKAGE_SHLIBDEPS OFF)
  set(CPACK_DEBIAN_DATA_PACKAGE_DEPENDS "")
endif()

include(CPack)
