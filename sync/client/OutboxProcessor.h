// Turns outbox rows into wire ops (WireOpBuilder) and server answers back into outbox states.
// Wire ops get gap-free per-device mutation ids and are stored before they are sent.
#pragma once

#include "core/Clock.h"
#include "core/store/OutboxRepository.h"
#include "core/store/WireOpRepository.h"
#include "sync/client/WireOpBuilder.h"
#include "sync/protocol/PushMessages.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct PushTally {
    int applied = 0, merged = 0, conflicts = 0, rejected = 0;
    int voided = 0; // offered registration numbers the server voided (offline registration)
    std::vector<std::string> rejectedExisting; // server-known records to re-read after a rejection
};

class OutboxProcessor
{
public:
    static constexpr const char* kWireCounter = "sync.last_wire_id";
    static constexpr int kPrepareWindow = 4000; // outbox rows turned into wire ops per prepare()

    OutboxProcessor(ProfileStore& store, const Clock& clock);

    // Builds wire ops for up to `window` outbox rows not yet carried by one (one transaction).
    // Returns how many were built. Drafts that never left the device stay queued locally.
    int prepare(int window = kPrepareWindow);
    // Unanswered ops in wire order, after `afterWireId` (the last op of a batch in flight).
    std::vector<WireOp> nextBatch(int maxOps, std::int64_t afterWireId = 0);
    std::int64_t unsentCount(); // wire ops not yet answered
    // Outbox rows still to become wire ops (several rows of a record may become one op).
    std::int64_t unbuiltCount();
    // Ops this processor built after `wireId` and holds ready to send.
    std::size_t builtAfter(std::int64_t wireId) const;
    std::int64_t lastWireId();
    std::int64_t lastAckedWireId();

    void markSending(const std::vector<WireOp>& batch); // one transaction
    void markRetry(const std::vector<WireOp>& batch, const std::string& error,
                   std::int64_t nextAttemptAt);
    // One transaction: ledger answers -> outbox states, records, merge bases, conflicts.
    PushTally applyResults(const std::vector<WireOp>& batch,
                           const protocol::PushResponse& response);
    // The server lost everything above `watermark` (restored from a backup): forget those wire
    // ops, put their outbox rows back in line and restart numbering after the watermark.
    int requeueAbove(std::int64_t watermark);

private:
    void applyOne(const WireOp& w, const protocol::OpResult& r, PushTally& tally);
    bool acknowledgeCreation(const WireOp& w, const protocol::OpResult& r);
    void applyAccepted(const WireOp& w, const protocol::OpResult& r);
    void applyConflict(const WireOp& w, const protocol::OpResult& r);
    void applyRejected(const WireOp& w, const std::string& error, PushTally& tally);
    void requeueUncontested(const WireOp& w, const protocol::OpResult& r);
    // What the registrar reads when the server voided the number the op offered ("" if not).
    static std::string voidedText(const protocol::OpResult& r);
    void recordVoided(const WireOp& w, const protocol::OpResult& r);
    // A stored op's text decoded (errors name /sync_wire/<id>).
    static protocol::Op decodeStored(const std::string& text, std::int64_t wireId);
    static protocol::FieldChanges changesOf(const WireOp& w);
    ProfileStore& m_store;
    const Clock& m_clock;
    WireOpRepository m_wire;
    WireOpBuilder m_builder;
    // Ops this processor built and committed, by wire id, until nextBatch hands them over: it
    // need not decode what was just encoded (the stored text stays the source for every later
    // batch and run).
    std::map<std::int64_t, WireOp> m_built;
};

} // namespace vitalis::sync
