# Every dependency comes from Debian 12 packages; see scripts/setup.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(CURL REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)
# The server's allocator (mimalloc replaces malloc process-wide when linked): the JSON of every
# op and candidate record is many small allocations, where glibc's malloc spent a third of the
# duplicate check's time (docs/performance.md). Not with the sanitizers, which own malloc.
if(NOT VITALIS_SANITIZE)
  find_package(mimalloc 2.0 REQUIRED)
endif()
# Pdf: the document viewer shows scanned PDFs page by page (Debian: qt6-pdf-dev).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql HttpServer LinguistTools Test Pdf Svg Xml PrintSupport Charts)
find_package(Qt6Keychain REQUIRED)
if(VITALIS_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(VITALIS_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
