// Permissions are named scopes ("declare", "register", ...); a role is a named set of them.
// Countries define roles in configuration; RoleCatalog ships the defaults.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace vitalis
{

namespace scope
{
inline constexpr std::string_view Notify = "notify";
inline constexpr std::string_view Declare = "declare";
inline constexpr std::string_view Edit = "edit";
inline constexpr std::string_view Validate = "validate";
inline constexpr std::string_view Register = "register";
inline constexpr std::string_view Reject = "reject";
inline constexpr std::string_view Archive = "archive";
inline constexpr std::string_view Certify = "certify"; // print certificates
inline constexpr std::string_view Correct = "correct";
inline constexpr std::string_view Search = "search";
inline constexpr std::string_view UserManage = "user.manage";
inline constexpr std::string_view ConfigManage = "config.manage";
} // namespace scope

inline constexpr std::string_view kAllScopes[] = {
    scope::Notify,   scope::Declare, scope::Edit,       scope::Validate,
    scope::Register, scope::Reject,  scope::Archive,    scope::Certify,
    scope::Correct,  scope::Search,  scope::UserManage, scope::ConfigManage,
};

bool isKnownScope(std::string_view name);

struct Role {
    std::string name;  // "local_registrar"
    std::string label; // message id or display name
    std::set<std::string, std::less<>> scopes;

    bool has(std::string_view scopeName) const { return scopes.find(scopeName) != scopes.end(); }
};

} // namespace vitalis
