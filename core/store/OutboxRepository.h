// The outbox: local changes waiting to reach the server, one row per mutation with a
// per-device, gap-free, increasing mutation id and a visible state and last error. The
// content (2-3 KB of changes) and the state live in two tables: a state change is small.
#pragma once

#include "core/OpKind.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace vitalis
{

class Database;

// Resolved: the server answered Conflict and every conflict it raised has been decided since
// (here, on another device, or dropped with the record); the decision travels as its own op.
enum class OutboxState {
    Queued,
    Sending,
    Applied,
    Merged,
    Conflict,
    Rejected,
    WaitingRetry,
    Resolved
};
std::string_view toString(OutboxState state);
std::optional<OutboxState> outboxStateFromString(std::string_view name);

struct OutboxEntry {
    std::int64_t mutationId = 0; // assigned by enqueue()
    std::string recordId;
    OpKind kind;
    std::int64_t baseRevision = 0;
    nlohmann::json changes = nlohmann::json::object(); // field -> {"value": v, "base": b}
    // The changes as stored, read only by unsentWithoutWireOp(), which leaves `changes` null
    // (OutboxRepository::loadChanges parses them): a push may send the text as it is.
    std::string changesText;
    nlohmann::json payload = nlohmann::json::object(); // e.g. {"reason": "..."}
    int formVersion = 0;
    OutboxState state = OutboxState::Queued;
    std::string lastError;
    int attempts = 0;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::int64_t nextAttemptAt = 0; // for WaitingRetry
};

class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db);

    // Assigns the next mutation id (counter row updated in the same transaction, so a
    // rollback leaves no gap) and stores the entry as Queued. Returns the id.
    std::int64_t enqueue(OutboxEntry entry);

    std::optional<OutboxEntry> find(std::int64_t mutationId);
    // Sendable entries in mutation order: Queued, and WaitingRetry whose time has come.
    std::vector<OutboxEntry> pending(std::int64_t now, int limit);
    // Everything (or one state) for the outbox screen, in mutation order, keyset-paged.
    std::vector<OutboxEntry> list(std::optional<OutboxState> state, std::int64_t afterMutationId,
                                  int limit);
    std::vector<OutboxEntry> forRecord(const std::string& recordId);
    // Queued, Sending and WaitingRetry entries of one record, in mutation order.
    std::vector<OutboxEntry> unsentForRecord(const std::string& recordId);
    // The records that have such entries: read once per pulled page, which then asks the
    // outbox only about those (most pages: none).
    std::unordered_set<std::string> recordsWithUnsent();
    std::map<OutboxState, std::int64_t> countByState();
    std::int64_t lastMutationId(); // highest id ever assigned (0 if none)

    // Whether the record has any outbox row at all (answered ones included).
    bool hasAnyFor(const std::string& recordId);
    // The record's newest row when it may still absorb the next edit (coalescing): Queued and
    // above the sealed mark, i.e. not yet built into an op for the server.
    std::optional<OutboxEntry> openTail(const std::string& recordId);
    // Rewrites the changes of an open row (see openTail) with the edits it absorbed.
    void absorb(std::int64_t mutationId, const nlohmann::json& changes, std::int64_t at);
    // The sync engine built every row up to this id into ops for the server: their content is
    // frozen from now on and no later edit is coalesced into them. Never moves down.
    void sealThrough(std::int64_t mutationId);
    std::int64_t sealedThrough();
    // Deletes every row of the record (a discarded draft). Returns how many.
    int removeForRecord(const std::string& recordId);

    void markSending(std::span<const std::int64_t> mutationIds, std::int64_t at);
    // Final answer from the server: Applied, Merged, Conflict or Rejected (error = reason).
    void markResult(std::int64_t mutationId, OutboxState state, const std::string& error,
                    std::int64_t at);
    void markRetry(std::int64_t mutationId, const std::string& error, std::int64_t nextAttemptAt,
                   std::int64_t at);
    // The record's Conflict entries become Resolved (called once its last open conflict is
    // decided, see ConflictRepository::resolve). Returns how many.
    int settleConflicts(const std::string& recordId, std::int64_t at);
    // After a crash or a cut connection nothing is really "sending": put it back in line.
    int requeueSending(std::int64_t at);
    // A WaitingRetry entry goes back in line now (the person asked); others are left alone.
    void retryNow(std::int64_t mutationId, std::int64_t at);
    // Entries whose op the server lost go back in line, saying why (one transaction).
    void requeue(std::span<const std::int64_t> mutationIds, const std::string& reason,
                 std::int64_t at);

    // Unsent entries not yet carried by a wire op of the sync engine (sync_op_map), in
    // mutation order: what the next push builds ops from. Their changes come as text only.
    std::vector<OutboxEntry> unsentWithoutWireOp(int limit);
    // Parses an entry's changesText into its changes, when not done yet.
    static void loadChanges(OutboxEntry& entry);
    // How many such rows wait (one count: for the "sent of total" a sync shows).
    std::int64_t unsentWithoutWireOpCount();
    // Whether the record has a Queued, Sending or WaitingRetry entry (cheap: no JSON read).
    bool hasUnsent(const std::string& recordId);
    std::int64_t firstMutationOf(const std::string& recordId); // 0 when it has none

private:
    Database& m_db;
};

} // namespace vitalis
