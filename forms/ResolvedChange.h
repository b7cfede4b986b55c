// What a change to a record's values may store under its form, decided in one place for the
// device (LocalRecordService) and the server (push): the form's rules on hidden, unknown and
// computed fields, the size limits, and the field checks, in one evaluation.
#pragma once

#include "core/FieldChanges.h"
#include "forms/Clock.h"
#include "forms/FieldReport.h"
#include "forms/FormEvaluator.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::forms
{

class FormRegistry;
class ReferenceData;

// A value the change sends for a field its form hides in the resulting record.
inline constexpr char kHiddenFieldRule[] = "hidden";
// The record's values as a whole above kMaxRecordBytes of JSON.
inline constexpr char kRecordTooLargeRule[] = "record_too_large";
// Far above a complete declaration (about 2 KB): the per-field limits bound each value, this
// bounds the sum, so no record can grow into a burden every device of a district downloads.
inline constexpr std::size_t kMaxRecordBytes = 64 * 1024;

enum class CheckScope {
    Full,    // every field: new records and steps from which required fields are enforced
    Changed, // the fields the change sends and those whose value or state depends on them
};

struct ResolvedChange {
    FieldReport report; // nothing may be stored unless report.ok()
    // What to apply to the stored values (null clears) and what a device sends: the sent
    // values of input fields plus the clears of stored answers the change hides (base: the
    // stored value).
    FieldChanges changes;
    // Computed values that differ from the stored ones, the engine's, never the sender's:
    // applied where the record is stored, never sent (each side computes its own, so a
    // computed value never conflicts).
    FieldChanges computed;
};

// `stored`: the record's values before the change ({} for a new record); `sent`: the change.
// Refused with a problem naming the field: a value for a field the form does not define
// (unknown_field) or hides in the resulting record (hidden, params {"by": "a = x"}), a value
// failing its type, size or rules, required fields in Declare mode, and a resulting record
// above kMaxRecordBytes. A sent value for a computed field is ignored, never an error.
ResolvedChange resolveChange(const FormRegistry& registry, const ReferenceData* reference,
                             const TodayFunction& today, const std::string& formId, int version,
                             const nlohmann::json& stored, const FieldChanges& sent,
                             ValidationMode mode, CheckScope scope);

} // namespace vitalis::forms
