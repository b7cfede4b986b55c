#include "core/RoleCatalog.h"

#include "core/JsonPointer.h"
#include "core/PlainId.h"

#include <algorithm>

namespace vitalis
{

namespace
{

Role makeRole(std::string name, std::string label, std::initializer_list<std::string_view> scopes)
{
    Role r{std::move(name), std::move(label), {}};
    for (auto s : scopes)
        r.scopes.emplace(s);
    return r;
}

} // namespace

RoleCatalog RoleCatalog::defaults()
{
    using namespace scope;
    RoleCatalog c;
    // Supervisors do everything agents do plus register and correct; administrators manage
    // users and configuration but take no record actions (separation of duties).
    const Role roles[] = {
        makeRole(role::FieldAgent, "role.field_agent", {Notify, Declare, Edit, Search}),
        makeRole(role::HospitalClerk, "role.hospital_clerk", {Notify}),
        makeRole(
            role::RegistrationAgent, "role.registration_agent",
            {Notify, Declare, Edit, Validate, Reject, Archive, Certify, Search, CorrectionRequest}),
        makeRole(role::LocalRegistrar, "role.local_registrar",
                 {Notify, Declare, Edit, Validate, Register, Reject, Archive, Certify, Correct,
                  Search, CorrectionRequest, Statistics, DuplicateDecide}),
        makeRole(role::SystemAdmin, "role.system_admin", {UserManage, ConfigManage, Search}),
    };
    for (const auto& r : roles)
        c.m_roles.emplace(r.name, r);
    return c;
}

RoleCatalog RoleCatalog::fromJson(const nlohmann::json& config)
{
    std::vector<std::string> errors;
    RoleCatalog c;
    if (!config.is_object() || !config.contains("roles") || !config["roles"].is_object()) {
        throw RoleConfigError({"/roles: expected an object of roles keyed by role name"});
    }
    for (const auto& [name, spec] : config["roles"].items()) {
        const std::string path = "/roles" + jsonPointerSegment(name);
        if (!isPlainId(name)) { // role names travel in tokens, URLs and logs
            errors.push_back(path + ": role name must be letters, digits, '_', '.' or '-'");
            continue;
        }
        if (!spec.is_object()) {
            errors.push_back(path + ": expected an object with \"label\" and \"scopes\"");
            continue;
        }
        for (const auto& [key, _] : spec.items())
            if (key != "label" && key != "scopes" && key != "description")
                errors.push_back(path + jsonPointerSegment(key) +
                                 ": unknown key (expected label, scopes or description)");
        Role r{name, name, {}};
        if (spec.contains("label")) {
            if (spec["label"].is_string())
                r.label = spec["label"].get<std::string>();
            else
                errors.push_back(path + "/label: expected a string");
        }
        if (!spec.contains("scopes") || !spec["scopes"].is_array()) {
            errors.push_back(path + "/scopes: expected an array of scope names");
            continue;
        }
        const auto& scopes = spec["scopes"];
        for (std::size_t i = 0; i < scopes.size(); ++i) {
            const std::string sp = path + "/scopes/" + std::to_string(i);
            if (!scopes[i].is_string()) {
                errors.push_back(sp + ": expected a string");
                continue;
            }
            const auto s = scopes[i].get<std::string>();
            if (!isKnownScope(s))
                errors.push_back(sp + ": unknown scope '" + s + "'");
            else if (!r.scopes.insert(s).second)
                errors.push_back(sp + ": scope '" + s + "' listed twice");
        }
        c.m_roles.emplace(name, std::move(r));
    }
    if (c.m_roles.empty() && errors.empty())
        errors.push_back("/roles: at least one role is required");
    if (!errors.empty())
        throw RoleConfigError(errors);
    return c;
}

nlohmann::json RoleCatalog::toJson() const
{
    nlohmann::json roles = nlohmann::json::object();
    for (const auto& [name, r] : m_roles)
        roles[name] = {{"label", r.label}, {"scopes", r.scopes}};
    return {{"roles", roles}};
}

const Role* RoleCatalog::find(std::string_view name) const
{
    auto it = m_roles.find(name);
    return it == m_roles.end() ? nullptr : &it->second;
}

const Role& RoleCatalog::get(std::string_view name) const
{
    if (const Role* r = find(name))
        return *r;
    throw std::out_of_range("unknown role '" + std::string(name) + "'");
}

const Role* RoleCatalog::systemRole(std::string_view name)
{
    static const Role nationalId =
        makeRole(role::NationalIdSystem, "role.national_id_system", {scope::NationalIdAnswer});
    return name == nationalId.name ? &nationalId : nullptr;
}

std::vector<std::string> RoleCatalog::names() const
{
    std::vector<std::string> out;
    for (const auto& [name, _] : m_roles)
        out.push_back(name);
    return out;
}

} // namespace vitalis
