#include "sync/server/sync/RecordValidator.h"

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

std::vector<protocol::FieldError>
FormEngineValidator::validate(const DirectorySnapshot& dir, const std::string& formId, int version,
                              const nlohmann::json& fields, bool enforceRequired) const
{
    return protocol::checkFormFields(
        *dir.forms, dir.reference.get(), clock_, formId, version, fields,
        enforceRequired ? forms::ValidationMode::Declare : forms::ValidationMode::Draft);
}

} // namespace vitalis::server
