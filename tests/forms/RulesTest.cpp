// Each validation rule type, with its message id and parameters, on a one-field form.
#include "tests/forms/FormTestUtil.h"

using namespace vitalis::forms;
using namespace vitalis::forms::test;
using nlohmann::json;
using Ids = std::vector<std::string>;

namespace
{
json field(const char* id, const char* type, json rules, json more = json::object())
{
    json f = {{"id", id}, {"type", type}, {"label", std::string("l.") + id}, {"rules", rules}};
    f.update(more);
    return f;
}
} // namespace

TEST(Rules, RequiredOnlyWhenDeclaring)
{
    auto form = makeForm(formDocument({field("a", "text", json::array(), {{"required", true}})}));
    EXPECT_EQ(messageIds(errorsFor(form, json::object(), "a")), Ids{"validation.required"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"a", "   "}}, "a")), Ids{"validation.required"});
    EXPECT_TRUE(errorsFor(form, json::object(), "a", "2024-03-01", ValidationMode::Draft).empty());
    EXPECT_TRUE(errorsFor(form, {{"a", "x"}}, "a").empty());
}

TEST(Rules, RequiredIfCondition)
{
    auto form = makeForm(formDocument({field("kind", "text", json::array()),
                                       field("other", "text", json::array(),
                                             {{"required", {{"==", {{{"var", "kind"}}, "other"}}}},
                                              {"requiredMessage", "m.other"}})}));
    EXPECT_TRUE(errorsFor(form, {{"kind", "x"}}, "other").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"kind", "other"}}, "other")), Ids{"m.other"});
}

TEST(Rules, Length)
{
    auto form = makeForm(
        formDocument({field("a", "text", {{{"type", "length"}, {"min", 2}, {"max", 4}}})}));
    EXPECT_TRUE(errorsFor(form, {{"a", "abcd"}}, "a").empty());
    EXPECT_TRUE(errorsFor(form, {{"a", "أمين"}}, "a").empty()); // 4 characters, 8 bytes
    auto errors = errorsFor(form, {{"a", "abcde"}}, "a");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "validation.length");
    EXPECT_EQ(errors[0].params, json({{"min", 2}, {"max", 4}}));
    EXPECT_EQ(errors[0].rule, "length");
    EXPECT_EQ(messageIds(errorsFor(form, {{"a", "a"}}, "a")), Ids{"validation.length"});
}

TEST(Rules, Pattern)
{
    auto form = makeForm(formDocument(
        {field("a", "text",
               {{{"type", "pattern"}, {"pattern", "[A-Z]{2}[0-9]{3}"}, {"message", "m.p"}}})}));
    EXPECT_TRUE(errorsFor(form, {{"a", "AB123"}}, "a").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"a", "AB1234"}}, "a")),
              Ids{"m.p"}); // whole value must match
    EXPECT_EQ(messageIds(errorsFor(form, {{"a", "ab123"}}, "a")), Ids{"m.p"});
}

TEST(Rules, Range)
{
    auto form = makeForm(formDocument(
        {field("w", "number", {{{"type", "range"}, {"min", 0.3}, {"max", 7}}}, {{"unit", "kg"}})}));
    EXPECT_TRUE(errorsFor(form, {{"w", 3.2}}, "w").empty());
    EXPECT_TRUE(errorsFor(form, {{"w", 7}}, "w").empty());
    auto errors = errorsFor(form, {{"w", 7.01}}, "w");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].params, json({{"min", 0.3}, {"max", 7}}));
    EXPECT_EQ(messageIds(errorsFor(form, {{"w", 0.2}}, "w")), Ids{"validation.range"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"w", "3"}}, "w")), Ids{"validation.type.number"});
}

TEST(Rules, NotInFutureAroundToday)
{
    auto form = makeForm(formDocument({field("d", "date", {{{"type", "notInFuture"}}})}));
    EXPECT_TRUE(errorsFor(form, {{"d", "2024-02-29"}}, "d", "2024-02-29").empty()); // today is fine
    auto errors = errorsFor(form, {{"d", "2024-03-01"}}, "d", "2024-02-29");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "validation.notInFuture");
    EXPECT_EQ(errors[0].params, json({{"today", "2024-02-29"}}));
    EXPECT_TRUE(errorsFor(form, {{"d", "2024-03-01"}}, "d", "2024-03-01").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"d", "2023-02-29"}}, "d")), Ids{"validation.type.date"});
}

