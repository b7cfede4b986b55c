// Push request/response: a batch of outbox ops and one answer per op.
// Answers are stored in the server's result ledger and replayed verbatim on repeats.
#pragma once

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/Op.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::protocol
{

struct PushRequest {
    int protocol = 0;
    int schemaVersion = 0;
    std::vector<Op> ops;
};

enum class OpOutcome { Applied, Merged, Conflict, Rejected };
std::string_view toString(OpOutcome outcome);

// The longest reason a voided registration number's answer carries (the decoder refuses more).
inline constexpr std::size_t kMaxVoidReasonBytes = 2000;
// `text` cut to at most `maxBytes` bytes at a UTF-8 character boundary, "..." marking the cut:
// for texts built from data (candidate lists) that must fit a wire limit.
std::string clipText(std::string_view text, std::size_t maxBytes);
std::optional<OpOutcome> opOutcomeFromString(std::string_view name);

struct FieldError {
    std::string field; // "" when the error is about the op as a whole
    std::string code;  // required, invalid_transition, out_of_jurisdiction, ...
    std::string message;
    bool operator==(const FieldError&) const = default;
};

struct ConflictField {
    std::string field;
    nlohmann::json base;        // what the user saw
    nlohmann::json mine;        // what the op wanted
    nlohmann::json theirs;      // what the server holds
    std::string changedBy;      // user id of the server-side change
    std::int64_t changedAt = 0; // server time (unix ms) of that change
    std::int64_t changedRev = 0;
    bool operator==(const ConflictField&) const = default;
};

struct OpResult {
    std::int64_t mutationId = 0;
    std::string recordId;
    OpOutcome outcome = OpOutcome::Rejected;
    std::int64_t rev = 0;           // record revision after the op (or the server's, on conflict)
    std::string status;             // record status after the op (or the server's)
    std::string registrationNumber; // set when the op registered the record
    // The number the op offered from the device's pool when the server did not accept it
    // (voided, never issued again), and why; the record has registrationNumber instead.
    std::string voidedNumber;
    std::string voidReason;
    nlohmann::json merged = nlohmann::json::object(); // Merged: server values the op did not touch
    std::string conflictId;                           // Conflict
    std::vector<ConflictField> conflicts;             // Conflict: fields both sides changed
    nlohmann::json current = nlohmann::json(); // Conflict: server's record (fields, revs, who)
    std::vector<FieldError> errors;            // Rejected
    // Applied/merged declare, validate or register: the tracking ids of the records the
    // server's duplicate check flagged this one as a possible duplicate of (open flag).
    std::vector<std::string> possibleDuplicates;
    bool operator==(const OpResult&) const = default;
};

struct PushResponse {
    std::vector<OpResult> results;
    std::int64_t lastMutationId = 0; // the device's watermark after this push
};

// Throws DecodeError; `maxOps` is the server's batch limit (BatchTooLarge beyond it).
PushRequest decodePushRequest(const nlohmann::json& body, std::size_t maxOps);
nlohmann::json encodePushRequest(const PushRequest& request);
// The same request as text around ops that are already encoded (encodeOp(...).dump(), as the
// device stores them): byte for byte what encodePushRequest(...).dump() gives, without decoding
// each stored op only to encode it again.
std::string encodePushRequestText(std::span<const std::string_view> encodedOps);

nlohmann::json encodeOpResult(const OpResult& result);
OpResult decodeOpResult(const nlohmann::json& value, const std::string& path);
nlohmann::json encodePushResponse(const PushResponse& response);
PushResponse decodePushResponse(const nlohmann::json& body);

// Shared by every request: reads and checks "protocol" and "schema_version" first, so a
// future client gets "unsupported version" rather than a complaint about its new members.
void checkVersions(ObjectReader& reader, int& protocol, int& schemaVersion);

} // namespace vitalis::protocol
