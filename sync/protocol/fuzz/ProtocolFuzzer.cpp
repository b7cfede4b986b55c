// libFuzzer target: every request/response decoder of the sync protocol (clang, VITALIS_FUZZ).
#include "sync/protocol/FuzzDecode.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    vitalis::protocol::fuzzDecodeOne(data, size);
    return 0;
}
