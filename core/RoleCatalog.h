// The roles a country configures, by name. Loaded from JSON ({"roles": {name: {label, scopes}}})
// with errors that name the JSON path; defaults() is what ships when a country says nothing.
#pragma once

#include "core/ProblemListError.h"
#include "core/Role.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis
{

namespace role
{
inline constexpr const char* FieldAgent = "field_agent";
inline constexpr const char* HospitalClerk = "hospital_clerk";
inline constexpr const char* RegistrationAgent = "registration_agent";
inline constexpr const char* LocalRegistrar = "local_registrar";
inline constexpr const char* SystemAdmin = "system_admin";
// The server acting for the national ID system (its refusals); no user can hold it.
inline constexpr const char* NationalIdSystem = "national_id_system";
} // namespace role

// Each problem with its JSON path: "/roles/clerk/scopes/2: unknown scope 'regster'".
class RoleConfigError : public ProblemListError
{
public:
    explicit RoleConfigError(std::vector<std::string> errors)
        : ProblemListError("invalid role configuration:", std::move(errors))
    {
    }
};

class RoleCatalog
{
public:
    static RoleCatalog defaults();
    // Throws RoleConfigError listing every problem with its JSON path.
    static RoleCatalog fromJson(const nlohmann::json& config);
    nlohmann::json toJson() const;

    const Role* find(std::string_view name) const;
    const Role& get(std::string_view name) const; // throws std::out_of_range naming the role
    std::vector<std::string> names() const;
    // The roles the server itself acts in (server-side ops through the same workflow path);
    // outside every catalog, so no user and no role file can hold them. Null when unknown.
    static const Role* systemRole(std::string_view name);

private:
    std::map<std::string, Role, std::less<>> m_roles;
};

} // namespace vitalis
