// FieldChanges: the one place where "a null clears the field", diffs, merges of successive
// edits and merge bases are defined.
#include "core/FieldChanges.h"

#include <gtest/gtest.h>

using namespace vitalis;
using nlohmann::json;

TEST(FieldChanges, ANullValueClearsTheFieldAndOthersAreSet)
{
    json fields = {{"a", 1}, {"b", "x"}};
    FieldChanges changes{{"a", {1, nullptr}}, {"c", {nullptr, true}}};
    changes.applyTo(fields);
    EXPECT_EQ(fields, json({{"b", "x"}, {"c", true}}));
    FieldChanges::applyValues(fields, {{"b", nullptr}, {"d", 4}});
    EXPECT_EQ(fields, json({{"c", true}, {"d", 4}}));
}

TEST(FieldChanges, DiffNamesChangedAddedAndRemovedFieldsWithTheirOldValueAsBase)
{
    const json before = {{"same", 1}, {"changed", "a"}, {"removed", {1, 2}}};
    const json after = {{"same", 1}, {"changed", "b"}, {"added", {{"k", 1}}}};
    const FieldChanges d = FieldChanges::diff(before, after);
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d.at("changed"), (FieldChange{"a", "b"}));
    EXPECT_EQ(d.at("added"), (FieldChange{nullptr, {{"k", 1}}}));
    EXPECT_EQ(d.at("removed"), (FieldChange{{1, 2}, nullptr}));
    json applied = before;
    d.applyTo(applied);
    EXPECT_EQ(applied, after);
    EXPECT_TRUE(FieldChanges::diff(after, after).empty());
}

TEST(FieldChanges, OfValuesKeepsOnlyWhatDiffers)
{
    const json fields = {{"a", 1}, {"b", 2}};
    const FieldChanges c =
        FieldChanges::ofValues(fields, {{"a", 1}, {"b", nullptr}, {"z", nullptr}, {"n", 5}});
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c.at("b"), (FieldChange{2, nullptr}));
    EXPECT_EQ(c.at("n"), (FieldChange{nullptr, 5}));
}

TEST(FieldChanges, MergeKeepsTheFirstBaseTheLastValueAndDropsAChangeBackToItsBase)
{
    FieldChanges run{{"name", {"Kofi", "Kwabena"}}, {"town", {"Accra", "Tema"}}};
    run.merge({{"name", {"Kwabena", "Kwame"}}, {"town", {"Tema", "Accra"}}, {"new", {nullptr, 1}}});
    ASSERT_EQ(run.size(), 2u);
    EXPECT_EQ(run.at("name"), (FieldChange{"Kofi", "Kwame"}));
    EXPECT_EQ(run.at("new"), (FieldChange{nullptr, 1}));
    EXPECT_FALSE(run.contains("town")); // back where the server has it: nothing to send
}

TEST(FieldChanges, MergeCanKeepAChangeBackToItsBaseForOpsStillInFlight)
{
    FieldChanges run{{"town", {"Accra", "Tema"}}};
    run.merge({{"town", {"Tema", "Accra"}}}, FieldChanges::BackToBase::Keep);
    EXPECT_EQ(run.at("town"), (FieldChange{"Accra", "Accra"}));
}

TEST(FieldChanges, ApplyChangedAnswersWhatReallyChangedWithTheReplacedValue)
{
    json fields = {{"a", 1}, {"b", 2}};
    const FieldChanges applied =
        FieldChanges{{"a", {0, 1}}, {"b", {2, nullptr}}, {"c", {nullptr, nullptr}}}.applyChanged(
            fields);
    EXPECT_EQ(fields, json({{"a", 1}}));
    ASSERT_EQ(applied.size(), 1u);
    EXPECT_EQ(applied.at("b"), (FieldChange{2, nullptr}));
}

TEST(FieldChanges, RebaseTakesEveryBaseFromTheMergeBase)
{
    FieldChanges c{{"a", {1, 2}}, {"b", {"local", "newer"}}};
    c.rebase({{"a", 0}});
    EXPECT_EQ(c.at("a").base, 0);
    EXPECT_TRUE(c.at("b").base.is_null());
}

TEST(FieldChanges, JsonRoundTripAndLenientRead)
{
    const FieldChanges c{{"a", {nullptr, "x"}}, {"b", {3, nullptr}}};
    const json j = c.toJson();
    EXPECT_EQ(j, json::parse(R"({"a":{"base":null,"value":"x"},"b":{"base":3,"value":null}})"));
    EXPECT_EQ(FieldChanges::fromJson(j), c);
    const FieldChanges lenient = FieldChanges::fromJson(json::parse(R"({"a":{"value":1},"b":7})"));
    ASSERT_EQ(lenient.size(), 1u);
    EXPECT_EQ(lenient.at("a"), (FieldChange{nullptr, 1}));
    EXPECT_TRUE(FieldChanges::fromJson(json::array()).empty());
}
