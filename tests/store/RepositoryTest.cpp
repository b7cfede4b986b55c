// Records, drafts, outbox, conflicts, settings, attachments and the one-transaction writer,
// each against a real encrypted profile.
#include "core/store/DedupIndexRepository.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override { store = ProfileStore::open(tmp / "p", keys); }
    void reopen()
    {
        store.reset();
        store = ProfileStore::open(tmp / "p", keys);
    }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};

std::vector<std::uint8_t> bytes(std::size_t n, unsigned seed)
{
    std::vector<std::uint8_t> v(n);
    std::mt19937 rng(seed);
    for (auto& b : v)
        b = static_cast<std::uint8_t>(rng());
    return v;
}
} // namespace

// ------------------------------------------------------------------ records

TEST_F(StoreTest, RecordRoundTripsEveryField)
{
    Record r = sampleRecord("rec-1", "Kofi", "Mensah", RecordStatus::RequiresUpdates);
    r.fields["child.weightKg"] = 3.45;
    r.fields["child.multiple"] = {{"twin", true}, {"order", 2}};
    r.registrationNumber = "2024-ACC-1";
    r.statusReason = "missing signature";
    r.serverRevision = 12;
    r.createdAt = 111;
    r.updatedAt = 222;
    r.createdBy = "u1";
    r.updatedBy = "u2";
    store->records().insert(r);
    reopen();
    const Record back = store->records().get("rec-1");
    EXPECT_EQ(back.id, r.id);
    EXPECT_EQ(back.eventType, r.eventType);
    EXPECT_EQ(back.formId, r.formId);
    EXPECT_EQ(back.formVersion, r.formVersion);
    EXPECT_EQ(back.fields, r.fields);
    EXPECT_EQ(back.trackingId, r.trackingId);
    EXPECT_EQ(back.registrationNumber, r.registrationNumber);
    EXPECT_EQ(back.officeId, r.officeId);
    EXPECT_EQ(back.status, r.status);
    EXPECT_EQ(back.statusReason, r.statusReason);
    EXPECT_EQ(back.serverRevision, r.serverRevision);
    EXPECT_EQ(back.createdAt, r.createdAt);
    EXPECT_EQ(back.updatedAt, r.updatedAt);
    EXPECT_EQ(back.createdBy, r.createdBy);
    EXPECT_EQ(back.updatedBy, r.updatedBy);
}

TEST_F(StoreTest, RecordInsertUpdateRemoveAndErrors)
{
    Record r = sampleRecord("rec-1", "Kofi", "Mensah");
    store->records().insert(r);
    EXPECT_THROW(store->records().insert(r), StoreError);
    r.fields["child.firstName"] = "Kwabena";
    store->records().update(r);
    EXPECT_EQ(store->records().get("rec-1").fields["child.firstName"], "Kwabena");
    EXPECT_EQ(store->records().count(), 1);
    EXPECT_EQ(store->records().count(RecordStatus::Draft), 1);
    EXPECT_EQ(store->records().count(RecordStatus::Declared), 0);
    Record missing = sampleRecord("nope", "A", "B");
    try {
        store->records().update(missing);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::NotFound);
        EXPECT_NE(std::string(e.what()).find("nope"), std::string::npos);
    }
    EXPECT_THROW(store->records().get("nope"), StoreError);
    Record bad = sampleRecord("bad", "A", "B");
    bad.fields = nlohmann::json::array();
    EXPECT_THROW(store->records().insert(bad), StoreError);
    EXPECT_TRUE(store->records().remove("rec-1"));
    EXPECT_FALSE(store->records().remove("rec-1"));
    EXPECT_FALSE(store->records().find("rec-1"));
    SearchQuery q;
    q.name = "kwabena";
    EXPECT_TRUE(store->records().search(q).empty()); // index entry went with the record
}

