# vitalis_add_test: one call declares a googletest executable and registers its cases with ctest.
#
#   vitalis_add_test(NAME test_x SOURCES a.cpp b.cpp
#     [LIBS lib...]                   # vitalis_test_support brings the server, devices, fixtures
#     [LABELS unit|integration|fault|gui|e2e ...]   # default unit
#     [TIMEOUT seconds]               # per case; default 300
#     [ENVIRONMENT VAR=value ...]
#     [USES server cli faultproxy source docs])   # compile-time paths of these, built first
#
# USES defines VITALIS_SERVER_BIN, VITALIS_CLI_BIN, VITALIS_FAULTPROXY_BIN, VITALIS_SOURCE_DIR,
# VITALIS_DOCS_DIR for tests that run the programs or read the source tree themselves.
function(vitalis_add_test)
  cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;USES" ${ARGN})
  if(NOT ARG_NAME)
    message(FATAL_ERROR "vitalis_add_test: NAME is required")
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE
    vitalis_common GTest::gtest GTest::gmock GTest::gtest_main ${ARG_LIBS})
  vitalis_test_uses(${ARG_NAME} ${ARG_USES})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  string(REPLACE ";" "\\;" _labels "${ARG_LABELS}")
  gtest_discover_tests(${ARG_NAME} DISCOVERY_TIMEOUT 60
    PROPERTIES LABELS "${_labels}" TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${ARG_ENVIRONMENT}")
endfunction()

# The compile-time paths a test target (or a benchmark, or a helper program) needs: a program
# USES name (server, cli, faultproxy) is the target vitalis-NAME, seen as VITALIS_NAME_BIN and
# built first.
function(vitalis_test_uses target)
  foreach(use ${ARGN})
    if(use STREQUAL "source")
      target_compile_definitions(${target} PRIVATE VITALIS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    elseif(use STREQUAL "docs")
      target_compile_definitions(${target} PRIVATE VITALIS_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")
    elseif(TARGET vitalis-${use})
      string(TOUPPER ${use} _name)
      target_compile_definitions(${target} PRIVATE
        VITALIS_${_name}_BIN="$<TARGET_FILE:vitalis-${use}>")
      add_dependencies(${target} vitalis-${use})
    else()
      message(FATAL_ERROR "vitalis_test_uses: no program vitalis-${use} (USES ${use})")
    endif()
  endforeach()
endfunction()

# The older form (LABEL, name first), kept so tests written against it still configure.
function(vitalis_add_gtest name)
  cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
  vitalis_add_test(NAME ${name} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS} LABELS ${ARG_LABEL}
    TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT ${ARG_ENVIRONMENT})
endfunction()
