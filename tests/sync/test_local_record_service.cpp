// Local record operations: workflow enforcement, tracking IDs, and that every change lands
// with its outbox entry and its audit entry.
#include "core/RoleCatalog.h"
#include "core/TrackingId.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/LocalRecordService.h"
#include "sync/client/OutboxProcessor.h"
#include "sync/protocol/Op.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace vitalis;
namespace fs = std::filesystem;

namespace
{

class LocalRecordServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = fs::temp_directory_path() /
              ("vitalis-lrs-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        store = ProfileStore::open(dir, keys);
        service = std::make_unique<LocalRecordService>(*store, clock);
        service->setDeviceCode("7K3M");
    }
    void TearDown() override
    {
        service.reset();
        store.reset();
        fs::remove_all(dir);
    }
    Actor actor(const char* role) { return {std::string(role) + "-1", roles.get(role), "O1"}; }
    NewRecord birth(RecordAction submit = RecordAction::Declare)
    {
        return {"birth", "birth", 1, {{"child.firstName", "Amara"}}, submit};
    }

    fs::path dir;
    MemoryKeyProvider keys;
    FixedClock clock{1'790'000'000'000};
    RoleCatalog roles = RoleCatalog::defaults();
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<LocalRecordService> service;
};

TEST_F(LocalRecordServiceTest, DeclarationGetsTrackingIdStatusOutboxAndAudit)
{
    const auto r = service->start(actor("field_agent"), birth());
    EXPECT_EQ(r.status, RecordStatus::Declared);
    EXPECT_TRUE(tracking_id::isValid(r.trackingId));
    EXPECT_EQ(r.trackingId.substr(0, 5), "B7K3M");
    EXPECT_EQ(r.createdBy, "field_agent-1");
    EXPECT_EQ(r.officeId, "O1");
    EXPECT_EQ(r.createdAt, clock.nowMillis());
    const auto queued = store->outbox().forRecord(r.id);
    ASSERT_EQ(queued.size(), 1u);
    EXPECT_EQ(queued[0].kind.name(), "declare");
    const auto audit = store->audit().forRecord(r.id);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].userId, "field_agent-1");
}

TEST_F(LocalRecordServiceTest, TrackingIdsAreSequentialPerDeviceAndSurviveReopen)
{
    const auto a = service->start(actor("field_agent"), birth());
    const auto b = service->start(actor("field_agent"), birth());
    EXPECT_NE(a.trackingId, b.trackingId);
    service.reset();
    store.reset();
    store = ProfileStore::open(dir, keys);
    service = std::make_unique<LocalRecordService>(*store, clock);
    const auto c = service->start(actor("field_agent"), birth());
    EXPECT_EQ(c.trackingId, tracking_id::make('B', "7K3M", 2));
}

TEST_F(LocalRecordServiceTest, RolesAreEnforcedFromTheWorkflowTable)
{
    EXPECT_THROW(service->start(actor("hospital_clerk"), birth(RecordAction::Declare)),
                 WorkflowError);
    const auto n = service->start(actor("hospital_clerk"), birth(RecordAction::Notify));
    EXPECT_EQ(n.status, RecordStatus::Notified);
    const auto d = service->start(actor("field_agent"), birth());
    try {
        service->act(actor("field_agent"), d.id, RecordAction::Register);
        FAIL() << "a field agent registered a record";
    } catch (const WorkflowError& e) {
        EXPECT_NE(std::string(e.what()).find("'register'"), std::string::npos) << e.what();
    }
    EXPECT_EQ(store->records().get(d.id).status, RecordStatus::Declared);
    EXPECT_EQ(store->outbox().forRecord(d.id).size(), 1u); // the refusal queued nothing
    const auto reg = service->act(actor("local_registrar"), d.id, RecordAction::Register);
    EXPECT_EQ(reg.status, RecordStatus::Registered);
    EXPECT_THROW(service->editFields(actor("local_registrar"), d.id, {{"child.firstName", "X"}}),
                 WorkflowError);
}

