#include "dedup/NameNormaliser.h"

#include "core/PhoneticKey.h"
#include "core/TextFold.h"

#include <algorithm>

namespace vitalis::dedup
{
namespace
{
std::u32string decode(std::string_view s)
{
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? b : b & (0x3F >> (len - 1));
        for (int k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += len;
    }
    return out;
}

// Separators inside names: ASCII space and punctuation ("Al-Amin", "O'Brien", "J. Phiri").
bool isSeparator(char c)
{
    return c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',' || c == '\t' || c == '_';
}
} // namespace

NameNormaliser::NameNormaliser(const std::vector<std::vector<std::string>>& groups)
{
    for (const auto& group : groups) {
        if (group.empty())
            continue;
        const std::string head = foldForSearch(group.front());
        for (const auto& spelling : group)
            canonical_[foldForSearch(spelling)] = head;
    }
}

std::vector<std::string> NameNormaliser::tokens(std::string_view text) const
{
    const std::string folded = foldForSearch(text);
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (current.empty())
            return;
        auto it = canonical_.find(current);
        out.push_back(it == canonical_.end() ? current : it->second);
        current.clear();
    };
    for (char c : folded) {
        if (isSeparator(c))
            flush();
        else
            current += c;
    }
    flush();
    return out;
}

std::vector<std::string> NameNormaliser::nameTokens(const nlohmann::json& value) const
{
    if (value.is_string())
        return tokens(value.get<std::string>());
    std::vector<std::string> out;
    if (!value.is_object())
        return out;
    for (const char* part : {"first", "middle", "family"}) {
        auto it = value.find(part);
        if (it != value.end() && it->is_string())
            for (auto& t : tokens(it->get<std::string>()))
                out.push_back(std::move(t));
    }
    return out;
}

std::string NameNormaliser::tokenKey(const std::string& token)
{
    std::string key = phoneticKey(token);
    return key.empty() ? token : key;
}

std::size_t editDistance(std::string_view a8, std::string_view b8)
{
    const std::u32string a = decode(a8), b = decode(b8);
    const std::size_t m = b.size();
    // Three rows (two back for transpositions) instead of a matrix: this runs per word pair.
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), row(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, row);
    }
    return prev[m];
}

} // namespace vitalis::dedup
