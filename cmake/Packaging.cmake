# Release version header and the installers (CPack: DEB on Linux, NSIS on Windows).
# Included from the root CMakeLists after every target exists, so install rules can test
# if(TARGET vitalis) and pick the desktop client up as soon as it is built.
include(Version)
