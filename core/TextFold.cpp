#include "core/TextFold.h"

#include <cstdint>

namespace vitalis
{
namespace
{

// Base letters by code point, generated from the Unicode character names ("LATIN SMALL LETTER
// E WITH ACUTE" -> e). '*' keeps the character; digits stand for two-letter folds (kMulti).
constexpr char32_t kLatinFirst = 0xC0; // Latin-1 Supplement .. IPA Extensions (part)
constexpr std::string_view kLatin =
    "aaaaaa0ceeeeiiiidnooooo*ouuuuy32aaaaaa0ceeeeiiiidnooooo*ouuuuy3y" // U+00C0
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii44jjkkklllllll" // U+0100
    "lllnnnnnnnnnoooooo11rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" // U+0140
    "bbbb**occdddd**eeffgg**ikkl**nnooo**pp*****ttttuu*vyyzz*********" // U+0180
    "****555666777aaiioouuuuuuuuuueaaaa00ggggkkoooo**j555gg**nnaa00oo" // U+01C0
    "aaaaeeeeiiiioooorrrruuuusstt**hhnd**zzaaeeooooooooyylnt***acclts" // U+0200
    "z**b**eejj*qrryy***bocdd*e*e****";                                // U+0240
constexpr char32_t kLatinAdditionalFirst = 0x1E00; // Latin Extended Additional (Vietnamese, ...)
constexpr std::string_view kLatinAdditional =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"  // U+1E00
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"  // U+1E40
    "wwwwwwwwwwxxxxyyzzzzzzhtwyasss2*aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"  // U+1E80
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy****yy"; // U+1EC0
static_assert(kLatin.size() == 0x260 - kLatinFirst, "one symbol per code point");
static_assert(kLatinAdditional.size() == 0x100, "one symbol per code point");
constexpr std::string_view kMulti[] = {"ae", "oe", "ss", "th", "ij", "dz", "lj", "nj"};

// Decodes one UTF-8 sequence at s[i]; returns its length, 0 when malformed.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t len = b0 < 0x80           ? 1
                      : (b0 >> 5) == 0x6  ? 2
                      : (b0 >> 4) == 0xE  ? 3
                      : (b0 >> 3) == 0x1E ? 4
                                          : 0;
    if (len == 0 || i + len > s.size())
        return 0;
    cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    return len;
}

bool appendLatin(std::string& out, std::string_view table, char32_t first, char32_t cp)
{
    if (cp < first || cp >= first + table.size())
        return false;
    const char c = table[cp - first];
    if (c == '*')
        return false;
    if (c >= '0' && c <= '9')
        out += kMulti[static_cast<std::size_t>(c - '0')];
    else
        out.push_back(c);
    return true;
}

// Arabic: vowel marks (harakat), superscript alef and tatweel are dropped; hamza/madda alef
// forms fold to bare alef, so a clerk typing without marks finds names written with them.
bool appendArabic(std::string& out, char32_t cp)
{
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640)
        return true;
    if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671) {
        out += "\xD8\xA7"; // U+0627 alef
        return true;
    }
    return false;
}

} // namespace

std::string foldForSearch(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = decode(s, i, cp);
        if (len == 0) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        if (!appendLatin(out, kLatin, kLatinFirst, cp) &&
            !appendLatin(out, kLatinAdditional, kLatinAdditionalFirst, cp) &&
            !appendArabic(out, cp))
            out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace vitalis
