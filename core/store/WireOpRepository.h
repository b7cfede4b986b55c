// The sync engine's wire ops in the profile: each op as built for the server (immutable until
// answered, re-sent byte for byte), the outbox rows it carries, and the server's answer.
#pragma once

#include "core/store/OutboxRepository.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis
{

class Database;

class WireOpRepository
{
public:
    explicit WireOpRepository(Database& db);

    // Stores a freshly built op and the outbox rows it carries (caller's transaction).
    void add(std::int64_t wireId, const std::string& recordId, std::string_view opText,
             std::span<const std::int64_t> outboxIds);
    // Unanswered ops above `afterWireId`, in wire order (ids only: the text is read on demand).
    std::vector<std::int64_t> unanswered(std::int64_t afterWireId, int limit);
    std::string opText(std::int64_t wireId);
    std::vector<std::int64_t> outboxIdsOf(std::int64_t wireId);
    std::int64_t unansweredCount();
    std::int64_t lastAnswered(); // highest answered wire id (0 if none)
    // The highest outbox row carried by any op: rows up to it are frozen (see sealThrough).
    std::int64_t highestCarried();
    // Whether an op for the record is in flight or was taken by the server (applied, merged
    // or conflicting): then the server knows the record.
    bool reachedServer(const std::string& recordId);

    // The server's final answer (Applied, Merged, Conflict or Rejected). The op text goes:
    // an answered op is never sent again (requeue rebuilds from the outbox if the server
    // loses it), so its overflow pages are freed instead of kept.
    void answer(std::int64_t wireId, OutboxState outcome);
    // Forgets every op above the watermark; returns the outbox rows they carried.
    std::vector<std::int64_t> dropAbove(std::int64_t watermark);

private:
    Database& m_db;
};

} // namespace vitalis
