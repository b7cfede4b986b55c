// Turns outbox rows into wire ops and server answers back into outbox states. Consecutive
// unsent edits of one record travel as one op; a record that never reached the server travels
// as one notify/declare carrying every field. Wire ops get gap-free per-device mutation ids.
#pragma once

#include "core/Clock.h"
#include "core/store/OutboxRepository.h"
#include "core/store/WireOpRepository.h"
#include "sync/protocol/CreationChanges.h"
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

struct WireOp {
    protocol::Op op;                    // op.mutationId is the wire id; see changesInText
    std::string text;                   // the op as stored and sent, byte for byte
    std::vector<std::int64_t> localIds; // outbox rows it carries, in order
    // A declaration's changes travel as the outbox stored them: then only `text` holds them
    // (op.changes is empty; OutboxProcessor::changesOf decodes them when an answer needs it).
    bool changesInText = false;
    nlohmann::json attachmentValues; // protocol::attachmentValues of the whole op
};

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
    struct Group;
    static std::vector<Group> groupEntries(std::vector<OutboxEntry> entries);
    std::optional<WireOp> buildOp(Group& g, std::int64_t wireId);
    // The array values of a declaration's stored changes when the op can carry them as they
    // are (see protocol::CreationChanges); nullopt when they must be decoded and merged.
    std::optional<nlohmann::json> storedCreation(const std::vector<OutboxEntry>& entries);
    void fillCreation(protocol::Op& op, std::vector<OutboxEntry>& entries);
    void fillEdit(protocol::Op& op, std::vector<OutboxEntry>& entries, std::int64_t serverRevision,
                  RecordAction action);
    static void fillFromPayload(protocol::Op& op, const nlohmann::json& payload);
    static protocol::FieldChanges changesOf(const WireOp& w);
    void markAll(const std::vector<OutboxEntry>& entries, OutboxState state,
                 const std::string& why);
    void applyOne(const WireOp& w, const protocol::OpResult& r, PushTally& tally);
    bool acknowledgeCreation(const WireOp& w, const protocol::OpResult& r);
    void applyAccepted(const WireOp& w, const protocol::OpResult& r);
    void applyConflict(const WireOp& w, const protocol::OpResult& r);
    void applyRejected(const WireOp& w, const std::string& error, PushTally& tally);
    void requeueUncontested(const WireOp& w, const protocol::OpResult& r);
    // What the registrar reads when the server voided the number the op offered ("" if not).
    static std::string voidedText(const protocol::OpResult& r);
    void recordVoided(const WireOp& w, const protocol::OpResult& r);
    bool knownToServer(const std::string& recordId, std::int64_t serverRevision);
    ProfileStore& m_store;
    const Clock& m_clock;
    WireOpRepository m_wire;
    protocol::CreationChanges m_creation;
    // Ops this processor built and committed, by wire id, until nextBatch hands them over: it
    // need not decode what was just encoded (the stored text stays the source for every later
    // batch and run).
    std::map<std::int64_t, WireOp> m_built;
};

} // namespace vitalis::sync
