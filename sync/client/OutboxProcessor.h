// Turns outbox rows into wire ops and server answers back into outbox states. Consecutive
// unsent edits of one record travel as one op; a record that never reached the server travels
// as one notify/declare carrying every field. Wire ops get gap-free per-device mutation ids.
#pragma once

#include "core/Clock.h"
#include "sync/protocol/PushMessages.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct WireOp {
    protocol::Op op;                    // op.mutationId is the wire id
    std::vector<std::int64_t> localIds; // outbox rows it carries, in order
};

struct PushTally {
    int applied = 0, merged = 0, conflicts = 0, rejected = 0;
    std::vector<std::string> rejectedExisting; // server-known records to re-read after a rejection
};

class OutboxProcessor
{
public:
    static constexpr const char* kWireCounter = "sync.last_wire_id";

    OutboxProcessor(ProfileStore& store, const Clock& clock);

    // Builds wire ops for outbox rows not yet carried by one (one transaction). Returns how many
    // were built. Drafts that never left the device stay queued locally.
    int prepare();
    std::vector<WireOp> nextBatch(int maxOps);
    std::int64_t unsentCount(); // wire ops not yet answered
    std::int64_t lastWireId();
    std::int64_t lastAckedWireId();

    void markSending(const std::vector<WireOp>& batch);
    void markRetry(const std::vector<WireOp>& batch, const std::string& error,
                   std::int64_t nextAttemptAt);
    // One transaction: ledger answers -> outbox states, records, merge bases, conflicts.
    PushTally applyResults(const std::vector<WireOp>& batch,
                           const protocol::PushResponse& response);
    // The server lost everything above `watermark` (restored from a backup): forget those wire
    // ops, put their outbox rows back in line and restart numbering after the watermark.
    int requeueAbove(std::int64_t watermark);

private:
    void requeueUncontested(const WireOp& w, const protocol::OpResult& r);
    bool knownToServer(const std::string& recordId, std::int64_t serverRevision);
    std::int64_t firstEntryOf(const std::string& recordId); // 0 when it has none
    ProfileStore& m_store;
    const Clock& m_clock;
    // Ops this processor built and committed, by wire id, until answered: nextBatch need not
    // decode what it just encoded (the stored text stays the source for every later run).
    std::map<std::int64_t, WireOp> m_built;
};

} // namespace vitalis::sync
