// Every cell of the workflow table: action × status × default role. The expectations below
// are written out by hand from the design brief, not derived from the table under test.
#include "core/RoleCatalog.h"
#include "core/WorkflowTable.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace vitalis;

namespace
{

// Rows: actions; columns: draft notified declared validated registered certified
// requires_updates archived. A cell is "scope>to_status" or "-" (never possible).
const std::map<std::string, std::vector<std::string>> kExpected = {
    {"create_draft", {"notify>draft", "-", "-", "-", "-", "-", "-", "-"}},
    {"notify", {"notify>notified", "-", "-", "-", "-", "-", "-", "-"}},
    {"declare",
     {"declare>declared", "declare>declared", "-", "-", "-", "-", "declare>declared", "-"}},
    {"edit",
     {"notify>draft", "edit>notified", "edit>declared", "edit>validated", "-", "-",
      "edit>requires_updates", "-"}},
    {"validate", {"-", "-", "validate>validated", "-", "-", "-", "-", "-"}},
    {"register", {"-", "-", "register>registered", "register>registered", "-", "-", "-", "-"}},
    {"certify", {"-", "-", "-", "-", "certify>certified", "certify>certified", "-", "-"}},
    {"reject",
     {"-", "reject>requires_updates", "reject>requires_updates", "reject>requires_updates", "-",
      "-", "-", "-"}},
    {"archive",
     {"-", "archive>archived", "archive>archived", "archive>archived", "-", "-", "archive>archived",
      "-"}},
    {"reinstate", {"-", "-", "-", "-", "-", "-", "-", "archive>declared"}},
    {"correct", {"-", "-", "-", "-", "correct>registered", "correct>certified", "-", "-"}},
    {"resolve_conflict",
     {"-", "edit>notified", "edit>declared", "edit>validated", "correct>registered",
      "correct>certified", "edit>requires_updates", "-"}},
    {"request_correction",
     {"-", "-", "-", "-", "correction.request>registered", "correction.request>certified", "-",
      "-"}},
    {"approve_correction",
     {"-", "-", "-", "-", "correct>registered", "correct>certified", "-", "-"}},
    {"reject_correction",
     {"-", "-", "-", "-", "correct>registered", "correct>certified", "-", "-"}},
    // Possible duplicates are decided before registration (issue 17).
    {"mark_not_duplicate",
     {"-", "duplicate.decide>notified", "duplicate.decide>declared", "duplicate.decide>validated",
      "-", "-", "duplicate.decide>requires_updates", "-"}},
    {"mark_duplicate",
     {"-", "duplicate.decide>archived", "duplicate.decide>archived", "duplicate.decide>archived",
      "-", "-", "duplicate.decide>archived", "-"}},
    // The national ID system refused the registration (issue 19): only the server's own
    // system role holds the scope; no default role does.
    {"refuse_registration",
     {"-", "-", "-", "-", "national_id.answer>validated", "national_id.answer>validated", "-",
      "-"}},
};

const std::vector<std::string> kStatusColumns = {
    "draft",      "notified",  "declared",         "validated",
    "registered", "certified", "requires_updates", "archived"};

const std::map<std::string, std::set<std::string>> kRoleScopes = {
    {"field_agent", {"notify", "declare", "edit", "search"}},
    {"hospital_clerk", {"notify"}},
    {"registration_agent",
     {"notify", "declare", "edit", "validate", "reject", "archive", "certify", "search",
      "correction.request"}},
    {"local_registrar",
     {"notify", "declare", "edit", "validate", "register", "reject", "archive", "certify",
      "correct", "search", "correction.request", "statistics.view", "duplicate.decide"}},
    {"system_admin", {"user.manage", "config.manage", "search"}},
};

const std::set<std::string> kNeedsReason = {"reject",
                                            "archive",
                                            "correct",
                                            "request_correction",
                                            "reject_correction",
                                            "mark_not_duplicate",
                                            "mark_duplicate",
                                            "refuse_registration"};

TEST(WorkflowTable, EveryActionAndStatusCellMatchesTheSpecification)
{
    int cells = 0;
    for (auto action : kAllActions) {
        const auto& row = kExpected.at(std::string(toString(action)));
        for (std::size_t col = 0; col < kStatusColumns.size(); ++col) {
            const auto status = *recordStatusFromString(kStatusColumns[col]);
            const auto t = workflow::transition(action, status);
            SCOPED_TRACE(std::string(toString(action)) + " from " + kStatusColumns[col]);
            if (row[col] == "-") {
                EXPECT_FALSE(t.has_value());
            } else {
                ASSERT_TRUE(t.has_value());
                const auto sep = row[col].find('>');
                EXPECT_EQ(std::string(t->requiredScope), row[col].substr(0, sep));
                EXPECT_EQ(std::string(toString(t->to)), row[col].substr(sep + 1));
                EXPECT_EQ(t->requiresReason,
                          kNeedsReason.count(std::string(toString(action))) == 1);
            }
            ++cells;
        }
    }
    EXPECT_EQ(cells, 18 * 8);
}

TEST(WorkflowTable, EveryDefaultRoleActionStatusCell)
{
    const auto catalog = RoleCatalog::defaults();
    int checked = 0;
    for (const auto& [roleName, scopes] : kRoleScopes) {
        const Role& role = catalog.get(roleName);
        EXPECT_EQ(std::set<std::string>(role.scopes.begin(), role.scopes.end()), scopes)
            << roleName;
        for (auto action : kAllActions) {
            const auto& row = kExpected.at(std::string(toString(action)));
            for (std::size_t col = 0; col < kStatusColumns.size(); ++col) {
                const auto status = *recordStatusFromString(kStatusColumns[col]);
                const bool expected =
                    row[col] != "-" && scopes.count(row[col].substr(0, row[col].find('>'))) == 1;
                EXPECT_EQ(workflow::isAllowed(role, action, status), expected)
                    << roleName << " " << toString(action) << " from " << kStatusColumns[col];
                EXPECT_EQ(workflow::refusalReason(role, action, status).empty(), expected);
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 5 * 18 * 8);
}

TEST(WorkflowTable, StoryLevelGuarantees)
{
    const auto catalog = RoleCatalog::defaults();
    // A field agent cannot register; a hospital clerk can only notify.
    EXPECT_FALSE(workflow::isAllowed(catalog.get("field_agent"), RecordAction::Register,
                                     RecordStatus::Validated));
    EXPECT_EQ(workflow::availableActions(catalog.get("hospital_clerk"), RecordStatus::Draft),
              (std::vector<RecordAction>{RecordAction::CreateDraft, RecordAction::Notify,
                                         RecordAction::Edit}));
    // Nothing moves a record out of archived except reinstating it.
    EXPECT_EQ(workflow::availableActions(catalog.get("local_registrar"), RecordStatus::Archived),
              std::vector<RecordAction>{RecordAction::Reinstate});
    // The refusal says which scope is missing.
    EXPECT_NE(workflow::refusalReason(catalog.get("field_agent"), RecordAction::Register,
                                      RecordStatus::Validated)
                  .find("'register'"),
              std::string::npos);
}

TEST(WorkflowTable, CorrectionsWhoMayRequestApproveAndReject)
{
    const auto catalog = RoleCatalog::defaults();
    const auto& agent = catalog.get("registration_agent");
    const auto& registrar = catalog.get("local_registrar");
    for (auto status : {RecordStatus::Registered, RecordStatus::Certified}) {
        // A registration agent asks; only a registrar decides or corrects directly.
        EXPECT_TRUE(workflow::isAllowed(agent, RecordAction::RequestCorrection, status));
        EXPECT_FALSE(workflow::isAllowed(agent, RecordAction::ApproveCorrection, status));
        EXPECT_FALSE(workflow::isAllowed(agent, RecordAction::RejectCorrection, status));
        EXPECT_FALSE(workflow::isAllowed(agent, RecordAction::Correct, status));
        EXPECT_TRUE(workflow::isAllowed(registrar, RecordAction::RequestCorrection, status));
        EXPECT_TRUE(workflow::isAllowed(registrar, RecordAction::ApproveCorrection, status));
        EXPECT_TRUE(workflow::isAllowed(registrar, RecordAction::RejectCorrection, status));
        for (const char* other : {"field_agent", "hospital_clerk", "system_admin"})
            EXPECT_FALSE(
                workflow::isAllowed(catalog.get(other), RecordAction::RequestCorrection, status))
                << other;
        // A correction keeps the status; asking and refusing need a reason, approving not.
        EXPECT_EQ(workflow::transition(RecordAction::ApproveCorrection, status)->to, status);
        EXPECT_TRUE(workflow::transition(RecordAction::RequestCorrection, status)->requiresReason);
        EXPECT_TRUE(workflow::transition(RecordAction::RejectCorrection, status)->requiresReason);
        EXPECT_FALSE(workflow::transition(RecordAction::ApproveCorrection, status)->requiresReason);
    }
    // Only registered records are corrected; a declaration is simply edited.
    EXPECT_FALSE(workflow::transition(RecordAction::RequestCorrection, RecordStatus::Declared));
    EXPECT_NE(
        workflow::refusalReason(agent, RecordAction::ApproveCorrection, RecordStatus::Registered)
            .find("'correct'"),
        std::string::npos);
}

TEST(WorkflowTable, MarkdownListsEveryTransition)
{
    const auto md = workflow::renderMarkdown();
    for (const auto& t : workflow::allTransitions())
        EXPECT_NE(md.find("| " + std::string(toString(t.action)) + " | " +
                          std::string(toString(t.from)) + " |"),
                  std::string::npos);
}

TEST(RecordNames, ActionsAndStatusesRoundTrip)
{
    for (auto a : kAllActions)
        EXPECT_EQ(recordActionFromString(toString(a)), a);
    for (auto s : kAllStatuses)
        EXPECT_EQ(recordStatusFromString(toString(s)), s);
    EXPECT_FALSE(recordActionFromString("approve").has_value());
    EXPECT_FALSE(recordStatusFromString("Declared").has_value());
}

} // namespace
