#include "sync/client/SyncEngine.h"

#include "core/store/ProfileStore.h"
#include "sync/client/AttachmentDownloader.h"
#include "sync/client/AttachmentUploader.h"
#include "sync/client/CertificateTemplateSync.h"
#include "sync/client/ConflictSync.h"
#include "sync/client/NumberPoolSync.h"
#include "sync/client/OutboxProcessor.h"
#include "sync/client/ProfileLock.h"
#include "sync/client/PullApplier.h"
#include "sync/client/PullPageSize.h"
#include "sync/client/PullPrefetch.h"
#include "sync/client/RecordIdList.h"
#include "sync/client/RecordRebase.h"
#include "sync/client/RevocationSync.h"
#include "sync/protocol/AttachmentMessages.h"
#include "sync/protocol/ProtocolVersion.h"
#include "sync/protocol/PullPageReader.h"
#include "sync/protocol/RecordJson.h"

namespace vitalis::sync
{

using nlohmann::json;

json SyncReport::toJson() const
{
    json j = {{"ok", ok},
              {"opsSent", opsSent},
              {"applied", applied},
              {"merged", merged},
              {"conflicts", conflicts},
              {"rejected", rejected},
              {"recordsPulled", recordsPulled},
              {"removed", removed},
              {"rebased", rebased},
              {"resets", resets},
              {"conflictsImported", conflictsImported},
              {"conflictsClosed", conflictsClosed},
              {"requeuedAfterServerLoss", requeuedAfterServerLoss},
              {"removedWithEdits", removedWithEdits},
              {"bytesSent", stats.bytesSent},
              {"bytesReceived", stats.bytesReceived},
              {"requests", stats.requests},
              {"retries", stats.retries},
              {"tokenRefreshes", stats.refreshes},
              {"attachmentsUploaded", attachmentsUploaded},
              {"attachmentsFailed", attachmentsFailed},
              {"attachmentsDownloaded", attachmentsDownloaded},
              {"attachmentBytesSent", attachmentBytesSent},
              {"opsWaitingForAttachments", opsWaitingForAttachments},
              {"numbersVoided", numbersVoided},
              {"poolBlocks", poolBlocks},
              {"poolNumbers", poolNumbers},
              {"revocationsRefreshed", revocationsRefreshed},
              {"certificateTemplates", certificateTemplates}};
    if (errorKind) {
        j["errorKind"] = toString(*errorKind);
        j["error"] = error;
    }
    return j;
}

SyncEngine::SyncEngine(ProfileStore& store, ApiClient& api, const Clock& clock)
    : m_store(store), m_api(api), m_clock(clock)
{
}

SyncReport SyncEngine::run(const SyncOptions& options,
                           const std::function<void(const SyncProgress&)>& progress,
                           const std::atomic<bool>* cancel)
{
    SyncReport report;
    SyncProgress p;
    try {
        ProfileLock lock(m_store.profileDir());
        m_api.setCancelFlag(cancel);
        // After a crash nothing is really "sending"; the same wire ops go out again.
        m_store.outbox().requeueSending(m_clock.nowMillis());
        for (int round = 0; round < options.maxRounds; ++round) {
            if (options.push && round == 0)
                uploadAttachments(options, report, p, progress);
            if (options.push)
                pushAll(options, report, p, progress);
            const bool moreWork = options.pull && pullAll(options, report, p, progress);
            if (!moreWork)
                break;
        }
        if (options.push) {
            // After the push: the server has seen the numbers this device used, so what it
            // counts as left matches the device and a refill comes when it is due.
            p.phase = "numbers";
            if (progress)
                progress(p);
            const PoolTally pools = NumberPoolSync(m_store, m_api, m_clock).run();
            report.poolBlocks = pools.blocks;
            report.poolNumbers = pools.numbers;
        }
        if (options.pull && options.downloadAttachments) {
            p.phase = "downloads";
            if (progress)
                progress(p);
            report.attachmentsDownloaded +=
                AttachmentDownloader(m_store, m_api, m_clock).run().downloaded;
        }
        if (options.pull) {
            // After the pull, so that "mine" of an imported conflict is the current state.
            const auto t = ConflictSync(m_store, m_api, m_clock).run();
            report.conflictsImported += t.imported;
            report.conflictsClosed += t.closed;
        }
        if (options.pull) {
            report.revocationsRefreshed = RevocationSync(m_store, m_api, m_clock).run();
            report.certificateTemplates = CertificateTemplateSync(m_store, m_api, m_clock).run();
        }
        report.ok = true;
    } catch (const SyncError& e) {
        report.errorKind = e.kind();
        report.error = e.what();
        report.errorCode = e.code();
    } catch (const std::exception& e) {
        // Every step commits on its own, so the store is consistent; the caller shows this.
        report.errorKind = SyncError::Kind::Local;
        report.error = std::string("local store: ") + e.what();
    }
    m_api.setCancelFlag(nullptr);
    report.stats = m_api.stats();
    return report;
}

void SyncEngine::uploadAttachments(const SyncOptions& o, SyncReport& report, SyncProgress& p,
                                   const std::function<void(const SyncProgress&)>& progress)
{
    p.phase = "attachments";
    AttachmentUploader uploader(m_store, m_api, o.attachmentChunkBytes);
    // Counted as they go: a cut run still reports the chunks that were acknowledged.
    const auto tally = uploader.run([&](const UploadTally& t) {
        p.attachmentBytesSent = t.bytesSent;
        p.attachmentBytesTotal = t.bytesTotal;
        report.attachmentBytesSent = t.bytesSent;
        p.bytesSent = m_api.stats().bytesSent;
        p.bytesReceived = m_api.stats().bytesReceived;
        if (progress)
            progress(p);
    });
    report.attachmentsUploaded += tally.uploaded;
    report.attachmentsFailed += tally.failed;
}

bool SyncEngine::holdBackWaiting(std::vector<WireOp>& batch, std::size_t inFlight,
                                 AttachmentUploader& uploader, OutboxProcessor& outbox,
                                 SyncReport& report)
{
    // Ops go in mutation order: the first op whose attachments are not on the server yet
    // waits, with its reason, and so does every op behind it.
    std::size_t sendable = 0;
    std::string waitReason;
    while (sendable < batch.size() &&
           (waitReason = uploader.waitingReason(batch[sendable].attachmentValues)).empty())
        ++sendable;
    if (sendable == batch.size())
        return false;
    std::vector<WireOp> waiting(batch.begin() + static_cast<std::ptrdiff_t>(sendable), batch.end());
    outbox.markRetry({waiting.front()}, waitReason, 0);
    waiting.erase(waiting.begin());
    if (!waiting.empty())
        outbox.markRetry(waiting,
                         "waiting behind mutation " +
                             std::to_string(batch[sendable].op.mutationId) + ": " + waitReason,
                         0);
    report.opsWaitingForAttachments =
        static_cast<int>(outbox.unsentCount() - static_cast<std::int64_t>(inFlight + sendable));
    batch.resize(sendable);
    return true;
}

SyncEngine::PushFailure
SyncEngine::pushFailed(const SyncError& e, const std::vector<WireOp>& batch,
                       OutboxProcessor& outbox, const SyncOptions& o, SyncReport& report,
                       SyncProgress& p, const std::function<void(const SyncProgress&)>& progress)
{
    if (e.kind() == SyncError::Kind::MutationGap) {
        // The server is behind our numbering: it lost acknowledged ops (restored from a
        // backup). Re-download, then re-send everything above its watermark.
        const std::int64_t expected = e.details().value("expected_mutation_id", 1);
        outbox.markRetry(batch, e.what(), 0);
        report.requeuedAfterServerLoss += outbox.requeueAbove(expected - 1);
        PullApplier(m_store, m_clock).beginReset("mutation_gap");
        pullAll(o, report, p, progress);
        outbox.prepare();
        return PushFailure::Resend;
    }
    if (e.code() == "attachments_incomplete") {
        // The server lacks an attachment we thought uploaded (restored from a backup): upload
        // it again next run; the ops wait with the server's reason.
        std::string gone;
        for (const auto& id : e.details().value("attachments", nlohmann::json::array())) {
            if (!id.is_string())
                continue;
            if (m_store.attachments().find(id.get<std::string>()))
                m_store.attachments().markPending(id.get<std::string>(), e.what());
            else
                gone += (gone.empty() ? "" : ", ") + id.get<std::string>();
        }
        // Bytes this device no longer has cannot be uploaded: say what to do instead of
        // waiting silently (remove the reference and submit again).
        outbox.markRetry(batch,
                         gone.empty() ? std::string(e.what())
                                      : "attachment(s) " + gone +
                                            " are not on this device any more: remove them from "
                                            "record " +
                                            e.details().value("record_id", "") +
                                            " and submit it again (" + e.what() + ")",
                         0);
        report.opsWaitingForAttachments += static_cast<int>(batch.size());
        return PushFailure::Stop;
    }
    const std::int64_t next =
        e.kind() == SyncError::Kind::Cancelled ? 0 : m_clock.nowMillis() + 30'000;
    outbox.markRetry(batch, e.what(), next);
    return PushFailure::Throw;
}

struct SyncEngine::InFlight {
    std::vector<WireOp> batch;
    PendingPush call;
    // Another push was on the server when this one left: a gap in its answer may only mean
    // the server read it first, not that the server lost ops.
    bool behind = false;
};

bool SyncEngine::sendMore(std::deque<InFlight>& flight, const SyncOptions& o,
                          OutboxProcessor& outbox, AttachmentUploader& uploader, SyncReport& report,
                          SyncProgress& p)
{
    const std::size_t most = static_cast<std::size_t>(std::max(1, o.pushesInFlight));
    while (flight.size() < most) {
        const std::int64_t after = flight.empty() ? 0 : flight.back().batch.back().op.mutationId;
        std::vector<WireOp> next = outbox.nextBatch(o.batchOps, after);
        // Building ops is most of the device's push work: one batch at a time, while the
        // batches before are on the server (the server would otherwise wait for this device).
        if (static_cast<int>(next.size()) < o.batchOps && (!flight.empty() || next.empty()) &&
            outbox.prepare(o.batchOps) > 0) {
            const std::int64_t last = next.empty() ? after : next.back().op.mutationId;
            for (auto& w : outbox.nextBatch(o.batchOps - static_cast<int>(next.size()), last))
                next.push_back(std::move(w));
            p.opsTotal = std::max(p.opsTotal, p.opsSent + outbox.unsentCount());
        }
        std::size_t inFlight = 0;
        for (const auto& f : flight)
            inFlight += f.batch.size();
        const bool blocked = holdBackWaiting(next, inFlight, uploader, outbox, report);
        if (next.empty())
            return blocked; // nothing built, nothing left to build (or it waits for uploads)
        outbox.markSending(next);
        InFlight f{std::move(next), {}, !flight.empty()};
        f.call = m_api.startPush(opTexts(f.batch));
        flight.push_back(std::move(f));
        if (blocked)
            return true;
    }
    // The batch after these is built while the server works on them (and counted, so the
    // clerk's "sent of total" never shows more sent than the total).
    if (outbox.builtAfter(flight.back().batch.back().op.mutationId) <
            static_cast<std::size_t>(o.batchOps) &&
        outbox.prepare(o.batchOps) > 0)
        p.opsTotal = std::max(p.opsTotal, p.opsSent + outbox.unsentCount());
    return false;
}

void SyncEngine::abandon(std::deque<InFlight>& flight, OutboxProcessor& outbox,
                         const std::string& why)
{
    for (auto& f : flight) {
        try {
            m_api.finishPush(f.call);
        } catch (const SyncError&) {
            // its answer is not used either way
        }
        outbox.markRetry(f.batch, why, 0);
    }
    flight.clear();
}

void SyncEngine::pushAll(const SyncOptions& o, SyncReport& report, SyncProgress& p,
                         const std::function<void(const SyncProgress&)>& progress)
{
    AttachmentUploader uploader(m_store, m_api, o.attachmentChunkBytes);
    OutboxProcessor outbox(m_store, m_clock);
    // Only the first batch is built before anything is sent; the rest while the server works.
    outbox.prepare(o.batchOps);
    p.phase = "push";
    // Every row waiting counts from the start (a record's rows that become one op make the
    // total a little high until the end, never low).
    p.opsTotal = p.opsSent + outbox.unsentCount() + outbox.unbuiltCount();
    if (progress)
        progress(p);
    // Up to o.pushesInFlight pushes on the server while this thread builds the next batch
    // and applies the answers, in the order sent. Ops leave in wire order: the server
    // applies a device's batches in mutation order (a later one that arrives first waits).
    std::deque<InFlight> flight;
    bool blocked = false;
    for (;;) {
        if (!blocked)
            blocked = sendMore(flight, o, outbox, uploader, report, p);
        if (flight.empty())
            break; // nothing built, nothing left to build (or the rest waits for uploads)
        InFlight front = std::move(flight.front());
        flight.pop_front();
        protocol::PushResponse resp;
        try {
            resp = m_api.finishPush(front.call);
        } catch (const SyncError& e) {
            const std::string first = std::to_string(front.batch.front().op.mutationId);
            abandon(flight, outbox, "sent again: mutation " + first + " before it failed");
            if (front.behind && e.kind() == SyncError::Kind::MutationGap) {
                // The server checked it before the batch ahead of it, which has been answered
                // since: nothing was lost, the batch goes again.
                outbox.markRetry(front.batch, e.what(), 0);
                blocked = false;
                continue;
            }
            const auto failure = pushFailed(e, front.batch, outbox, o, report, p, progress);
            if (failure == PushFailure::Resend) {
                blocked = false;
                continue;
            }
            if (failure == PushFailure::Stop) {
                refetch();
                return;
            }
            try {
                refetch();
            } catch (const SyncError&) {
                // the push's own error is the one to report
            }
            throw;
        }
        const CallStats stats = m_api.stats();
        p.bytesSent = stats.bytesSent;
        p.bytesReceived = stats.bytesReceived;
        const PushTally t = outbox.applyResults(front.batch, resp);
        countAnswers(t, front.batch.size(), report, p);
        if (progress)
            progress(p);
    }
    if (!blocked && p.opsTotal != p.opsSent) {
        p.opsTotal = p.opsSent; // everything that could go went: "7 of 7", not "6 of 7"
        if (progress)
            progress(p);
    }
    refetch();
}

std::vector<std::string_view> SyncEngine::opTexts(const std::vector<WireOp>& batch)
{
    std::vector<std::string_view> texts;
    texts.reserve(batch.size());
    for (const auto& w : batch)
        texts.push_back(w.text);
    return texts;
}

void SyncEngine::countAnswers(const PushTally& t, std::size_t ops, SyncReport& report,
                              SyncProgress& p)
{
    report.applied += t.applied;
    report.merged += t.merged;
    report.conflicts += t.conflicts;
    report.rejected += t.rejected;
    report.numbersVoided += t.voided;
    report.opsSent += static_cast<int>(ops);
    p.opsSent += static_cast<std::int64_t>(ops);
}

void SyncEngine::rememberAttachments(const protocol::PullResponse& page)
{
    // Before the page is applied: a crash in between leaves a harmless remote row. Most pages
    // reference no attachment and open no transaction here; a record read as text is never
    // parsed: the page reader kept the fields that name an attachment.
    std::vector<std::pair<const std::string*, std::vector<protocol::AttachmentRef>>> withRefs;
    for (const auto& c : page.changes) {
        if (c.type != protocol::ChangeType::Upsert || !c.record)
            continue;
        const Record& r = c.record->record;
        auto refs = protocol::attachmentRefs(r.fields.is_null() ? c.attachmentFields : r.fields);
        if (!refs.empty())
            withRefs.emplace_back(&r.id, std::move(refs));
    }
    if (withRefs.empty())
        return;
    AttachmentDownloader downloads(m_store, m_api, m_clock);
    Transaction tx(m_store.db());
    for (const auto& [recordId, refs] : withRefs)
        downloads.remember(*recordId, refs);
    tx.commit();
}

void SyncEngine::refetch()
{
    // A rejected op left the server's record as it was: show that (plus other unsent work).
    // The list is kept in the profile (written with the rejection): a read the network cuts is
    // done at the next run, or the record would keep the refused change's status for ever.
    RecordIdList list(m_store.settings(), RecordIdList::kRefetch);
    for (const auto& id : list.ids()) {
        try {
            const auto wire = protocol::decodeRecord(m_api.get("/api/v1/records/" + id), "");
            Transaction tx(m_store.db());
            rebaseOnServer(m_store, wire.record);
            list.done(id);
            tx.commit();
        } catch (const SyncError& e) {
            if (e.kind() == SyncError::Kind::Cancelled || e.kind() == SyncError::Kind::Network)
                throw;
            list.done(id); // gone or out of reach for this user: nothing to show
        }
    }
}

bool SyncEngine::pullAll(const SyncOptions& o, SyncReport& report, SyncProgress& p,
                         const std::function<void(const SyncProgress&)>& progress)
{
    PullApplier applier(m_store, m_clock);
    protocol::PullPageReader reader;
    PullPrefetch prefetch(m_api); // its destructor waits for a download in flight
    OutboxProcessor outbox(m_store, m_clock);
    // Pages sized to the link: on a link cut every few seconds a fixed 500-record page never
    // arrives whole, and only whole pages are applied (each with its cursor).
    PullPageSize pageSize(m_store.settings(), o.pullLimit);
    const ApiClient::PageCut onCut = [&pageSize] { return pageSize.shrink(); };
    bool moreWork = false;
    p.phase = applier.resetPending() ? "reset" : "pull";
    auto request = [&](std::string cursor) {
        return protocol::PullRequest{protocol::kProtocolVersion, protocol::kSchemaVersion,
                                     std::move(cursor), pageSize.current()};
    };
    // The next page is asked for as soon as this one's cursor is read, so the server writes
    // it while this one's records are decoded and applied. Not when this page shows that the
    // server forgot acknowledged ops: then the download starts again from the beginning.
    const auto askNext = [&](const protocol::PullResponse& head) {
        if (head.hasMore && head.lastMutationId >= outbox.lastAckedWireId())
            prefetch.start(request(head.cursor));
    };
    for (;;) {
        protocol::PullResponse page;
        try {
            std::string body = prefetch.take(request(applier.cursor()), onCut);
            pageSize.grow(); // arrived whole: the next page may be larger
            page = reader.read(body, askNext);
        } catch (const SyncError& e) {
            // The server's maximum is authoritative: a page it refuses as too large is asked
            // for again smaller, and that size is not exceeded again.
            if (e.code() == "batch_too_large" && pageSize.refused(pageSize.current()))
                continue;
            if (e.kind() != SyncError::Kind::ResetRequired || applier.cursor().empty())
                throw;
            applier.beginReset(e.details().value("reason", "reset_required"));
            ++report.resets;
            p.phase = "reset";
            continue;
        }
        if (page.lastMutationId < outbox.lastAckedWireId()) {
            // The server forgot ops it had acknowledged: re-send them after a full download.
            report.requeuedAfterServerLoss += outbox.requeueAbove(page.lastMutationId);
            if (!applier.resetPending()) {
                applier.beginReset("server_lost_ops");
                ++report.resets;
                p.phase = "reset";
                continue;
            }
            moreWork = true;
        }
        if (o.downloadAttachments)
            rememberAttachments(page);
        const PageTally t = applier.applyPage(page);
        report.recordsPulled += t.upserts;
        report.removed += t.removed;
        report.rebased += t.rebased;
        report.removedWithEdits.insert(report.removedWithEdits.end(), t.removedWithEdits.begin(),
                                       t.removedWithEdits.end());
        p.recordsPulled += t.upserts;
        p.bytesSent = m_api.stats().bytesSent;
        p.bytesReceived = m_api.stats().bytesReceived;
        if (progress)
            progress(p);
        if (!page.hasMore)
            break;
    }
    applier.dropSettled();
    if (applier.resetPending()) {
        const auto kept = applier.finishReset();
        report.removedWithEdits.insert(report.removedWithEdits.end(), kept.begin(), kept.end());
        moreWork = true;
    }
    outbox.prepare();
    return moreWork || outbox.unsentCount() > 0;
}

} // namespace vitalis::sync
