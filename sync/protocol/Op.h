// One outbox operation as it travels from a device to the server, and its strict decoder.
// An op edits fields ("edit") or takes a workflow action, possibly with field changes.
#pragma once

#include "core/FieldChanges.h"
#include "core/RecordAction.h"
#include "sync/protocol/CertificatePrint.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::protocol
{

// The wire names of actions are core's RecordAction names (toString/recordActionFromString).
// create_draft never leaves the device, so a pushed op carries any other action.
bool isPushableAction(RecordAction action);
bool isWorkflowAction(RecordAction action); // changes the status (not edit / resolve_conflict)

// One field's change as an op carries it: core's FieldChange (base = the value the user saw).
using FieldChange = vitalis::FieldChange;
using FieldChanges = vitalis::FieldChanges;

// Header members a device sends when the op creates the record on the server.
struct RecordHeader {
    std::string eventType;
    std::string officeId;
    std::string trackingId;
    std::int64_t createdAt = 0; // device clock, informational only
    bool operator==(const RecordHeader&) const = default;
};

struct Op {
    std::int64_t mutationId = 0; // per device, gap-free, starts at 1
    std::string recordId;        // canonical lowercase UUID
    RecordAction action = RecordAction::Edit;
    std::int64_t baseRev = 0; // server revision the user saw; 0 = new record
    std::string formId;
    int formVersion = 0;
    std::optional<RecordHeader> header;
    FieldChanges changes;   // field id -> change
    std::string reason;     // RequestUpdates / Archive; certify: why a reprint or copy
    std::string conflictId; // ResolveConflict
    // Register only: a number the device took from its reserved pool (offline registration);
    // the server accepts it or voids it and assigns another (docs/architecture.md).
    std::string registrationNumber;
    std::int64_t clientTime = 0; // informational; never decides a winner
    // Corrections (request_correction, approve_correction, reject_correction, correct).
    std::string correctionId; // device-chosen UUID of the request; required by the three
    std::string reasonCode;   // from the server's correction reasons; required to request
    nlohmann::json documents = nlohmann::json::array(); // attachment refs, as in attachment
                                                        // fields (protocol::attachmentRefs)
    // Certify only: what was printed, for whom, for what fee (docs/certificates.md).
    std::optional<CertificatePrint> print;
    // mark_duplicate: the record id of the original this record duplicates (required).
    std::string duplicateOf;
    // mark_not_duplicate: the records the person compared and decided this one is not a
    // duplicate of (optional: without it, the server's current candidates are meant).
    std::vector<std::string> notDuplicateOf;
    // The device's own duplicate check at declare/validate/register: the tracking ids of the
    // candidates it found and the clerk's note for sending anyway. The server records it and
    // runs its own check; it never trusts a device that found nothing.
    std::vector<std::string> deviceDuplicates;
    std::string duplicateNote;
    bool operator==(const Op&) const = default;
};

// The values of an op that may reference attachments: its array field values and its
// supporting documents (under the pseudo-field "$documents"). AttachmentGate and the
// device's uploader read references from here, so a request waits for its documents.
nlohmann::json attachmentValues(const Op& op);
// The same for an op whose changes travel as text (encodeOpText): their array values that
// name an attachment given apart, as {field: [...]}.
nlohmann::json attachmentValues(const Op& op, nlohmann::json changedArrays);

inline constexpr std::size_t kMaxFieldIdLength = 128;
inline constexpr std::size_t kMaxReasonLength = 2000;

bool isCanonicalUuid(std::string_view s);
// An optional array of at most `max` distinct record ids (canonical UUIDs) at `path`.
std::vector<std::string> readRecordIds(const nlohmann::json* value, const std::string& path,
                                       std::size_t max);
bool isValidFieldId(std::string_view s);

Op decodeOp(const nlohmann::json& value, const std::string& path);
nlohmann::json encodeOp(const Op& op);
// The op's wire text: encodeOp(op).dump(), or, given `changesJson` (a JSON object text in the
// changes' wire shape; op.changes then empty), the same members with that text as "changes",
// so a device sends the changes it stored without decoding and encoding them again.
std::string encodeOpText(const Op& op, std::string_view changesJson = {});

} // namespace vitalis::protocol
