// One op per user action (issue 12): a draft never sent stays on the device until its first
// action, which carries every field; unsent edits of a record coalesce into one op until the
// sync engine seals it; a discarded draft leaves nothing. Real encrypted profile.
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "core/store/WireOpRepository.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{
class CoalesceTest : public ::testing::Test
{
protected:
    void SetUp() override { store = ProfileStore::open(tmp / "p", keys); }
    // A record the server has at revision `rev` with these values (as a pull leaves it).
    Record synced(const std::string& id, int rev)
    {
        Record r = sampleRecord(id, "Kofi", "Mensah", RecordStatus::Declared);
        r.serverRevision = rev;
        store->records().insert(r);
        store->records().setMergeBase(id, r.fields, rev);
        return store->records().get(id);
    }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};
} // namespace

TEST_F(CoalesceTest, SentRecordSavedTwiceIsOneOpWithTheFirstBase)
{
    Record r = synced("rec-1", 4);
    r.fields["child.firstName"] = "Kwabena";
    const auto first = store->writer().commit(change(r, OpKind::edit(), 100));
    r.fields["child.firstName"] = "Kwame";
    r.fields["child.placeOfBirth"] = "Kumasi";
    const auto second = store->writer().commit(change(r, OpKind::edit(), 200));

    EXPECT_EQ(second.mutationId, first.mutationId);
    EXPECT_TRUE(second.coalesced);
    const auto ops = store->outbox().forRecord("rec-1");
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].kind.name(), "edit");
    EXPECT_EQ(ops[0].baseRevision, 4);
    EXPECT_EQ(ops[0].changes["child.firstName"]["value"], "Kwame");
    EXPECT_EQ(ops[0].changes["child.firstName"]["base"], "Kofi"); // the first edit's base
    EXPECT_EQ(ops[0].changes["child.placeOfBirth"]["value"], "Kumasi");
    EXPECT_TRUE(ops[0].changes["child.placeOfBirth"]["base"].is_null());
    EXPECT_EQ(ops[0].updatedAt, 200);
    // Two saves are two actions in the history, both pointing at the one op.
    const auto audit = store->audit().forRecord("rec-1");
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(nlohmann::json::parse(audit[1].details)["mutationId"], first.mutationId);
    EXPECT_TRUE(store->audit().verify().ok);
}

TEST_F(CoalesceTest, AnOpTheSyncEngineTookIsNeverRewritten)
{
    Record r = synced("rec-1", 4);
    r.fields["child.firstName"] = "Kwabena";
    const auto first = store->writer().commit(change(r, OpKind::edit(), 100));
    store->outbox().sealThrough(first.mutationId); // built into a wire op, not yet marked sending
    r.fields["child.firstName"] = "Kwame";
    const auto second = store->writer().commit(change(r, OpKind::edit(), 200));
    EXPECT_NE(second.mutationId, first.mutationId);
    EXPECT_EQ(store->outbox().find(first.mutationId)->changes["child.firstName"]["value"],
              "Kwabena");
    // Sending (and answered) ops are closed too.
    const std::int64_t ids[] = {second.mutationId};
    store->outbox().markSending(ids, 300);
    r.fields["child.firstName"] = "Kojo";
    const auto third = store->writer().commit(change(r, OpKind::edit(), 400));
    EXPECT_GT(third.mutationId, second.mutationId);
    EXPECT_EQ(store->outbox().forRecord("rec-1").size(), 3u);
}

TEST_F(CoalesceTest, AnEditAfterAWorkflowActionIsItsOwnOp)
{
    Record r = synced("rec-1", 4);
    r.status = RecordStatus::Validated;
    store->writer().commit(change(r, OpKind::of(RecordAction::Validate), 100));
    r.fields["child.firstName"] = "Kwame";
    store->writer().commit(change(r, OpKind::edit(), 200));
    const auto ops = store->outbox().forRecord("rec-1");
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[0].kind.name(), "validate");
    EXPECT_TRUE(ops[0].changes.empty());
}

