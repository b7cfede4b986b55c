#include "certificates/Base45.h"

#include "certificates/CertificateError.h"

namespace vitalis::certificates::base45
{
namespace
{

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(char c, std::size_t position)
{
    const auto index = kAlphabet.find(c);
    if (index == std::string_view::npos)
        throw CertificateError("Base45: character " + std::to_string(position + 1) +
                               " is not in the Base45 alphabet");
    return static_cast<int>(index);
}

} // namespace

std::string encode(const Bytes& data)
{
    std::string out;
    out.reserve(data.size() / 2 * 3 + 2);
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) {
        unsigned n = data[i] * 256u + data[i + 1];
        out += kAlphabet[n % 45];
        out += kAlphabet[(n / 45) % 45];
        out += kAlphabet[n / 2025];
    }
    if (i < data.size()) {
        out += kAlphabet[data[i] % 45];
        out += kAlphabet[data[i] / 45];
    }
    return out;
}

Bytes decode(std::string_view text)
{
    if (text.size() % 3 == 1)
        throw CertificateError("Base45: length " + std::to_string(text.size()) +
                               " is not valid (3n+1 characters)");
    Bytes out;
    out.reserve(text.size() / 3 * 2 + 1);
    std::size_t i = 0;
    for (; i + 2 < text.size(); i += 3) {
        const unsigned n = valueOf(text[i], i) + valueOf(text[i + 1], i + 1) * 45u +
                           valueOf(text[i + 2], i + 2) * 2025u;
        if (n > 65535)
            throw CertificateError("Base45: group at character " + std::to_string(i + 1) +
                                   " is over 65535");
        out.push_back(static_cast<std::uint8_t>(n >> 8));
        out.push_back(static_cast<std::uint8_t>(n & 0xff));
    }
    if (i < text.size()) {
        const unsigned n = valueOf(text[i], i) + valueOf(text[i + 1], i + 1) * 45u;
        if (n > 255)
            throw CertificateError("Base45: final pair at character " + std::to_string(i + 1) +
                                   " is over 255");
        out.push_back(static_cast<std::uint8_t>(n));
    }
    return out;
}

} // namespace vitalis::certificates::base45
