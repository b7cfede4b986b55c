// The laptop's duplicate check (issue 17) on a real encrypted profile: the blocking-key index
// follows every record write (triggers), a declaration duplicating a record the profile holds
// is found with its matched fields, twins and a common name with another mother are not, an
// edit moves the keys, and the warning and the decisions travel in the outbox ops.
#include "core/RoleCatalog.h"
#include "core/TrackingId.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/DeviceDuplicateCheck.h"
#include "sync/client/LocalRecordService.h"
#include "tests/support/Fixtures.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace vitalis;
using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

class DeviceDuplicatesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = fs::temp_directory_path() /
              ("vitalis-ddc-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        store = ProfileStore::open(dir, keys);
        service = std::make_unique<LocalRecordService>(*store, clock);
        service->setDeviceCode("7K3M");
        rules = dedup::RuleLibrary::loadDirectory(fs::path(VITALIS_SOURCE_DIR) /
                                                  "forms/definitions/dedup");
    }
    void TearDown() override
    {
        service.reset();
        store.reset();
        fs::remove_all(dir);
    }
    Actor registrar() { return {"reg-1", roles.get("local_registrar"), "O1"}; }
    Record declare(const json& fields)
    {
        return service->start(registrar(), {"birth", "birth", 1, fields, RecordAction::Declare});
    }
    std::vector<DeviceCandidate> find(const json& fields, const std::string& except = {})
    {
        return DeviceDuplicateCheck(*store, rules).find("birth", fields, except);
    }

    fs::path dir;
    MemoryKeyProvider keys;
    FixedClock clock{1'790'000'000'000};
    RoleCatalog roles = RoleCatalog::defaults();
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<LocalRecordService> service;
    dedup::RuleLibrary rules;
};

TEST_F(DeviceDuplicatesTest, FindsTheSameBirthAndNamesWhatMatched)
{
    const Record original = declare(test::birthDeclaration(clock, "Amina", "Banda"));
    const auto found = find(test::birthDeclaration(clock, "Amina", "Banda"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].record.id, original.id);
    EXPECT_GE(found[0].score, rules.forEvent("birth")->threshold);
    EXPECT_NE(std::find(found[0].matchedFields.begin(), found[0].matchedFields.end(), "child_name"),
              found[0].matchedFields.end());
    EXPECT_EQ(DeviceDuplicateCheck::warning(found[0]),
              "possible duplicate of " + tracking_id::display(original.trackingId) +
                  " (Amina Banda, born " + test::isoDaysBefore(clock, 3) + ", mother Ruth Banda)");
    // A slip in the child's name is still the same birth.
    EXPECT_EQ(find(test::birthDeclaration(clock, "Aminah", "Banda")).size(), 1u);
    // The record itself is never its own duplicate.
    EXPECT_TRUE(find(test::birthDeclaration(clock, "Amina", "Banda"), original.id).empty());
}

TEST_F(DeviceDuplicatesTest, TwinsAndACommonNameWithAnotherMotherAreNotFound)
{
    declare(test::birthDeclaration(clock, "Amina", "Banda"));
    EXPECT_TRUE(find(test::birthDeclaration(clock, "Grace", "Banda")).empty()) << "twins";
    json other = test::birthDeclaration(clock, "Amina", "Banda");
    other["child_birth_date"] = test::isoDaysBefore(clock, 200);
    other["mother_name"] = {{"first", "Esther"}, {"family", "Phiri"}};
    other["mother_birth_date"] = "1989-07-14";
    other["mother_national_id"] = test::nationalIdFor("Esther Phiri");
    EXPECT_TRUE(find(other).empty()) << "a common name, another mother";
}

TEST_F(DeviceDuplicatesTest, TheIndexFollowsEditsAndArchivedRecordsAreNoCandidates)
{
    const Record r = declare(test::birthDeclaration(clock, "Amina", "Banda"));
    ASSERT_EQ(find(test::birthDeclaration(clock, "Amina", "Banda")).size(), 1u);
    // Renamed: the old keys go, the new ones come (the trigger listed the record as written).
    service->editFields(registrar(), r.id,
                        {{"child_name", {{"first", "Chisomo"}, {"family", "Mwale"}}},
                         {"mother_name", {{"first", "Ruth"}, {"family", "Mwale"}}}});
    EXPECT_TRUE(find(test::birthDeclaration(clock, "Amina", "Banda")).empty());
    EXPECT_EQ(find(test::birthDeclaration(clock, "Chisomo", "Mwale")).size(), 1u);
    service->act(registrar(), r.id, RecordAction::Archive, "declared in error");
    EXPECT_TRUE(find(test::birthDeclaration(clock, "Chisomo", "Mwale")).empty());
}

