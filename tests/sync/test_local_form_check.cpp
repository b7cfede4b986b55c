// Form validation on the device: a declaration (or any step that needs a complete record) is
// checked against the record's own form version with the form engine the server runs; a
// refusal names each field and saves nothing; a notification may be incomplete.
#include "core/RoleCatalog.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/FormCheck.h"
#include "sync/client/FormDefinitionCache.h"
#include "sync/client/LocalRecordService.h"
#include "tests/support/Fixtures.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace vitalis;
using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

const fs::path kShippedForms = fs::path(VITALIS_SOURCE_DIR) / "forms" / "definitions";

std::vector<std::string> fieldsOf(const std::vector<protocol::FieldError>& errors)
{
    std::vector<std::string> out;
    for (const auto& e : errors)
        out.push_back(e.field);
    return out;
}

bool names(const std::vector<protocol::FieldError>& errors, const std::string& field,
           const std::string& code)
{
    return std::any_of(errors.begin(), errors.end(), [&](const protocol::FieldError& e) {
        return e.field == field && e.code == code;
    });
}

// The typed report the device acts on names the same problems as the protocol's errors.
bool names(const forms::FieldReport& report, const std::string& field, const std::string& rule)
{
    return std::any_of(
        report.problems.begin(), report.problems.end(), [&](const forms::FieldProblem& p) {
            return p.fieldId == field && p.rule == rule && p.jsonPath() == "/fields/" + field;
        });
}

class LocalFormCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = fs::temp_directory_path() /
              ("vitalis-lfc-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        store = ProfileStore::open(dir, keys);
        std::vector<std::string> problems;
        auto registry = FormDefinitionCache(store->settings()).load(kShippedForms, &problems);
        ASSERT_TRUE(problems.empty()) << problems.front();
        ASSERT_TRUE(registry->find("birth", 1));
        check = std::make_unique<FormCheck>(registry, clock);
        service = std::make_unique<LocalRecordService>(*store, clock, check.get());
        service->setDeviceCode("7K3M");
    }
    void TearDown() override
    {
        service.reset();
        store.reset();
        fs::remove_all(dir);
    }
    Actor agent() { return {"agent-1", roles.get("field_agent"), "O1"}; }
    NewRecord birth(json fields, RecordAction submit = RecordAction::Declare)
    {
        return {"birth", "birth", 1, std::move(fields), submit};
    }
    // Everything a refusal must leave untouched.
    struct Footprint {
        std::size_t records;
        std::int64_t outbox;
        std::int64_t trackingSequence;
        bool operator==(const Footprint&) const = default;
    };
    Footprint footprint()
    {
        WorkqueueQuery q;
        q.statuses.assign(std::begin(kAllStatuses), std::end(kAllStatuses));
        q.pageSize = 1000;
        return {store->records().workqueue(q).records.size(), store->outbox().lastMutationId(),
                store->settings().getInt(LocalRecordService::kTrackingSequenceSetting, -1)};
    }

    fs::path dir;
    MemoryKeyProvider keys;
    FixedClock clock{1'790'000'000'000};
    RoleCatalog roles = RoleCatalog::defaults();
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<FormCheck> check;
    std::unique_ptr<LocalRecordService> service;
};

