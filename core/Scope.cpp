#include "core/Scope.h"

#include <algorithm>
#include <iterator>

namespace vitalis
{

bool isKnownScope(std::string_view name)
{
    return std::find(std::begin(kAllScopes), std::end(kAllScopes), name) != std::end(kAllScopes);
}

} // namespace vitalis
