#include "sync/client/FormCheck.h"

#include "core/JsonPointer.h"
#include "sync/protocol/FormFieldErrors.h"

namespace vitalis
{

FormCheck::FormCheck(std::shared_ptr<const forms::FormRegistry> forms, const Clock& clock,
                     const forms::ReferenceData* reference)
    : m_forms(std::move(forms)), m_clock(clock), m_reference(reference),
      m_today(vitalis::forms::todayOf(clock))
{
}

bool FormCheck::requiresComplete(RecordStatus s)
{
    return s == RecordStatus::Declared || s == RecordStatus::Validated ||
           s == RecordStatus::Registered || s == RecordStatus::Certified;
}

forms::FieldReport FormCheck::check(const std::string& formId, int version,
                                    const nlohmann::json& fields, RecordStatus status) const
{
    return forms::checkFormFields(*m_forms, m_reference, m_today, formId, version, fields,
                                  requiresComplete(status) ? forms::ValidationMode::Declare
                                                           : forms::ValidationMode::Draft);
}

forms::ResolvedChange FormCheck::resolve(const std::string& formId, int version,
                                         const nlohmann::json& stored, const FieldChanges& sent,
                                         RecordStatus status) const
{
    return forms::resolveChange(*m_forms, m_reference, m_today, formId, version, stored, sent,
                                requiresComplete(status) ? forms::ValidationMode::Declare
                                                         : forms::ValidationMode::Draft,
                                forms::CheckScope::Full);
}

std::vector<protocol::FieldError> deviceFieldErrors(const forms::FieldReport& report)
{
    auto out = protocol::toFieldErrors(report);
    for (auto& e : out)
        if (e.code == forms::kUnsupportedFormVersionRule)
            e.message += " on this device (sync to fetch the form definitions)";
    return out;
}

std::string fieldJsonPath(const std::string& fieldId)
{
    return "/fields" + jsonPointerSegment(fieldId);
}

} // namespace vitalis
