// Server-side check of a pushed change against the form version the record was started with:
// required fields only at declare and later, types, rules, hidden/unknown fields and size limits
// always, computed values from the engine. The narrow interface keeps PushService independent
// of how forms are evaluated.
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

// A change as the form lets it be stored.
struct CheckedChange {
    std::vector<protocol::FieldError> errors; // refused when not empty
    // What to apply to the stored values: the op's own changes of input fields plus the
    // clears of answers it hides and the recomputed values (forms::resolveChange).
    protocol::FieldChanges changes;
};

class RecordValidator
{
public:
    virtual ~RecordValidator() = default;
    // The event type of a known form version; nullopt when the server does not have it.
    virtual std::optional<std::string> formEvent(const DirectorySnapshot& dir,
                                                 const std::string& formId, int version) const = 0;
    // `stored`: the record's values ({} for a new record). `incremental`: check only the fields
    // the change sends and those depending on them (the stored values were checked before);
    // otherwise every field.
    virtual CheckedChange check(const DirectorySnapshot& dir, const std::string& formId,
                                int version, const nlohmann::json& stored,
                                const protocol::FieldChanges& sent, bool enforceRequired,
                                bool incremental) const = 0;
};

// Backed by the form engine (vitalis_forms), the same code the client runs.
class FormEngineValidator final : public RecordValidator
{
public:
    explicit FormEngineValidator(const Clock& clock) : clock_(clock) {}
    std::optional<std::string> formEvent(const DirectorySnapshot& dir, const std::string& formId,
                                         int version) const override;
    CheckedChange check(const DirectorySnapshot& dir, const std::string& formId, int version,
                        const nlohmann::json& stored, const protocol::FieldChanges& sent,
                        bool enforceRequired, bool incremental) const override;

private:
    const Clock& clock_;
};

} // namespace vitalis::server
