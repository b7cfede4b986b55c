// The record text writer's strings: plain ASCII is copied, everything else is escaped exactly
// as nlohmann's serializer does, so a page reads the same whichever path wrote a value.
#include "sync/protocol/RecordText.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using vitalis::protocol::appendJsonString;

namespace
{
std::string written(std::string_view s)
{
    std::string out = "x";
    appendJsonString(out, s);
    return out.substr(1); // appends, never replaces what was there
}

std::string byNlohmann(std::string_view s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
} // namespace

TEST(RecordText, AJsonStringIsWrittenAsNlohmannWritesIt)
{
    const std::string cases[] = {
        "",
        "B-2026-000123",
        "3f0b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "say \"hi\"",
        "back\\slash",
        std::string("tab\there, nul\0end", 17),
        "\x7f delete is not escaped",
        "Amina Banda-Mwale \xd8\xb9\xd8\xa7\xd8\xa6\xd8\xb4\xd8\xa9", // Arabic, valid UTF-8
        "H\xc3\xa9l\xc3\xa8ne",
        "cut \xd8 in the middle", // invalid UTF-8: replaced, not sent as is
    };
    for (const std::string& s : cases) {
        SCOPED_TRACE(s);
        EXPECT_EQ(written(s), byNlohmann(s));
        EXPECT_TRUE(nlohmann::json::accept(written(s)));
    }
    EXPECT_EQ(written("plain"), "\"plain\"");
    EXPECT_EQ(nlohmann::json::parse(written("say \"hi\"")).get<std::string>(), "say \"hi\"");
}