TEST(Rules, DateWithinAnotherField)
{
    auto form = makeForm(formDocument({field("born", "date", json::array()),
                                       field("died", "date",
                                             {{{"type", "dateWithin"},
                                               {"of", "born"},
                                               {"unit", "days"},
                                               {"min", 0},
                                               {"message", "m.before"}}}),
                                       field("registered", "date",
                                             {{{"type", "dateWithin"},
                                               {"of", "born"},
                                               {"unit", "years"},
                                               {"min", 0},
                                               {"max", 1}}})}));
    EXPECT_TRUE(errorsFor(form, {{"born", "2024-02-29"}, {"died", "2024-02-29"}}, "died").empty());
    auto errors = errorsFor(form, {{"born", "2024-02-29"}, {"died", "2024-02-28"}}, "died");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "m.before");
    EXPECT_EQ(errors[0].params, json({{"min", 0}, {"of", "born"}, {"unit", "days"}}));
    // Born on a leap day: a full year has passed only on 1 March of the next year.
    EXPECT_TRUE(
        errorsFor(form, {{"born", "2024-02-29"}, {"registered", "2026-02-28"}}, "registered")
            .empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"born", "2024-02-29"}, {"registered", "2026-03-01"}},
                                   "registered")),
              Ids{"validation.dateWithin"});
    // Nothing to compare with: no error (the other field reports its own problems).
    EXPECT_TRUE(errorsFor(form, {{"died", "2024-02-28"}}, "died").empty());
}

TEST(Rules, DateWithinToday)
{
    auto form = makeForm(formDocument({field("d", "date",
                                             {{{"type", "dateWithin"},
                                               {"of", "$today"},
                                               {"unit", "days"},
                                               {"min", -30},
                                               {"max", 0}}})}));
    EXPECT_TRUE(errorsFor(form, {{"d", "2024-01-31"}}, "d", "2024-03-01")
                    .empty()); // 30 days back over Feb 29
    EXPECT_EQ(messageIds(errorsFor(form, {{"d", "2024-01-30"}}, "d", "2024-03-01")),
              Ids{"validation.dateWithin"});
}

TEST(Rules, Checksum)
{
    auto form = makeForm(
        formDocument({field("n", "text", {{{"type", "checksum"}, {"algorithm", "mod11"}}})}));
    EXPECT_TRUE(errorsFor(form, {{"n", "12345674"}}, "n").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"n", "12345675"}}, "n")), Ids{"validation.checksum"});
}

TEST(Rules, NationalIdFormatPatternAndChecksum)
{
    json extra = {
        {"idFormats",
         {{"nid", {{"pattern", "[0-9]{10}"}, {"checksum", "luhn"}, {"message", "m.nid"}}}}}};
    auto form = makeForm(
        formDocument({field("id", "nationalId", json::array(), {{"idFormat", "nid"}})}, extra));
    EXPECT_TRUE(errorsFor(form, {{"id", "1234567897"}}, "id").empty()); // Luhn-valid
    auto errors = errorsFor(form, {{"id", "1234567890"}}, "id");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "m.nid");
    EXPECT_EQ(errors[0].params, json({{"format", "nid"}}));
    EXPECT_EQ(messageIds(errorsFor(form, {{"id", "123456789"}}, "id")), Ids{"m.nid"}); // too short
}

TEST(Rules, PhoneWithCountryPatternAndDefault)
{
    auto form = makeForm(formDocument(
        {field("p", "phone",
               {{{"type", "phone"}, {"pattern", "(\\+260|0)[0-9]{9}"}, {"message", "m.phone"}}}),
         field("q", "phone", json::array())}));
    EXPECT_TRUE(errorsFor(form, {{"p", "+260971234567"}}, "p").empty());
    EXPECT_TRUE(errorsFor(form, {{"p", "0971234567"}}, "p").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"p", "+33612345678"}}, "p")), Ids{"m.phone"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"p", "call me"}}, "p")),
              Ids{"validation.phone"}); // built-in shape
    EXPECT_TRUE(errorsFor(form, {{"q", "+33 6 12 34 56 78"}}, "q").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"q", "12345"}}, "q")), Ids{"validation.phone"});
}

TEST(Rules, Email)
{
    auto form =
        makeForm(formDocument({field("e", "email", json::array()),
                               field("t", "text", {{{"type", "email"}, {"message", "m.email"}}})}));
    EXPECT_TRUE(errorsFor(form, {{"e", "amina@example.org"}}, "e").empty());
    for (const char* bad :
         {"amina", "amina@", "@example.org", "a b@example.org", "a@b", "a@@b.org", "a@b..org"})
        EXPECT_EQ(messageIds(errorsFor(form, {{"e", bad}}, "e")), Ids{"validation.email"}) << bad;
    EXPECT_EQ(messageIds(errorsFor(form, {{"t", "nope"}}, "t")), Ids{"m.email"});
}

TEST(Rules, LogicCrossFieldRule)
{
    auto form = makeForm(
        formDocument({field("born", "number", json::array()),
                      field("living", "number",
                            {{{"type", "logic"},
                              {"condition", {{"<=", {{{"var", "living"}}, {{"var", "born"}}}}}},
                              {"message", "m.too_many"}}})}));
    EXPECT_TRUE(errorsFor(form, {{"born", 3}, {"living", 3}}, "living").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"born", 2}, {"living", 3}}, "living")),
              Ids{"m.too_many"});
    EXPECT_TRUE(errorsFor(form, {{"born", 2}}, "living").empty()); // rules run on filled-in fields
}

TEST(Rules, TypeErrorSkipsRules)
{
    auto form = makeForm(formDocument({field("d", "date", {{{"type", "notInFuture"}}})}));
    EXPECT_EQ(messageIds(errorsFor(form, {{"d", 20240101}}, "d")), Ids{"validation.type.date"});
}