TEST_F(CoalesceTest, ADraftNeverSentQueuesNothingUntilItsFirstActionCarriesEverything)
{
    Record r = sampleRecord("rec-1", "Am", "", RecordStatus::Draft);
    r.fields.erase("child.familyName");
    store->writer().commit(change(r, OpKind::draft(), 100));
    r.fields["child.firstName"] = "Amara";
    store->writer().commit(change(r, OpKind::edit(), 110)); // an edit of a local draft stays local
    r.fields["child.familyName"] = "Banda";
    store->writer().commit(change(r, OpKind::draft(), 120));
    EXPECT_TRUE(store->outbox().forRecord("rec-1").empty());
    EXPECT_TRUE(store->audit().forRecord("rec-1").empty());
    EXPECT_EQ(store->records().get("rec-1").fields["child.firstName"], "Amara");
    EXPECT_EQ(store->records().get("rec-1").createdAt, 100);

    r.status = RecordStatus::Declared;
    const auto declared = store->writer().commit(change(r, OpKind::of(RecordAction::Declare), 200));
    const auto ops = store->outbox().forRecord("rec-1");
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].kind.name(), "declare");
    EXPECT_EQ(ops[0].payload["status"], "declared");
    EXPECT_EQ(ops[0].baseRevision, 0);
    EXPECT_EQ(ops[0].changes.size(), r.fields.size()); // every field, not the last diff
    for (const auto& [field, c] : ops[0].changes.items()) {
        EXPECT_EQ(c["value"], r.fields[field]) << field;
        EXPECT_TRUE(c["base"].is_null()) << field;
    }
    const auto audit = store->audit().forRecord("rec-1");
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].action, "declare");
    EXPECT_EQ(nlohmann::json::parse(audit[0].details)["mutationId"], declared.mutationId);
    // A "draft" save of a record already on its way is refused: it must be an edit.
    EXPECT_THROW(store->writer().commit(change(r, OpKind::draft(), 300)), StoreError);
}

TEST_F(CoalesceTest, ADiscardedDraftLeavesNothing)
{
    Record r = sampleRecord("rec-1", "Amara", "Banda", RecordStatus::Draft);
    store->writer().commit(change(r, OpKind::draft(), 100));
    store->drafts().save({"rec-1", "child", {{"child.firstName", "Amara"}}, 110});
    store->attachments().put("rec-1", "proof", "n.pdf", "application/pdf",
                             std::vector<std::uint8_t>(100, 7), 120);
    ASSERT_TRUE(store->writer().discardable("rec-1"));
    store->writer().discard("rec-1", "user-1", 200);
    EXPECT_FALSE(store->records().exists("rec-1"));
    EXPECT_FALSE(store->drafts().load("rec-1"));
    EXPECT_TRUE(store->outbox().forRecord("rec-1").empty());
    EXPECT_TRUE(store->attachments().forRecord("rec-1").empty());
    EXPECT_EQ(store->records().count(), 0);

    // Anything the server has, or that is on its way, is not a draft to discard.
    Record notified = sampleRecord("rec-2", "Neema", "Phiri", RecordStatus::Notified);
    store->writer().commit(change(notified, OpKind::of(RecordAction::Notify), 300));
    EXPECT_FALSE(store->writer().discardable("rec-2"));
    EXPECT_THROW(store->writer().discard("rec-2", "user-1", 400), StoreError);
    synced("rec-3", 2);
    EXPECT_FALSE(store->writer().discardable("rec-3"));
    EXPECT_TRUE(store->records().exists("rec-2"));
}

// What the sync engine builds next: the first unsent rows no wire op carries, in mutation order
// whatever their state (queued, sending, waiting to retry); answered rows and rows an op already
// carries are not read again.
TEST_F(CoalesceTest, TheRowsToBuildNextAreTheFirstUncarriedUnsentOnesInOrder)
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 8; ++i) {
        Record r = synced("rec-" + std::to_string(i), 1);
        r.fields["child.firstName"] = "Name" + std::to_string(i);
        ids.push_back(store->writer().commit(change(r, OpKind::edit(), 100 + i)).mutationId);
    }
    WireOpRepository wire(store->db());
    const std::int64_t carried[] = {ids[0], ids[3]};
    wire.add(1, "rec-0", "{}", std::span(carried, 1));
    wire.add(2, "rec-3", "{}", std::span(carried + 1, 1));
    store->outbox().markSending(std::span(carried, 2), 200);
    store->outbox().markResult(ids[1], OutboxState::Applied, "", 210); // answered
    store->outbox().markRetry(ids[4], "network down", 0, 220);         // waiting_retry
    const std::int64_t sendingUncarried[] = {ids[6]};
    store->outbox().markSending(sendingUncarried, 230); // a run that stopped before its answer

    std::vector<std::int64_t> got;
    for (const auto& e : store->outbox().unsentWithoutWireOp(4))
        got.push_back(e.mutationId);
    EXPECT_EQ(got, (std::vector<std::int64_t>{ids[2], ids[4], ids[5], ids[6]}));
    got.clear();
    for (const auto& e : store->outbox().unsentWithoutWireOp(100))
        got.push_back(e.mutationId);
    EXPECT_EQ(got, (std::vector<std::int64_t>{ids[2], ids[4], ids[5], ids[6], ids[7]}));
    auto first = store->outbox().unsentWithoutWireOp(1);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_TRUE(first[0].changes.is_null()) << "the text only: a push may send it as it is";
    OutboxRepository::loadChanges(first[0]);
    EXPECT_EQ(first[0].changes["child.firstName"]["value"], "Name2") << "the row, not just its id";
}