TEST_F(StoreTest, TheHeaderIsTheRecordWithoutItsValues)
{
    Record r = sampleRecord("rec-1", "Kofi", "Mensah", RecordStatus::Declared);
    r.serverRevision = 7;
    r.createdAt = 111;
    store->records().insert(r);
    const auto header = store->records().findHeader("rec-1");
    ASSERT_TRUE(header);
    EXPECT_EQ(header->fields, nlohmann::json::object());
    Record expected = store->records().get("rec-1");
    ASSERT_FALSE(expected.fields.empty());
    expected.fields = nlohmann::json::object();
    EXPECT_EQ(header->id, expected.id);
    EXPECT_EQ(header->formId, expected.formId);
    EXPECT_EQ(header->formVersion, expected.formVersion);
    EXPECT_EQ(header->eventType, expected.eventType);
    EXPECT_EQ(header->officeId, expected.officeId);
    EXPECT_EQ(header->trackingId, expected.trackingId);
    EXPECT_EQ(header->status, RecordStatus::Declared);
    EXPECT_EQ(header->serverRevision, 7);
    EXPECT_EQ(header->createdAt, 111);
    EXPECT_EQ(header->updatedAt, expected.updatedAt);
    EXPECT_FALSE(store->records().findHeader("nope"));
}

TEST_F(StoreTest, MergeBaseIsKeptPerField)
{
    Record r = sampleRecord("rec-1", "Kofi", "Mensah");
    store->records().insert(r);
    EXPECT_FALSE(store->records().mergeBase("rec-1"));
    store->records().setMergeBase("rec-1", r.fields, 4);
    EXPECT_EQ(*store->records().mergeBase("rec-1"), r.fields);
    EXPECT_EQ(store->records().get("rec-1").serverRevision, 4);
    EXPECT_THROW(store->records().setMergeBase("nope", r.fields, 1), StoreError);
}

// Record writes run under OR FAIL (the one-row rule in Database.h), whose policy SQLite also
// applies inside the duplicate-index triggers they fire: a record written again while it is
// still listed must be written, and listed once.
TEST_F(StoreTest, EveryWriteOfARecordListsItOnceForTheDuplicateIndex)
{
    DedupIndexRepository index(store->db());
    auto listed = [&] {
        std::vector<std::string> ids;
        for (const auto& d : index.dirty(10))
            ids.push_back(d.id + (d.eventType.empty() ? " (gone)" : ""));
        return ids;
    };
    Record r = sampleRecord("rec-1", "Kofi", "Mensah");
    store->records().insert(r);
    r.fields["child.firstName"] = "Kwame";
    store->records().update(r);
    r.serverRevision = 3;
    store->records().saveServerCopy(r);
    EXPECT_EQ(listed(), std::vector<std::string>{"rec-1"});

    index.replaceKeys("rec-1", {"name:kwame"});
    EXPECT_TRUE(listed().empty());
    r.fields["child.firstName"] = "Kojo";
    store->records().saveServerCopy(r);
    store->records().update(r);
    EXPECT_EQ(listed(), std::vector<std::string>{"rec-1"});
    ASSERT_TRUE(store->records().remove("rec-1"));
    EXPECT_EQ(listed(), std::vector<std::string>{"rec-1 (gone)"});
}

TEST_F(StoreTest, WorkqueueKeysetPagesCoverEveryRecordOnceInOrder)
{
    std::vector<LocalChange> batch;
    for (int i = 0; i < 137; ++i) {
        Record r = sampleRecord("rec-" + std::to_string(i), "N" + std::to_string(i), "F",
                                i % 3 == 0 ? RecordStatus::Declared : RecordStatus::Validated);
        batch.push_back(change(r, OpKind::create(), 1000 + i / 4)); // ties on updatedAt on purpose
    }
    store->writer().commitBatch(batch);

    WorkqueueQuery q;
    q.statuses = {RecordStatus::Declared, RecordStatus::Validated};
    q.pageSize = 20;
    std::vector<std::string> seen;
    std::int64_t lastUpdated = INT64_MAX;
    for (int page = 0; page < 20; ++page) {
        const WorkqueuePage p = store->records().workqueue(q);
        for (const auto& r : p.records) {
            EXPECT_LE(r.updatedAt, lastUpdated);
            lastUpdated = r.updatedAt;
            seen.push_back(r.id);
        }
        if (!p.next)
            break;
        q.after = WorkqueueCursor::decode(p.next->encode());
    }
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end()) << "a record appeared twice";
    EXPECT_EQ(seen.size(), 137u);

    WorkqueueQuery declared;
    declared.statuses = {RecordStatus::Declared};
    declared.pageSize = 1000;
    EXPECT_EQ(store->records().workqueue(declared).records.size(), 46u);
    declared.officeId = "elsewhere";
    EXPECT_TRUE(store->records().workqueue(declared).records.empty());
    EXPECT_THROW(WorkqueueCursor::decode("12x"), StoreError);
    WorkqueueQuery none;
    EXPECT_THROW(store->records().workqueue(none), StoreError);
}

