#include "core/Uuid.h"

#include <array>

namespace vitalis
{

std::string generateUuid(RandomSource& random)
{
    std::array<unsigned char, 16> b{};
    random.fill(b.data(), b.size());
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40); // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[b[i] >> 4]);
        out.push_back(kHex[b[i] & 0x0F]);
    }
    return out;
}

std::string generateUuid()
{
    SodiumRandomSource random;
    return generateUuid(random);
}

bool isUuid(std::string_view text, bool lowerCaseOnly)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash) {
            if (c != '-')
                return false;
            continue;
        }
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'f';
        const bool upper = c >= 'A' && c <= 'F';
        if (!(digit || lower || (upper && !lowerCaseOnly)))
            return false;
    }
    return true;
}

} // namespace vitalis
