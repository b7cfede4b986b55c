// The identifier alphabet of names that travel in tokens, URLs, file names and logs (role
// names, location and office ids): letters, digits and _ . - only, never empty.
#pragma once

#include <cstddef>
#include <limits>
#include <string_view>

namespace vitalis
{

inline bool isPlainId(std::string_view id,
                      std::size_t maxLength = std::numeric_limits<std::size_t>::max())
{
    if (id.empty() || id.size() > maxLength)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-'))
            return false;
    return true;
}

} // namespace vitalis
