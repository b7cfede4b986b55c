// The one way a local change is saved: the record, its outbox entry and its audit entry
// commit in ONE transaction, so a crash leaves all three or none.
#pragma once

#include "core/Record.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace vitalis
{

class Database;
class RecordRepository;
class OutboxRepository;
class AuditLog;
class DraftRepository;

struct LocalChange {
    Record record;             // the record as it should be after the change
    std::string kind = "edit"; // outbox op kind: "create", "edit", "declare", "reject", ...
    nlohmann::json payload = nlohmann::json::object(); // action arguments, e.g. {"reason": ...}
    std::string userId;
    std::int64_t at = 0;    // unix ms
    bool clearDraft = true; // the autosave of this record is superseded
};

struct CommitResult {
    std::int64_t mutationId = 0; // 0: nothing changed, nothing queued
    std::int64_t auditSeq = 0;
    nlohmann::json changes = nlohmann::json::object(); // field -> {"value", "base"}
};

class LocalChangeWriter
{
public:
    LocalChangeWriter(Database& db, RecordRepository& records, OutboxRepository& outbox,
                      AuditLog& audit, DraftRepository& drafts);

    // Stamps updatedAt/updatedBy (and createdAt/createdBy for a new record), diffs the fields
    // against the stored record, and queues them with their merge-base values. An "edit"
    // that changes nothing is a no-op (mutationId 0).
    CommitResult commit(const LocalChange& change);
    // Many changes in one transaction (imports, bulk approvals).
    std::vector<CommitResult> commitBatch(std::span<const LocalChange> changes);

private:
    CommitResult apply(const LocalChange& change);
    Database& m_db;
    RecordRepository& m_records;
    OutboxRepository& m_outbox;
    AuditLog& m_audit;
    DraftRepository& m_drafts;
};

} // namespace vitalis