TEST_F(DeviceDuplicatesTest, TheWarningAndTheDecisionsTravelInTheOps)
{
    const Record original = declare(test::birthDeclaration(clock, "Amina", "Banda"));
    const Record draft = service->startDraft(
        registrar(), {"birth", "birth", 1, test::birthDeclaration(clock, "Amina", "Banda")});
    const Record sent =
        service->actDespiteDuplicates(registrar(), draft.id, RecordAction::Declare, json::object(),
                                      {original.trackingId}, "the mother insists");
    EXPECT_EQ(sent.status, RecordStatus::Declared);
    auto ops = store->outbox().forRecord(sent.id);
    ASSERT_FALSE(ops.empty());
    EXPECT_EQ(ops.back().payload["duplicate_warning"]["candidates"][0], original.trackingId);
    EXPECT_EQ(ops.back().payload["duplicate_warning"]["note"], "the mother insists");

    EXPECT_THROW(service->markDuplicate(registrar(), sent.id, original.id, ""), WorkflowError)
        << "a reason is required";
    EXPECT_THROW(service->markDuplicate(registrar(), sent.id, sent.id, "itself"), WorkflowError);
    const Record archived =
        service->markDuplicate(registrar(), sent.id, original.id, "declared twice");
    EXPECT_EQ(archived.status, RecordStatus::Archived);
    ops = store->outbox().forRecord(sent.id);
    EXPECT_EQ(ops.back().kind.name(), "mark_duplicate");
    EXPECT_EQ(ops.back().payload["duplicate_of"], original.id);

    const Record kept = service->markNotDuplicate(registrar(), original.id, {}, "checked");
    EXPECT_EQ(kept.status, RecordStatus::Declared);
    EXPECT_EQ(kept.statusReason, "") << "a decision, not a reason for the status";
    const Actor agent{"agent-1", roles.get("field_agent"), "O1"};
    EXPECT_THROW(service->markNotDuplicate(agent, original.id, {}, "no scope"), WorkflowError);
}

TEST_F(DeviceDuplicatesTest, ANotADuplicateDecisionSettlesThePairBothWaysAndTravelsInTheOp)
{
    const Record a = declare(test::birthDeclaration(clock, "Amina", "Banda"));
    const Record draft = service->startDraft(
        registrar(), {"birth", "birth", 1, test::birthDeclaration(clock, "Amina", "Banda")});
    const Record b = service->actDespiteDuplicates(registrar(), draft.id, RecordAction::Declare,
                                                   json::object(), {a.trackingId}, "twins?");
    DeviceDuplicateCheck check(*store, rules);
    ASSERT_EQ(check.find(b).size(), 1u);
    ASSERT_EQ(check.find(a).size(), 1u) << "the original looks like the copy too";
    EXPECT_EQ(check.undecided(b).candidates.size(), 1u);
    EXPECT_TRUE(DeviceDuplicateCheck::checksAt(RecordAction::Validate));
    EXPECT_TRUE(DeviceDuplicateCheck::checksAt(RecordAction::Register));
    EXPECT_FALSE(DeviceDuplicateCheck::checksAt(RecordAction::Notify)) << "checked at declare";

    const Record kept = service->markNotDuplicate(registrar(), b.id, {a.id, a.id, b.id}, "twins");
    EXPECT_EQ(kept.notDuplicateOf, std::vector<std::string>{a.id}) << "once, never itself";
    EXPECT_EQ(store->records().get(b.id).notDuplicateOf, std::vector<std::string>{a.id})
        << "stored in the profile";
    EXPECT_TRUE(check.find(store->records().get(b.id)).empty());
    EXPECT_TRUE(check.find(a).empty()) << "settled on the other record counts too";
    EXPECT_TRUE(check.undecided(store->records().get(b.id)).candidates.empty());
    const auto ops = store->outbox().forRecord(b.id);
    ASSERT_FALSE(ops.empty());
    EXPECT_EQ(ops.back().kind.name(), "mark_not_duplicate");
    EXPECT_EQ(ops.back().payload["not_duplicate_of"], json::array({a.id}));

    // A third declaration of the same child is still found: only the pair was settled.
    const Record c = declare(test::birthDeclaration(clock, "Amina", "Banda"));
    EXPECT_EQ(check.find(store->records().get(b.id)).size(), 1u);
    EXPECT_EQ(check.find(store->records().get(b.id)).front().record.id, c.id);
}

} // namespace
