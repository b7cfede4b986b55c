# One version source: the root project() version. VITALIS_VERSION_OVERRIDE (MAJOR.MINOR.PATCH)
# replaces it for builds that must look newer (the packaging upgrade test's N+1 build) without
# editing the tree. Only files that include VitalisVersion.h rebuild when the version changes.
set(VITALIS_VERSION_OVERRIDE "" CACHE STRING
    "Build as this version (MAJOR.MINOR.PATCH) instead of the project() version")
if(VITALIS_VERSION_OVERRIDE)
  if(NOT VITALIS_VERSION_OVERRIDE MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)$")
    message(FATAL_ERROR "VITALIS_VERSION_OVERRIDE: expected MAJOR.MINOR.PATCH, got "
                        "'${VITALIS_VERSION_OVERRIDE}'")
  endif()
  set(VITALIS_VERSION ${VITALIS_VERSION_OVERRIDE})
  set(VITALIS_VERSION_MAJOR ${CMAKE_MATCH_1})
  set(VITALIS_VERSION_MINOR ${CMAKE_MATCH_2})
  set(VITALIS_VERSION_PATCH ${CMAKE_MATCH_3})
else()
  set(VITALIS_VERSION ${PROJECT_VERSION})
  set(VITALIS_VERSION_MAJOR ${PROJECT_VERSION_MAJOR})
  set(VITALIS_VERSION_MINOR ${PROJECT_VERSION_MINOR})
  set(VITALIS_VERSION_PATCH ${PROJECT_VERSION_PATCH})
endif()

configure_file(${CMAKE_CURRENT_LIST_DIR}/VitalisVersion.h.in
               ${PROJECT_BINARY_DIR}/generated/VitalisVersion.h @ONLY)

# Link this to use #include "VitalisVersion.h" (vitalis_common also sees generated/).
add_library(vitalis_version INTERFACE)
target_include_directories(vitalis_version INTERFACE ${PROJECT_BINARY_DIR}/generated)
