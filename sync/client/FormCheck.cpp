#include "sync/client/FormCheck.h"

#include "core/JsonPointer.h"
#include "sync/protocol/FormFieldErrors.h"

namespace vitalis
{

FormCheck::FormCheck(std::shared_ptr<const forms::FormRegistry> forms, const Clock& clock,
                     const forms::ReferenceData* reference)
    : m_forms(std::move(forms)), m_clock(clock), m_reference(reference)
{
}

bool FormCheck::requiresComplete(RecordStatus s)
{
    return s == RecordStatus::Declared || s == RecordStatus::Validated ||
           s == RecordStatus::Registered || s == RecordStatus::Certified;
}

std::vector<protocol::FieldError> FormCheck::check(const std::string& formId, int version,
                                                   const nlohmann::json& fields,
                                                   RecordStatus status) const
{
    auto out = protocol::checkFormFields(*m_forms, m_reference, m_clock, formId, version, fields,
                                         requiresComplete(status) ? forms::ValidationMode::Declare
                                                                  : forms::ValidationMode::Draft);
    if (out.size() == 1 && out[0].code == "unsupported_form_version")
        out[0].message += " on this device (sync to fetch the form definitions)";
    return out;
}

std::string fieldJsonPath(const std::string& fieldId)
{
    return "/fields" + jsonPointerSegment(fieldId);
}

} // namespace vitalis