TEST_F(StoreTest, WorkqueueUsesTheIndexNotAScanOrSort)
{
    const auto plan = store->db().queryColumn(
        "EXPLAIN QUERY PLAN SELECT local_id FROM records WHERE status = 'declared' AND "
        "(updated_at < 5 OR (updated_at = 5 AND local_id < 3)) "
        "ORDER BY updated_at DESC, local_id DESC LIMIT 51");
    std::string all;
    for (const auto& s : plan)
        all += s + "\n";
    // queryColumn returns the first column; read the detail column instead.
    Statement st = store->db().prepare(
        "EXPLAIN QUERY PLAN SELECT local_id FROM records WHERE status = 'declared' AND "
        "(updated_at < 5 OR (updated_at = 5 AND local_id < 3)) "
        "ORDER BY updated_at DESC, local_id DESC LIMIT 51");
    std::string detail;
    while (st.step())
        detail += st.text(3) + "\n";
    EXPECT_NE(detail.find("records_workqueue"), std::string::npos) << detail;
    EXPECT_EQ(detail.find("TEMP B-TREE"), std::string::npos) << detail;
}

// ------------------------------------------------------------------ writer

TEST_F(StoreTest, WriterCommitsRecordOutboxAndAuditTogether)
{
    Record r = sampleRecord("rec-1", "Kofi", "Mensah");
    const auto created = store->writer().commit(change(r, OpKind::create(), 100));
    EXPECT_EQ(created.mutationId, 1);
    EXPECT_EQ(created.auditSeq, 1);
    const Record stored = store->records().get("rec-1");
    EXPECT_EQ(stored.createdAt, 100);
    EXPECT_EQ(stored.createdBy, "user-1");

    // The server has seen revision 5 of it (so its create op was built and sent).
    store->records().setMergeBase("rec-1", stored.fields, 5);
    store->outbox().sealThrough(1);
    r = store->records().get("rec-1");
    r.fields["child.firstName"] = "Kwabena";
    r.fields.erase("child.sex");
    r.fields["child.placeOfBirth"] = "Kumasi";
    const auto edited = store->writer().commit(change(r, OpKind::edit(), 200));
    EXPECT_EQ(edited.mutationId, 2);
    const auto op = store->outbox().find(2);
    ASSERT_TRUE(op);
    EXPECT_EQ(op->kind.name(), "edit");
    EXPECT_EQ(op->baseRevision, 5);
    EXPECT_EQ(op->formVersion, 3);
    EXPECT_EQ(op->state, OutboxState::Queued);
    EXPECT_EQ(op->changes.size(), 3u);
    EXPECT_EQ(op->changes["child.firstName"]["value"], "Kwabena");
    EXPECT_EQ(op->changes["child.firstName"]["base"], "Kofi");
    EXPECT_TRUE(op->changes["child.sex"]["value"].is_null());
    EXPECT_EQ(op->changes["child.sex"]["base"], "female");
    EXPECT_TRUE(op->changes["child.placeOfBirth"]["base"].is_null());
    const auto audit = store->audit().forRecord("rec-1");
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[1].action, "edit");
    EXPECT_EQ(nlohmann::json::parse(audit[1].details)["mutationId"], 2);
    EXPECT_EQ(audit[1].details.find("Kwabena"), std::string::npos) << "values leak into audit";
    EXPECT_EQ(store->records().get("rec-1").serverRevision, 5);

    // An edit that changes nothing queues nothing.
    EXPECT_EQ(store->writer()
                  .commit(change(store->records().get("rec-1"), OpKind::edit(), 300))
                  .mutationId,
              0);
    // A workflow action with no field change is still queued, with its payload.
    Record declared = store->records().get("rec-1");
    declared.status = RecordStatus::Declared;
    LocalChange action = change(declared, OpKind::of(RecordAction::Declare), 400);
    action.payload = {{"comment", "all documents seen"}};
    const auto d = store->writer().commit(action);
    EXPECT_EQ(d.mutationId, 3);
    EXPECT_EQ(store->outbox().find(3)->payload["status"], "declared");
    EXPECT_EQ(store->outbox().find(3)->payload["comment"], "all documents seen");
}

