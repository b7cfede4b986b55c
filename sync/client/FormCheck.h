// Client-side check of a record's values against the form version it was started with, using
// the same form engine (vitalis_forms) the server runs, so a declaration is refused before it
// is queued instead of coming back rejected after the next sync.
#pragma once

#include "core/Clock.h"
#include "core/Record.h"
#include "forms/FieldReport.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "forms/ResolvedChange.h"
#include "sync/protocol/PushMessages.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis
{

class FormCheck
{
public:
    // `reference` may be null (no reference data on the device): option lists that come from
    // reference data are then left to the server.
    FormCheck(std::shared_ptr<const forms::FormRegistry> forms, const Clock& clock,
              const forms::ReferenceData* reference = nullptr);

    // Problems of `fields` for a record that would be in `status`, in one form evaluation:
    // types and rules always, required fields from "declared" on (what the server enforces; a
    // notification may be incomplete). A problem's fieldId is "" for the form as a whole
    // (unknown form version).
    forms::FieldReport check(const std::string& formId, int version, const nlohmann::json& fields,
                             RecordStatus status) const;

    // What `sent` may store on a record with the values `stored` that would be in `status`
    // (forms::resolveChange, every field checked): the problems, else the changes to save,
    // with the clears of answers the change hides and the recomputed values.
    forms::ResolvedChange resolve(const std::string& formId, int version,
                                  const nlohmann::json& stored, const FieldChanges& sent,
                                  RecordStatus status) const;

    // The statuses in which a record must be complete (the server's rule too).
    static bool requiresComplete(RecordStatus status);

    const forms::FormRegistry& forms() const { return *m_forms; }

private:
    std::shared_ptr<const forms::FormRegistry> m_forms;
    const Clock& m_clock;
    const forms::ReferenceData* m_reference;
    forms::TodayFunction m_today;
};

// The report in the protocol's terms (as the server would answer), worded for the device: an
// unknown form version says to sync for the definitions.
std::vector<protocol::FieldError> deviceFieldErrors(const forms::FieldReport& report);

// "/fields/<id>" with JSON Pointer escaping: where the value sits in a record's JSON.
std::string fieldJsonPath(const std::string& fieldId);

} // namespace vitalis
