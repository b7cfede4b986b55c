# All compiler policy lives on one INTERFACE target that every project target
# links, so third-party code and global flags stay untouched.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

option(VITALIS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(VITALIS_WERROR "Treat warnings as errors" ON)

add_library(vitalis_common INTERFACE)
target_compile_features(vitalis_common INTERFACE cxx_std_20)
target_include_directories(vitalis_common INTERFACE
  ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
target_compile_options(vitalis_common INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${VITALIS_WERROR}>:-Werror>)
# Debug info goes to .dwo files beside the objects (split DWARF), not into every program:
# ~90 test programs each carried a full copy of the libraries' debug info (9.7 GB per build
# tree), which filled a CI disk once. GCC then adds name tables for a gdb index; lld turns
# them into that index (--gdb-index) instead of copying 140 MB of them into each program, and
# links several times faster than ld.bfd. gdb and perf find the .dwo files through the build
# tree.
target_compile_options(vitalis_common INTERFACE
  $<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf>)
option(VITALIS_LLD "Link with lld when it is installed (scripts/setup installs it)" ON)
find_program(VITALIS_LLD_PROGRAM ld.lld)
if(VITALIS_LLD AND VITALIS_LLD_PROGRAM)
  target_link_options(vitalis_common INTERFACE -fuse-ld=lld
    $<$<CONFIG:Debug,RelWithDebInfo>:-Wl,--gdb-index>)
endif()
target_compile_definitions(vitalis_common INTERFACE
  VITALIS_VERSION="${PROJECT_VERSION}"
  # Qt: no implicit const char* <-> QString conversions; keeps translations honest.
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS)
if(VITALIS_SANITIZE)
  target_compile_options(vitalis_common INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(vitalis_common INTERFACE -fsanitize=address,undefined)
endif()

# vitalis_allocator: link it into a program (the server, and benchmarks of server code) to run
# it on mimalloc; empty under the sanitizers.
add_library(vitalis_allocator INTERFACE)
if(NOT VITALIS_SANITIZE)
  target_link_libraries(vitalis_allocator INTERFACE mimalloc)
  target_compile_definitions(vitalis_allocator INTERFACE VITALIS_MIMALLOC)
endif()

# Qt targets opt in to moc one by one, so Qt-free libraries never pay for it.
function(vitalis_qt_target target)
  set_target_properties(${target} PROPERTIES AUTOMOC ON)
endfunction()