TEST_F(StoreTest, WriterRollsBackEverythingWhenAnyPartFails)
{
    store->writer().commit(change(sampleRecord("rec-1", "A", "B"), OpKind::create()));
    // Make the audit insert fail inside the writer's transaction.
    store->db().exec("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log "
                     "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
    Record r = sampleRecord("rec-2", "C", "D");
    EXPECT_THROW(store->writer().commit(change(r, OpKind::create())), StoreError);
    EXPECT_FALSE(store->records().exists("rec-2"));
    EXPECT_TRUE(store->outbox().forRecord("rec-2").empty());
    EXPECT_EQ(store->outbox().lastMutationId(), 1); // no gap burnt either
    store->db().exec("DROP TRIGGER fail_audit");
    EXPECT_EQ(store->writer().commit(change(r, OpKind::create())).mutationId, 2);
    EXPECT_TRUE(store->audit().verify().ok);
}

TEST_F(StoreTest, WriterClearsTheDraftItSupersedes)
{
    store->drafts().save({"rec-1", "mother", {{"mother.firstName", "Am"}}, 5});
    store->writer().commit(change(sampleRecord("rec-1", "A", "B"), OpKind::create()));
    EXPECT_FALSE(store->drafts().load("rec-1"));
    LocalChange noClear = change(sampleRecord("rec-2", "A", "B"), OpKind::create());
    noClear.clearDraft = false;
    store->drafts().save({"rec-2", "child", nlohmann::json::object(), 6});
    store->writer().commit(noClear);
    EXPECT_TRUE(store->drafts().load("rec-2"));
    LocalChange anonymous = change(sampleRecord("rec-3", "A", "B"));
    anonymous.userId.clear();
    EXPECT_THROW(store->writer().commit(anonymous), StoreError);
}

// ------------------------------------------------------------------ outbox

TEST_F(StoreTest, OutboxIdsAreGapFreeAndStatesMove)
{
    for (int i = 0; i < 5; ++i) {
        OutboxEntry e;
        e.recordId = "rec-" + std::to_string(i);
        e.kind = OpKind::edit();
        e.createdAt = i;
        EXPECT_EQ(store->outbox().enqueue(e), i + 1);
    }
    const std::int64_t sending[] = {1, 2};
    store->outbox().markSending(sending, 10);
    EXPECT_EQ(store->outbox().find(1)->state, OutboxState::Sending);
    EXPECT_EQ(store->outbox().find(1)->attempts, 1);
    store->outbox().markResult(1, OutboxState::Applied, "", 11);
    store->outbox().markResult(2, OutboxState::Rejected, "child.dateOfBirth: in the future", 11);
    store->outbox().markRetry(3, "HTTP 503", 100, 12);
    // Pending: rejected does not block the rest; retry waits for its time.
    auto pending = store->outbox().pending(50, 10);
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0].mutationId, 4);
    EXPECT_EQ(store->outbox().pending(100, 10).front().mutationId, 3);
    EXPECT_EQ(store->outbox().find(2)->lastError, "child.dateOfBirth: in the future");
    auto counts = store->outbox().countByState();
    EXPECT_EQ(counts[OutboxState::Applied], 1);
    EXPECT_EQ(counts[OutboxState::Rejected], 1);
    EXPECT_EQ(counts[OutboxState::WaitingRetry], 1);
    EXPECT_EQ(counts[OutboxState::Queued], 2);
    // What a pulled page asks once: applied and rejected rows are not unsent work.
    EXPECT_EQ(store->outbox().recordsWithUnsent(),
              (std::unordered_set<std::string>{"rec-2", "rec-3", "rec-4"}));
    EXPECT_EQ(store->outbox().list(OutboxState::Queued, 0, 10).size(), 2u);
    EXPECT_EQ(store->outbox().list(std::nullopt, 2, 10).size(), 3u);
    EXPECT_THROW(store->outbox().markResult(4, OutboxState::Sending, "", 1), StoreError);
    EXPECT_THROW(store->outbox().markResult(99, OutboxState::Applied, "", 1), StoreError);

    const std::int64_t again[] = {4, 5};
    store->outbox().markSending(again, 20);
    reopen(); // the app crashed mid-push
    EXPECT_EQ(store->outbox().requeueSending(30), 2);
    EXPECT_EQ(store->outbox().pending(50, 10).size(), 2u);
    // Ids keep counting after reopen, even if every entry is gone.
    store->db().exec("DELETE FROM outbox");
    OutboxEntry e;
    e.recordId = "rec-x";
    e.kind = OpKind::edit();
    EXPECT_EQ(store->outbox().enqueue(e), 6);
    e.recordId.clear();
    EXPECT_THROW(store->outbox().enqueue(e), StoreError);
}

