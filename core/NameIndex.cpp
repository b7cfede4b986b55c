#include "core/NameIndex.h"

#include <algorithm>
#include <unordered_set>

namespace vitalis
{
namespace
{

bool isWordStart(std::string_view folded, std::size_t i)
{
    if (i == 0)
        return true;
    const unsigned char prev = static_cast<unsigned char>(folded[i - 1]);
    const unsigned char cur = static_cast<unsigned char>(folded[i]);
    // A word starts after a space or punctuation, never inside a UTF-8 sequence.
    return (cur & 0xC0) != 0x80 && (prev == ' ' || prev == '-' || prev == '\'' || prev == '(' ||
                                    prev == '/' || prev == ',' || prev == '.');
}

} // namespace

void NameIndex::add(std::string_view name, std::uint32_t item)
{
    const std::string folded = foldForSearch(name);
    for (std::size_t i = 0; i < folded.size(); ++i)
        if (folded[i] != ' ' && isWordStart(folded, i))
            m_entries.push_back({folded.substr(i), item});
}

void NameIndex::finalize()
{
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.key != b.key ? a.key < b.key : a.item < b.item;
    });
}

std::vector<std::uint32_t> NameIndex::find(std::string_view prefix, std::size_t limit,
                                           const std::function<bool(std::uint32_t)>& accept) const
{
    std::vector<std::uint32_t> out;
    const std::string key = foldForSearch(prefix);
    if (key.empty() || limit == 0)
        return out;
    std::unordered_set<std::uint32_t> seen;
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                               [](const Entry& e, const std::string& k) { return e.key < k; });
    for (; it != m_entries.end() && it->key.compare(0, key.size(), key) == 0; ++it) {
        if (seen.count(it->item) || (accept && !accept(it->item)))
            continue;
        seen.insert(it->item);
        out.push_back(it->item);
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace vitalis
