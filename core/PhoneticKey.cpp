#include "core/PhoneticKey.h"

#include <cstdint>

namespace vitalis
{
namespace
{
// U+00C0..U+00FF then U+0100..U+017F; '_' = not a letter (× ÷).
constexpr std::string_view kLatin1 =
    "AAAAAAACEEEEIIIIDNOOOOO_OUUUUYTSaaaaaaaceeeeiiiidnooooo_ouuuuyty";
constexpr std::string_view kLatinExtA = "AaAaAaCcCcCcCcDd"
                                        "DdEeEeEeEeEeGgGg"
                                        "GgGgHhHhIiIiIiIi"
                                        "IiIiJjKkkLlLlLlL"
                                        "lLlNnNnNnnNnOoOo"
                                        "OoOoRrRrRrSsSsSs"
                                        "SsTtTtTtUuUuUuUu"
                                        "UuUuWwYyYZzZzZzs";

// SQLite's soundex table (func.c): letters -> digit class, 0 = vowel/h/w/y.
int soundexCode(char c)
{
    switch (c | 0x20) {
    case 'b':
    case 'f':
    case 'p':
    case 'v':
        return 1;
    case 'c':
    case 'g':
    case 'j':
    case 'k':
    case 'q':
    case 's':
    case 'x':
    case 'z':
        return 2;
    case 'd':
    case 't':
        return 3;
    case 'l':
        return 4;
    case 'm':
    case 'n':
        return 5;
    case 'r':
        return 6;
    default:
        return 0;
    }
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
} // namespace

std::string foldToAscii(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b0 = static_cast<std::uint8_t>(s[i]);
        if (b0 >= 0xC0 && b0 < 0xE0 && i + 1 < s.size()) {
            const auto b1 = static_cast<std::uint8_t>(s[i + 1]);
            const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
            char folded = 0;
            if (cp >= 0xC0 && cp <= 0xFF)
                folded = kLatin1[cp - 0xC0];
            else if (cp >= 0x100 && cp <= 0x17F)
                folded = kLatinExtA[cp - 0x100];
            if (folded && folded != '_') {
                out += folded;
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::string phoneticKey(std::string_view name)
{
    const std::string ascii = foldToAscii(name);
    std::size_t i = 0;
    while (i < ascii.size() && !isAsciiAlpha(ascii[i]))
        ++i;
    if (i == ascii.size())
        return {};
    std::string key(1, static_cast<char>(ascii[i] & ~0x20));
    int prev = soundexCode(ascii[i]);
    // Mirrors SQLite: non-letters (and vowels, h, w) reset the previous code.
    for (; key.size() < 4 && i < ascii.size(); ++i) {
        const int code = isAsciiAlpha(ascii[i]) ? soundexCode(ascii[i]) : 0;
        if (code > 0) {
            if (code != prev) {
                prev = code;
                key += static_cast<char>('0' + code);
            }
        } else {
            prev = 0;
        }
    }
    while (key.size() < 4)
        key += '0';
    return key;
}

} // namespace vitalis