// ------------------------------------------------------------------ drafts & settings

TEST_F(StoreTest, DraftsOverwriteAndList)
{
    store->drafts().save({"rec-1", "child", {{"child.firstName", "K"}}, 1});
    store->drafts().save({"rec-1", "mother", {{"child.firstName", "Ko"}}, 2});
    store->drafts().save({"rec-2", "child", nlohmann::json::object(), 3});
    const auto d = store->drafts().load("rec-1");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->page, "mother");
    EXPECT_EQ(d->fields["child.firstName"], "Ko");
    EXPECT_EQ(d->savedAt, 2);
    const auto all = store->drafts().list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].recordId, "rec-2");
    EXPECT_TRUE(store->drafts().remove("rec-1"));
    EXPECT_FALSE(store->drafts().load("rec-1"));
    EXPECT_THROW(store->drafts().save({"", "p", nlohmann::json::object(), 1}), StoreError);
    EXPECT_THROW(store->drafts().save({"rec-3", "p", nlohmann::json::array(), 1}), StoreError);
}

TEST_F(StoreTest, SettingsKeyValue)
{
    EXPECT_FALSE(store->settings().get("server.url"));
    store->settings().set("server.url", "https://crvs.example");
    store->settings().setInt("sync.cursor", 42);
    reopen();
    EXPECT_EQ(store->settings().get("server.url"), "https://crvs.example");
    EXPECT_EQ(store->settings().getInt("sync.cursor", 0), 42);
    EXPECT_EQ(store->settings().getInt("missing", 7), 7);
    EXPECT_EQ(store->settings().get("missing", "x"), "x");
    EXPECT_THROW(store->settings().getInt("server.url", 0), StoreError);
    EXPECT_TRUE(store->settings().remove("server.url"));
    EXPECT_FALSE(store->settings().get("server.url"));
}

// ------------------------------------------------------------------ conflicts

TEST_F(StoreTest, ConflictsKeepBaseMineTheirsUntilResolved)
{
    Conflict c;
    c.recordId = "rec-1";
    c.fieldId = "child.firstName";
    c.base = "Kofi";
    c.mine = "Kwabena";
    c.theirs = "Kofi Jr";
    c.mutationId = 7;
    c.serverRevision = 9;
    c.theirUser = "registrar-2";
    c.theirAt = 500;
    c.myUser = "clerk-1";
    c.myAt = 450;
    c.detectedAt = 600;
    const auto id = store->conflicts().add(c);
    Conflict other = c;
    other.fieldId = "child.sex";
    other.base = nullptr;
    store->conflicts().add(other);
    EXPECT_EQ(store->conflicts().openCount(), 2);
    auto open = store->conflicts().open("rec-1");
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].mine, "Kwabena");
    EXPECT_EQ(open[0].theirs, "Kofi Jr");
    EXPECT_EQ(open[0].base, "Kofi");
    EXPECT_EQ(open[0].theirUser, "registrar-2");
    EXPECT_TRUE(open[1].base.is_null());

    store->conflicts().resolve(id, ConflictResolution::KeepTheirs, "Kofi Jr", "clerk-1", 700);
    EXPECT_EQ(store->conflicts().openCount(), 1);
    const auto resolved = store->conflicts().find(id);
    EXPECT_EQ(resolved->resolution, ConflictResolution::KeepTheirs);
    EXPECT_EQ(resolved->resolvedAt, 700);
    EXPECT_EQ(resolved->resolvedBy, "clerk-1");
    EXPECT_EQ(resolved->resolvedValue, "Kofi Jr");
    EXPECT_EQ(store->conflicts().forRecord("rec-1").size(), 2u);
    EXPECT_EQ(store->conflicts().open().size(), 1u);
    EXPECT_THROW(store->conflicts().resolve(id, ConflictResolution::KeepMine, "x", "u", 1),
                 StoreError);
    EXPECT_THROW(store->conflicts().resolve(999, ConflictResolution::KeepMine, "x", "u", 1),
                 StoreError);
}

