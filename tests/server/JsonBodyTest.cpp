// parseJsonBody reads with simdjson and falls back to nlohmann's parser: the texts where the two
// parsers could differ must come out as nlohmann alone makes them (value, number type, refusal).
#include "sync/protocol/DecodeError.h"
#include "sync/protocol/JsonReader.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

using namespace vitalis::protocol;
using nlohmann::json;

namespace
{
std::optional<json> read(const std::string& text, bool fast)
{
    try {
        return fast ? parseJsonBody(text) : parseJsonText(text);
    } catch (const DecodeError& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidJson) << text;
        return std::nullopt;
    }
}

// Same value, same text and the same type at every level (nlohmann's == calls 5u equal to 5).
// One exception: "-0" is a signed zero to nlohmann and 0 to simdjson; an integer zero has no
// sign anywhere else (same value, same text).
bool sameType(const json& a, const json& b)
{
    return a.type() == b.type() || (a.is_number_integer() && b.is_number_integer() && a == 0);
}

bool sameJson(const json& a, const json& b)
{
    if (!sameType(a, b) || a.size() != b.size() || a.dump() != b.dump())
        return false;
    if (a.is_object())
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()) || !sameJson(*it, b.at(it.key())))
                return false;
    if (a.is_array())
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!sameJson(a[i], b[i]))
                return false;
    return true;
}

std::string nested(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']');
}
} // namespace

TEST(JsonBodyParsers, ReadsWhatNlohmannReadsAndRefusesWhatItRefuses)
{
    const std::string texts[] = {
        R"({"a": 1, "b": -1, "c": 1.5, "d": "x", "e": null, "f": true, "g": [1, {"h": []}]})",
        "0",
        "-0",
        "-0.0",
        "1e2",
        "1E400",
        "-1E400",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "9223372036854775807",
        "9223372036854775808",
        "0.1",
        "2.2250738585072014e-308",
        "5e-324",
        R"({"k": 1, "k": 2})",
        R"("\ud83d\ude00 \u00e9 \u0000")",
        R"("\ud800")",
        R"("\udc00")",
        R"("\ud800\u0041")",
        "\xEF\xBB\xBF{}",
        "\"\xC3\x28\"",
        "\"\xED\xA0\x80\"",
        "{} x",
        "{",
        "[1,]",
        "01",
        "+1",
        "1.",
        ".5",
        "NaN",
        "\"a\tb\"",
        "  [ ]  ",
        "[\"\xF4\x90\x80\x80\"]",
        "true false",
        nested(31),
        nested(32),
        nested(33),
        nested(2000)};
    for (const std::string& text : texts) {
        SCOPED_TRACE(text.substr(0, 60));
        const auto fast = read(text, true);
        const auto exact = read(text, false);
        ASSERT_EQ(fast.has_value(), exact.has_value());
        if (fast) {
            EXPECT_TRUE(sameJson(*fast, *exact)) << fast->dump() << " vs " << exact->dump();
        }
    }
}

TEST(JsonBodyParsers, DepthAndBadTextKeepTheirNamedErrors)
{
    EXPECT_NO_THROW(parseJsonBody(nested(32)));
    try {
        parseJsonBody(nested(33));
        FAIL() << "33 levels must be refused";
    } catch (const DecodeError& e) {
        EXPECT_NE(std::string(e.what()).find("nested deeper than 32 levels"), std::string::npos);
    }
    try {
        parseJsonBody(R"({"a": tru})");
        FAIL() << "a bad literal must be refused";
    } catch (const DecodeError& e) {
        EXPECT_NE(std::string(e.what()).find("malformed JSON at byte 10"), std::string::npos)
            << e.what();
    }
    EXPECT_THROW(parseJsonBody(std::string("{}\0{}", 5)), DecodeError);
    EXPECT_THROW(parseJsonBody(""), DecodeError);
}
