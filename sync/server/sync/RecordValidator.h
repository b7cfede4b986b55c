// Server-side validation of record values against the form version the record was started
// with: required fields only at declare and later, types and rules always. The narrow
// interface keeps PushService independent of how forms are evaluated.
#pragma once

#include "core/Clock.h"
#include "sync/protocol/PushMessages.h"
#include "sync/server/Directory.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::server
{

class RecordValidator
{
public:
    virtual ~RecordValidator() = default;
    // The event type of a known form version; nullopt when the server does not have it.
    virtual std::optional<std::string> formEvent(const DirectorySnapshot& dir,
                                                 const std::string& formId, int version) const = 0;
    virtual std::vector<protocol::FieldError> validate(const DirectorySnapshot& dir,
                                                       const std::string& formId, int version,
                                                       const nlohmann::json& fields,
                                                       bool enforceRequired) const = 0;
};

// Backed by the form engine (vitalis_forms), the same code the client runs.
class FormEngineValidator final : public RecordValidator
{
public:
    explicit FormEngineValidator(const Clock& clock) : clock_(clock) {}
    std::optional<std::string> formEvent(const DirectorySnapshot& dir, const std::string& formId,
                                         int version) const override;
    std::vector<protocol::FieldError> validate(const DirectorySnapshot& dir,
                                               const std::string& formId, int version,
                                               const nlohmann::json& fields,
                                               bool enforceRequired) const override;

private:
    const Clock& clock_;
};

} // namespace vitalis::server
