#include "sync/server/sync/PullCursor.h"

#include "sync/server/auth/Secrets.h"

#include <sodium.h>
#include <vector>

namespace vitalis::server
{

namespace
{
std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> out(1);
    for (char c : s) {
        if (c == sep)
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}
} // namespace

std::string PullCursor::encode() const
{
    const std::string plain = "1|" + std::string(mode == Mode::Snapshot ? "s" : "l") + "|" +
                              instance + "|" + std::to_string(seq) + "|" + after + "|" + scope;
    ensureSodium();
    std::string out(
        sodium_base64_ENCODED_LEN(plain.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(plain.data()),
                      plain.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::optional<PullCursor> PullCursor::decode(const std::string& text)
{
    ensureSodium();
    std::string plain(text.size(), '\0');
    std::size_t len = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(plain.data()), plain.size(), text.data(),
                          text.size(), nullptr, &len, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return std::nullopt;
    plain.resize(len);
    const auto parts = split(plain, '|');
    if (parts.size() != 6 || parts[0] != "1" || (parts[1] != "s" && parts[1] != "l"))
        return std::nullopt;
    PullCursor c;
    c.mode = parts[1] == "s" ? Mode::Snapshot : Mode::Log;
    c.instance = parts[2];
    try {
        std::size_t used = 0;
        c.seq = std::stoll(parts[3], &used);
        if (used != parts[3].size() || c.seq < 0)
            return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
    c.after = parts[4];
    c.scope = parts[5];
    return c;
}

} // namespace vitalis::server
