// Replays the protocol fuzz corpus (sync/protocol/fuzz/corpus/vitalis_protocol_fuzz) through the
// same entry point the libFuzzer target uses, so every crash the fuzzer ever found stays fixed in
// normal builds.
#include "sync/protocol/FuzzDecode.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <vector>

TEST(ProtocolFuzzCorpus, EveryInputDecodesOrIsRefusedCleanly)
{
    const std::filesystem::path dir = VITALIS_PROTOCOL_CORPUS_DIR;
    ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
        SCOPED_TRACE(entry.path().string());
        vitalis::protocol::fuzzDecodeOne(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                         bytes.size());
        ++count;
    }
    EXPECT_GE(count, 6u) << "the seed corpus has one input per decoder at least";
}