TEST_F(LocalFormCheckTest, IncompleteDeclarationIsRefusedNamingEachFieldAndSavesNothing)
{
    json fields = test::birthDeclaration(clock);
    fields.erase("child_sex");
    fields.erase("mother_name");
    fields["weight_at_birth"] = "heavy"; // wrong type
    const auto before = footprint();
    try {
        service->start(agent(), birth(fields));
        FAIL() << "an incomplete declaration was accepted";
    } catch (const FieldValidationError& e) {
        EXPECT_TRUE(names(e.errors(), "child_sex", "required")) << e.what();
        EXPECT_TRUE(names(e.report(), "child_sex", "required"));
        EXPECT_TRUE(names(e.errors(), "mother_name", "required")) << e.what();
        const auto f = fieldsOf(e.errors());
        EXPECT_EQ(std::count(f.begin(), f.end(), "weight_at_birth"), 1) << e.what();
        // The message names each field by its JSON path in the record.
        EXPECT_NE(std::string(e.what()).find("/fields/child_sex"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("/fields/mother_name"), std::string::npos);
    }
    EXPECT_EQ(footprint(), before) << "a refused declaration saved, queued or used a tracking ID";
    // The same answer without acting, for the desktop form.
    const auto preview = service->validateNew(birth(fields));
    EXPECT_TRUE(names(preview, "child_sex", "required"));
    EXPECT_TRUE(service->validateNew(birth(fields, RecordAction::CreateDraft)).ok())
        << "a draft is saved as typed";
}

TEST_F(LocalFormCheckTest, NotificationMayBeIncompleteThenDeclaresOnceFilled)
{
    const json partial = {{"child_name", {{"first", "Amina"}, {"family", "Banda"}}},
                          {"child_sex", "female"}};
    const auto notified = service->start(agent(), birth(partial, RecordAction::Notify));
    EXPECT_EQ(notified.status, RecordStatus::Notified);
    const auto queuedAfterNotify = store->outbox().lastMutationId();

    // Declaring it as it is: refused, naming the missing fields; nothing changes.
    const auto missing = service->validateForAction(notified.id, RecordAction::Declare);
    EXPECT_TRUE(names(missing, "mother_name", "required"));
    EXPECT_TRUE(names(missing, "informant_type", "required"));
    EXPECT_THROW(service->act(agent(), notified.id, RecordAction::Declare), FieldValidationError);
    EXPECT_EQ(store->records().get(notified.id).status, RecordStatus::Notified);
    EXPECT_EQ(store->outbox().lastMutationId(), queuedAfterNotify);

    // Fill the fields (an edit of a notification may still be incomplete), then declare.
    json rest = test::birthDeclaration(clock);
    rest.erase("child_name");
    rest.erase("child_sex");
    service->editFields(agent(), notified.id, rest);
    EXPECT_TRUE(service->validateForAction(notified.id, RecordAction::Declare).ok());
    const auto declared = service->act(agent(), notified.id, RecordAction::Declare);
    EXPECT_EQ(declared.status, RecordStatus::Declared);
    // The edit joined the notification still waiting to leave; the declaration is one more op.
    EXPECT_EQ(store->outbox().lastMutationId(), queuedAfterNotify + 1);
}

TEST_F(LocalFormCheckTest, InvalidValuesAreRefusedEvenOnANotification)
{
    const json bad = {{"child_sex", "sideways"}, {"weight_at_birth", -4}, {"no_such_field", 1}};
    try {
        service->start(agent(), birth(bad, RecordAction::Notify));
        FAIL() << "invalid values were accepted";
    } catch (const FieldValidationError& e) {
        const auto f = fieldsOf(e.errors());
        EXPECT_NE(std::find(f.begin(), f.end(), "child_sex"), f.end()) << e.what();
        EXPECT_NE(std::find(f.begin(), f.end(), "weight_at_birth"), f.end()) << e.what();
        EXPECT_TRUE(names(e.errors(), "no_such_field", "unknown_field")) << e.what();
    }
    EXPECT_EQ(footprint().records, 0u);
}

TEST_F(LocalFormCheckTest, EditsOfADeclaredRecordKeepItComplete)
{
    const auto r = service->start(agent(), birth(test::birthDeclaration(clock)));
    ASSERT_EQ(r.status, RecordStatus::Declared);
    const auto queued = store->outbox().lastMutationId();
    EXPECT_THROW(service->editFields(agent(), r.id, {{"mother_name", nullptr}}),
                 FieldValidationError);
    EXPECT_TRUE(store->records().get(r.id).fields.contains("mother_name"));
    EXPECT_EQ(store->outbox().lastMutationId(), queued);
    service->editFields(agent(), r.id, {{"weight_at_birth", 3.4}});
    EXPECT_EQ(store->records().get(r.id).fields["weight_at_birth"], 3.4);
}

TEST_F(LocalFormCheckTest, UnknownFormVersionIsAnExplicitRefusal)
{
    NewRecord request = birth(test::birthDeclaration(clock));
    request.formVersion = 9;
    try {
        service->start(agent(), request);
        FAIL();
    } catch (const FieldValidationError& e) {
        ASSERT_EQ(e.errors().size(), 1u);
        EXPECT_EQ(e.errors()[0].code, "unsupported_form_version");
        EXPECT_NE(std::string(e.what()).find("version 9"), std::string::npos) << e.what();
    }
}

TEST_F(LocalFormCheckTest, DefinitionsCachedInTheProfileWinOverShippedOnesAndAddVersions)
{
    std::ifstream in(kShippedForms / "birth.json");
    json def = json::parse(in);
    // v2 makes a field required that v1 does not know: only records started on v2 need it.
    json v2 = def;
    v2["version"] = 2;
    FormDefinitionCache cache(store->settings());
    cache.put(v2);
    EXPECT_TRUE(cache.has("birth", 2));
    EXPECT_FALSE(cache.has("birth", 1));
    auto registry = cache.load(kShippedForms);
    EXPECT_TRUE(registry->find("birth", 1)) << "shipped fallback";
    EXPECT_TRUE(registry->find("birth", 2)) << "cached from the server";
    EXPECT_THROW(cache.put(json{{"id", "birth"}}), std::invalid_argument);
}

// Issue 14, defect 1: what the form hides never reaches the record or the outbox.
TEST_F(LocalFormCheckTest, HiddenValuesAreRefusedNamingTheFieldAndWhy)
{
    json fields = test::birthDeclaration(clock);
    fields["father_details_available"] = "no";
    fields["father_unavailable_reason"] = "unknown";
    fields["father_national_id"] = "0000000001";
    fields["father_id_type"] = "national_id";
    const auto before = footprint();
    try {
        service->start(agent(), birth(fields));
        FAIL() << "values of hidden fields were accepted";
    } catch (const FieldValidationError& e) {
        EXPECT_TRUE(names(e.report(), "father_national_id", "hidden")) << e.what();
        EXPECT_TRUE(names(e.report(), "father_name", "hidden")) << e.what();
        EXPECT_NE(std::string(e.what()).find("father_details_available = no"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(footprint(), before);
    EXPECT_TRUE(
        names(service->validateNew(birth(fields, RecordAction::Notify)), "father_name", "hidden"))
        << "a notification too";
}

TEST_F(LocalFormCheckTest, AnEditThatHidesAnswersClearsThemInTheSameOp)
{
    const auto r = service->start(agent(), birth(test::birthDeclaration(clock)));
    ASSERT_TRUE(r.fields.contains("father_name"));
    store->outbox().sealThrough(store->outbox().lastMutationId()); // as if it had been sent
    const auto saved = service->editFields(
        agent(), r.id,
        {{"father_details_available", "no"}, {"father_unavailable_reason", "unknown"}});
    EXPECT_FALSE(saved.fields.contains("father_name")) << saved.fields.dump();
    EXPECT_FALSE(saved.fields.contains("father_passport"));
    EXPECT_FALSE(store->records().get(r.id).fields.contains("father_name"));
    // The op carries the clears, so the server and every device drop them too.
    const auto ops = store->outbox().forRecord(r.id);
    ASSERT_FALSE(ops.empty());
    const json& changes = ops.back().changes;
    EXPECT_EQ(ops.back().kind.name(), "edit");
    ASSERT_TRUE(changes.contains("father_name")) << changes.dump();
    EXPECT_TRUE(changes["father_name"]["value"].is_null()) << changes.dump();
}

// Issue 14, defect 2: computed values are the engine's, never the sender's.
TEST_F(LocalFormCheckTest, ComputedValuesAreRecomputedNotTaken)
{
    json fields = test::birthDeclaration(clock);
    fields["mother_age_at_birth"] = 99; // born 1996-02-29, child 2026-09-18: 30
    const auto r = service->start(agent(), birth(fields));
    EXPECT_EQ(r.fields["mother_age_at_birth"], 30) << r.fields.dump();
    EXPECT_EQ(store->records().get(r.id).fields["mother_age_at_birth"], 30);
    const auto edited = service->editFields(
        agent(), r.id, {{"mother_birth_date", "1990-01-01"}, {"mother_age_at_birth", 5}});
    EXPECT_EQ(edited.fields["mother_age_at_birth"], 36) << edited.fields.dump();
}

// Issue 14, defect 10: a form for another event is refused before anything is saved.
TEST_F(LocalFormCheckTest, FormOfAnotherEventIsRefusedBeforeSaving)
{
    const auto before = footprint();
    for (auto submit : {RecordAction::Declare, RecordAction::CreateDraft}) {
        NewRecord request = birth(test::birthDeclaration(clock), submit);
        request.formId = "death";
        try {
            service->start(agent(), request);
            FAIL() << "a death form was saved as a birth";
        } catch (const FieldValidationError& e) {
            FAIL() << "refused for its values, not for the form: " << e.what();
        } catch (const WorkflowError& e) {
            EXPECT_NE(std::string(e.what()).find("death"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("birth"), std::string::npos) << e.what();
        }
    }
    EXPECT_EQ(footprint(), before);
}

} // namespace
