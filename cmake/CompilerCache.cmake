# Uses ccache when it is installed (scripts/setup installs it). base_dir makes the cache
# independent of where the checkout lives, so a fresh clone (the newcomer test, CI's second
# configure, a helper's build directory) reuses objects compiled from identical sources.
# Opt out with -DVITALIS_CCACHE=OFF.
option(VITALIS_CCACHE "Compile through ccache when it is installed" ON)
find_program(VITALIS_CCACHE_PROGRAM ccache)
if(VITALIS_CCACHE AND VITALIS_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(_launcher "${CMAKE_COMMAND}" -E env "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}"
      "CCACHE_NOHASHDIR=true" "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      "${VITALIS_CCACHE_PROGRAM}")
  set(CMAKE_C_COMPILER_LAUNCHER ${_launcher})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${_launcher})
  message(STATUS "ccache: ${VITALIS_CCACHE_PROGRAM}")
endif()
