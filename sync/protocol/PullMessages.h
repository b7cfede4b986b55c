// Pull request/response: changes after an opaque cursor, one page at a time.
// A record leaving the caller's scope arrives as "removed"; the client keeps unsent edits.
#pragma once

#include "sync/protocol/RecordJson.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::protocol
{

inline constexpr int kDefaultPullLimit = 500;

struct PullRequest {
    int protocol = 0;
    int schemaVersion = 0;
    std::string cursor; // "" = from the beginning (full download of the caller's scope)
    int limit = kDefaultPullLimit;
};

enum class ChangeType { Upsert, Removed };

struct PullChange {
    ChangeType type = ChangeType::Upsert;
    std::string recordId;
    std::optional<WireRecord> record; // Upsert only
    // Set by PullPageReader only (record->record.fields is then null): the fields as the JSON
    // text the server sent, for the store as is, and, parsed, only the arrays whose objects
    // name an "attachmentId" (null when none): the rest is never parsed.
    std::string fieldsJson;
    nlohmann::json attachmentFields;
};

struct PullResponse {
    std::vector<PullChange> changes;
    std::string cursor; // pass back to continue; never beyond an unfillable gap
    bool hasMore = false;
    std::int64_t lastMutationId = 0;   // the device's push watermark
    std::int64_t referenceVersion = 0; // refetch reference data when this grows
};

// Reasons the server gives with ErrorCode::ResetRequired.
inline constexpr std::string_view kResetUnknownCursor = "unknown_cursor";
inline constexpr std::string_view kResetCursorAhead = "cursor_ahead_of_server";
inline constexpr std::string_view kResetLogCompacted = "log_compacted";
inline constexpr std::string_view kResetScopeChanged = "scope_changed";

PullRequest decodePullRequest(const nlohmann::json& body, int maxLimit);
nlohmann::json encodePullRequest(const PullRequest& request);
// The text is what a server sends (RecordText.h writes it); the json is that text parsed.
std::string encodePullResponseText(const PullResponse& response);
nlohmann::json encodePullResponse(const PullResponse& response);
PullResponse decodePullResponse(const nlohmann::json& body);

} // namespace vitalis::protocol
