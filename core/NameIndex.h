// Prefix search over names: every word start of every name is a sorted key, so a query is a
// binary search plus a short scan. Latin accents and case are folded; other scripts match as typed.
#pragma once

#include "core/TextFold.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis
{

class NameIndex
{
public:
    void add(std::string_view name, std::uint32_t item);
    void finalize(); // sorts; call once after the last add

    // Items whose name has a word starting with `prefix`, in key order, each at most once,
    // stopping after `limit` items that `accept` lets through.
    std::vector<std::uint32_t> find(std::string_view prefix, std::size_t limit,
                                    const std::function<bool(std::uint32_t)>& accept) const;

private:
    struct Entry {
        std::string key;
        std::uint32_t item;
    };
    std::vector<Entry> m_entries;
};

} // namespace vitalis
