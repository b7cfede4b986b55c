#include "core/Uuid.h"

#include <array>

namespace vitalis
{

namespace
{

std::string canonicalText(const std::array<unsigned char, 16>& b)
{
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

std::string withVersion(std::array<unsigned char, 16> b, unsigned version)
{
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | (version << 4));
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 9562 variant
    return canonicalText(b);
}

} // namespace

std::string generateUuid(RandomSource& random)
{
    std::array<unsigned char, 16> b{};
    random.fill(b.data(), b.size());
    return withVersion(b, 4);
}

std::string generateUuid()
{
    SodiumRandomSource random;
    return generateUuid(random);
}

std::string generateTimeOrderedUuid(std::int64_t unixMillis, RandomSource& random)
{
    std::array<unsigned char, 16> b{};
    random.fill(b.data() + 6, b.size() - 6);
    const auto ms = static_cast<std::uint64_t>(unixMillis < 0 ? 0 : unixMillis);
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    return withVersion(b, 7);
}

std::string generateTimeOrderedUuid(std::int64_t unixMillis)
{
    SodiumRandomSource random;
    return generateTimeOrderedUuid(unixMillis, random);
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