TEST_F(LocalRecordServiceTest, SendingBackNeedsAReasonAndKeepsIt)
{
    const auto d = service->start(actor("field_agent"), birth());
    EXPECT_THROW(service->act(actor("local_registrar"), d.id, RecordAction::Reject), WorkflowError);
    const auto back =
        service->act(actor("local_registrar"), d.id, RecordAction::Reject, "mother's ID missing");
    EXPECT_EQ(back.status, RecordStatus::RequiresUpdates);
    EXPECT_EQ(back.statusReason, "mother's ID missing");
    const auto ops = store->outbox().forRecord(d.id);
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[1].payload["reason"], "mother's ID missing");
}

TEST_F(LocalRecordServiceTest, EditsQueueOnlyWhatChanged)
{
    const auto d = service->start(actor("field_agent"), birth(RecordAction::CreateDraft));
    // The create op has left (the sync engine sealed it): the edit is an op of its own instead
    // of joining it.
    store->outbox().sealThrough(store->outbox().lastMutationId());
    const auto e = service->editFields(
        actor("field_agent"), d.id, {{"child.familyName", "Okafor"}, {"child.firstName", "Amara"}});
    EXPECT_EQ(e.fields["child.familyName"], "Okafor");
    const auto ops = store->outbox().forRecord(d.id);
    ASSERT_FALSE(ops.empty());
    EXPECT_TRUE(ops.back().changes.contains("child.familyName"));
    EXPECT_FALSE(ops.back().changes.contains("child.firstName"));
    EXPECT_EQ(ops.size(), 2u);
}

TEST_F(LocalRecordServiceTest, UnenrolledDeviceCannotMakeTrackingIds)
{
    store->settings().remove(LocalRecordService::kDeviceCodeSetting);
    EXPECT_THROW(service->start(actor("field_agent"), birth()), WorkflowError);
    EXPECT_THROW(service->setDeviceCode("7K0M"), WorkflowError);
}

// Issue 12: a draft never sent stays local until its first action, whose op carries every
// field; an edit joins that op while it waits, and never once the sync engine has built it
// into a wire op (re-sent byte for byte), even before it is marked sending.
TEST_F(LocalRecordServiceTest, EditsJoinTheWaitingOpUntilTheSyncEngineTakesIt)
{
    const auto d = service->startDraft(actor("field_agent"), birth());
    service->editFields(actor("field_agent"), d.id, {{"child.familyName", "Okafor"}});
    EXPECT_TRUE(store->outbox().forRecord(d.id).empty());
    EXPECT_TRUE(store->audit().forRecord(d.id).empty());
    service->act(actor("field_agent"), d.id, RecordAction::Declare);
    service->editFields(actor("field_agent"), d.id, {{"child.firstName", "Ada"}});
    auto ops = store->outbox().forRecord(d.id);
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].kind.name(), "declare");
    EXPECT_EQ(ops[0].changes["child.familyName"]["value"], "Okafor");
    EXPECT_EQ(ops[0].changes["child.firstName"]["value"], "Ada");
    EXPECT_EQ(store->audit().forRecord(d.id).size(), 2u); // declare, then the save

    sync::OutboxProcessor processor(*store, clock);
    ASSERT_EQ(processor.prepare(), 1);
    service->editFields(actor("field_agent"), d.id, {{"child.firstName", "Adaeze"}});
    ops = store->outbox().forRecord(d.id);
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[0].changes["child.firstName"]["value"], "Ada");
    EXPECT_EQ(ops[1].kind.name(), "edit");
}