// ------------------------------------------------------------------ attachments

TEST_F(StoreTest, AttachmentsRoundTripChunkedWithHash)
{
    const auto small = bytes(1000, 1);
    const auto large = bytes(AttachmentRepository::kChunkSize * 3 + 17, 2);
    const auto a =
        store->attachments().put("rec-1", "child.photo", "face.jpg", "image/jpeg", small, 5);
    const auto b =
        store->attachments().put("rec-1", "proof", "birth.pdf", "application/pdf", large, 6);
    EXPECT_EQ(a.hashHex, AttachmentRepository::contentHash(small));
    EXPECT_EQ(a.hashHex.size(), 64u);
    EXPECT_NE(a.id, b.id);
    reopen();
    EXPECT_EQ(store->attachments().read(a.id), small);
    EXPECT_EQ(store->attachments().read(b.id), large);
    EXPECT_EQ(store->db().queryOne(
                  "SELECT count(*) FROM attachment_chunks WHERE attachment_id = '" + b.id + "'"),
              "4");
    const auto list = store->attachments().forRecord("rec-1");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1].name, "birth.pdf");
    EXPECT_EQ(list[1].size, static_cast<std::int64_t>(large.size()));
    // Nothing but the database and its sidecar lives in the profile folder.
    for (const auto& e : fs::directory_iterator(tmp / "p"))
        EXPECT_TRUE(e.path().filename().string().rfind("vitalis.db", 0) == 0 ||
                    e.path().filename() == "profile.json")
            << e.path();
    EXPECT_TRUE(store->attachments().remove(a.id));
    EXPECT_THROW(store->attachments().read(a.id), StoreError);
    EXPECT_EQ(store->db().queryOne(
                  "SELECT count(*) FROM attachment_chunks WHERE attachment_id = '" + a.id + "'"),
              "0");
}

TEST_F(StoreTest, AttachmentCorruptionAndLimitsAreReported)
{
    const auto content = bytes(5000, 3);
    const auto a = store->attachments().put("rec-1", "", "scan.png", "image/png", content, 5);
    store->db().exec("UPDATE attachment_chunks SET data = zeroblob(5000) WHERE attachment_id = '" +
                     a.id + "'");
    try {
        store->attachments().read(a.id);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::Corrupt);
        EXPECT_NE(std::string(e.what()).find("scan.png"), std::string::npos);
    }
    std::vector<std::uint8_t> empty;
    EXPECT_THROW(store->attachments().put("rec-1", "", "e.txt", "text/plain", empty, 1),
                 StoreError);
    AttachmentRepository limited(store->db(), 100);
    try {
        limited.put("rec-1", "", "big.bin", "application/octet-stream", content, 1);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("big.bin"), std::string::npos);
    }
}

TEST_F(StoreTest, FailedNestedStepMakesTheOuterTransactionRollBackOnly)
{
    {
        Transaction outer(store->db());
        store->records().insert(sampleRecord("rec-1", "A", "B"));
        // The inner step fails and the caller swallows the error...
        EXPECT_THROW(store->records().insert(sampleRecord("rec-1", "A", "B")), StoreError);
        // ...but the half-done unit of work can no longer be committed.
        EXPECT_THROW(outer.commit(), StoreError);
    }
    EXPECT_FALSE(store->records().exists("rec-1"));
    // The next transaction starts clean.
    store->writer().commit(change(sampleRecord("rec-2", "C", "D"), OpKind::create()));
    EXPECT_TRUE(store->records().exists("rec-2"));
}

TEST_F(StoreTest, RemovingAnUnknownRecordDoesNotSpoilTheEnclosingTransaction)
{
    Record kept = sampleRecord("kept", "Ama", "Owusu");
    {
        Transaction tx(store->db());
        store->records().insert(kept);
        EXPECT_FALSE(store->records().remove("never-here"));
        tx.commit();
    }
    reopen();
    EXPECT_TRUE(store->records().exists("kept"));
}
