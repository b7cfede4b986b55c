// Permissions are named scopes ("declare", "register", ...): the vocabulary roles are built from.
// Names are stable configuration and wire strings; a country's role file may use only these.
#pragma once

#include <string_view>

namespace vitalis
{

namespace scope
{
inline constexpr std::string_view Notify = "notify";     // submit incomplete notifications
inline constexpr std::string_view Declare = "declare";   // submit complete declarations
inline constexpr std::string_view Edit = "edit";         // change fields of a submitted record
inline constexpr std::string_view Validate = "validate"; // check a declaration (agent)
inline constexpr std::string_view Register = "register"; // register (registrar)
inline constexpr std::string_view Reject = "reject";     // send back for updates
inline constexpr std::string_view Archive = "archive";   // archive and reinstate
inline constexpr std::string_view Certify = "certify";   // print certificates
inline constexpr std::string_view Correct = "correct";   // correct registered records
// ask for a correction of a registered record; a registrar (correct) approves or rejects it
inline constexpr std::string_view CorrectionRequest = "correction.request";
// decide on a possible duplicate (not a duplicate / duplicate of another record)
inline constexpr std::string_view DuplicateDecide = "duplicate.decide";
inline constexpr std::string_view Search = "search"; // search records of the jurisdiction
// read the vital statistics and office performance of the jurisdiction (counts, no records)
inline constexpr std::string_view Statistics = "statistics.view";
inline constexpr std::string_view UserManage = "user.manage";
inline constexpr std::string_view ConfigManage = "config.manage";
// The national ID system's refusal of a registration: held only by the server's own system
// role (RoleCatalog::systemRole), never by a user; so it is not in kAllScopes either.
inline constexpr std::string_view NationalIdAnswer = "national_id.answer";
} // namespace scope

inline constexpr std::string_view kAllScopes[] = {
    scope::Notify,
    scope::Declare,
    scope::Edit,
    scope::Validate,
    scope::Register,
    scope::Reject,
    scope::Archive,
    scope::Certify,
    scope::Correct,
    scope::Search,
    scope::UserManage,
    scope::ConfigManage,
    scope::CorrectionRequest,
    scope::Statistics,
    scope::DuplicateDecide,
};

bool isKnownScope(std::string_view name);

} // namespace vitalis