// Issue 13: a declaration's stored changes travel as they are, spliced into the op's text
// (no decode, no encode); the op is what the one encoder writes, whole after a restart, and
// its attachments are known without the changes decoded.
TEST_F(LocalRecordServiceTest, ADeclarationTravelsAsItsStoredChangesAndDecodesLikeAnyOp)
{
    NewRecord n = birth();
    const nlohmann::json proof = nlohmann::json::array(
        {{{"attachmentId", "att-1"}, {"name", "notification.pdf"}, {"size", 3}}});
    n.fields["proof_of_birth"] = proof;
    const auto d = service->start(actor("field_agent"), n);
    sync::OutboxProcessor processor(*store, clock);
    ASSERT_EQ(processor.prepare(), 1);
    auto batch = processor.nextBatch(10);
    ASSERT_EQ(batch.size(), 1u);
    EXPECT_TRUE(batch[0].changesInText);
    const auto sent = protocol::decodeOp(nlohmann::json::parse(batch[0].text), "/op");
    EXPECT_EQ(sent.action, RecordAction::Declare);
    EXPECT_EQ(sent.baseRev, 0);
    ASSERT_TRUE(sent.header.has_value());
    EXPECT_EQ(sent.header->trackingId, d.trackingId);
    const FieldChanges expected{{"child.firstName", {nullptr, "Amara"}},
                                {"proof_of_birth", {nullptr, proof}}};
    EXPECT_EQ(sent.changes, expected);
    EXPECT_EQ(batch[0].attachmentValues, protocol::attachmentValues(sent));
    EXPECT_EQ(batch[0].attachmentValues["proof_of_birth"], proof);

    // After a restart the stored text is decoded like any older op: the same op, whole.
    sync::OutboxProcessor restarted(*store, clock);
    const auto again = restarted.nextBatch(10);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_FALSE(again[0].changesInText);
    EXPECT_EQ(again[0].text, batch[0].text);
    EXPECT_EQ(again[0].op, sent);
    EXPECT_EQ(again[0].attachmentValues, batch[0].attachmentValues);

    // An answer that needs the changes decodes them: the server merged a value of its own.
    protocol::OpResult merged;
    merged.mutationId = sent.mutationId;
    merged.recordId = d.id;
    merged.outcome = protocol::OpOutcome::Merged;
    merged.rev = 2;
    merged.status = "declared";
    merged.merged = {{"child.sex", "female"}};
    const auto tally = processor.applyResults(batch, {{merged}, sent.mutationId});
    EXPECT_EQ(tally.merged, 1);
    const auto base = store->records().mergeBase(d.id);
    ASSERT_TRUE(base.has_value());
    EXPECT_EQ((*base)["child.firstName"], "Amara");
    EXPECT_EQ((*base)["proof_of_birth"], proof);
    EXPECT_EQ((*base)["child.sex"], "female");
}

// A value typed and cleared before the declaration left is not in the op: such stored
// changes are decoded and merged, not sent as they are.
TEST_F(LocalRecordServiceTest, AFieldClearedBeforeSendingIsNotInTheDeclaration)
{
    const auto d = service->startDraft(actor("field_agent"), birth());
    service->act(actor("field_agent"), d.id, RecordAction::Declare);
    service->editFields(actor("field_agent"), d.id, {{"child.familyName", "Okafor"}});
    service->editFields(actor("field_agent"), d.id, {{"child.familyName", nullptr}});
    ASSERT_EQ(store->outbox().forRecord(d.id).size(), 1u);
    sync::OutboxProcessor processor(*store, clock);
    ASSERT_EQ(processor.prepare(), 1);
    const auto batch = processor.nextBatch(10);
    ASSERT_EQ(batch.size(), 1u);
    EXPECT_FALSE(batch[0].changesInText);
    const auto sent = protocol::decodeOp(nlohmann::json::parse(batch[0].text), "/op");
    EXPECT_EQ(sent, batch[0].op);
    const FieldChanges expected{{"child.firstName", {nullptr, "Amara"}}};
    EXPECT_EQ(sent.changes, expected) << batch[0].text;
}

} // namespace
