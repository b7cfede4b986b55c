// ProblemListError (every configuration error type: roles, locations, statistics, seeds) and
// the plain-id alphabet that role names and location ids share.
#include "core/LocationHierarchy.h"
#include "core/PlainId.h"
#include "core/RoleCatalog.h"

#include <gtest/gtest.h>

using namespace vitalis;

TEST(ProblemList, WhatListsEveryProblemUnderItsHeadingAndErrorsKeepsThem)
{
    const ProblemListError e("invalid thing:", {"/a: first", "/b/0: second"});
    EXPECT_STREQ(e.what(), "invalid thing:\n  /a: first\n  /b/0: second");
    EXPECT_EQ(e.errors(), (std::vector<std::string>{"/a: first", "/b/0: second"}));
}

TEST(ProblemList, ARoleCatalogWithTwoMistakesNamesBothUnderOneHeading)
{
    try {
        RoleCatalog::fromJson(
            {{"roles",
              {{"bad name", {{"scopes", {"notify"}}}}, {"clerk", {{"scopes", {"regster"}}}}}}});
        FAIL() << "accepted";
    } catch (const ProblemListError& e) {
        EXPECT_EQ(e.errors().size(), 2u) << e.what();
        EXPECT_EQ(std::string(e.what()).rfind("invalid role configuration:\n  ", 0), 0u)
            << e.what();
    }
}

TEST(PlainId, LettersDigitsAndThreeMarksNeverEmptyAndBoundedWhenAsked)
{
    EXPECT_TRUE(isPlainId("VD-N_2.a"));
    EXPECT_FALSE(isPlainId(""));
    EXPECT_FALSE(isPlainId("a b"));
    EXPECT_FALSE(isPlainId("é"));
    EXPECT_FALSE(isPlainId("a/b"));
    EXPECT_TRUE(isPlainId(std::string(64, 'x'), 64));
    EXPECT_FALSE(isPlainId(std::string(65, 'x'), 64));
    EXPECT_TRUE(isPlainId(std::string(65, 'x')));
}
