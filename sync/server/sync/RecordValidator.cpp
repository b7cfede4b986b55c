#include "sync/server/sync/RecordValidator.h"

#include "forms/ResolvedChange.h"
#include "sync/protocol/FormFieldErrors.h"

namespace vitalis::server
{

std::optional<std::string> FormEngineValidator::formEvent(const DirectorySnapshot& dir,
                                                          const std::string& formId,
                                                          int version) const
{
    auto form = dir.forms->find(formId, version);
    if (!form)
        return std::nullopt;
    return form->event;
}

CheckedChange FormEngineValidator::check(const DirectorySnapshot& dir, const std::string& formId,
                                         int version, const nlohmann::json& stored,
                                         const protocol::FieldChanges& sent, bool enforceRequired,
                                         bool incremental) const
{
    auto resolved = forms::resolveChange(
        *dir.forms, dir.reference.get(), forms::todayOf(clock_), formId, version, stored, sent,
        enforceRequired ? forms::ValidationMode::Declare : forms::ValidationMode::Draft,
        incremental ? forms::CheckScope::Changed : forms::CheckScope::Full);
    // The server stores the recomputed values with the op's own changes (keys never overlap).
    resolved.changes.merge(resolved.computed);
    return {protocol::toFieldErrors(resolved.report), std::move(resolved.changes)};
}

} // namespace vitalis::server
