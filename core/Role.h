// A role is a named set of scopes (see Scope.h). Countries define roles in configuration;
// RoleCatalog loads them and ships the defaults.
#pragma once

#include "core/Scope.h"

#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace vitalis
{

struct Role {
    std::string name;  // "local_registrar"
    std::string label; // message id or display name
    std::set<std::string, std::less<>> scopes;

    bool has(std::string_view scopeName) const { return scopes.find(scopeName) != scopes.end(); }
};

} // namespace vitalis
