// The value shape each field type accepts, and the errors it gives otherwise.
#include "forms/ReferenceData.h"
#include "tests/forms/FormTestUtil.h"

using namespace vitalis::forms;
using namespace vitalis::forms::test;
using nlohmann::json;
using Ids = std::vector<std::string>;

namespace
{
json f(const char* id, const char* type, json more = json::object())
{
    json x = {{"id", id}, {"type", type}, {"label", std::string("l.") + id}};
    x.update(more);
    return x;
}

StaticReferenceData locations()
{
    StaticReferenceData ref;
    ref.add("locations", {"prov-central", "", "Central", true});
    ref.add("locations", {"dist-ibombo", "prov-central", "Ibombo", true});
    ref.add("locations", {"dist-isamba", "prov-central", "Isamba", true});
    ref.add("locations", {"vil-chibombo", "dist-ibombo", "Chibombo", true});
    ref.add("locations", {"vil-isamba", "dist-isamba", "Isamba town", true});
    ref.add("facilities", {"fac-ibombo-hc", "", "Ibombo Health Centre", true});
    return ref;
}
} // namespace

TEST(FieldTypes, TextAndLongTextHaveHardCaps)
{
    auto form = makeForm(formDocument({f("t", "text"), f("l", "longText")}));
    EXPECT_TRUE(errorsFor(form, {{"t", std::string(200, 'x')}}, "t").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"t", std::string(201, 'x')}}, "t")),
              Ids{"validation.tooLong"});
    EXPECT_TRUE(errorsFor(form, {{"l", std::string(5000, 'x')}}, "l").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"t", 12}}, "t")), Ids{"validation.type.text"});
}

TEST(FieldTypes, DateWithExactDateUnknownTakesAnAge)
{
    auto form = makeForm(
        formDocument({f("d", "date", {{"allowAge", true}, {"maxAge", 120}}), f("strict", "date")}));
    EXPECT_TRUE(errorsFor(form, {{"d", {{"age", 34}}}}, "d").empty());
    EXPECT_TRUE(errorsFor(form, {{"d", "1990-01-01"}}, "d").empty());
    auto errors = errorsFor(form, {{"d", {{"age", 121}}}}, "d");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "validation.age");
    EXPECT_EQ(errors[0].params, json({{"max", 120}}));
    EXPECT_EQ(messageIds(errorsFor(form, {{"d", {{"age", 3.5}}}}, "d")), Ids{"validation.age"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"d", {{"age", -1}}}}, "d")), Ids{"validation.age"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"strict", {{"age", 34}}}}, "strict")),
              Ids{"validation.type.date"});
}

TEST(FieldTypes, Time)
{
    auto form = makeForm(formDocument({f("t", "time")}));
    EXPECT_TRUE(errorsFor(form, {{"t", "23:59"}}, "t").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"t", "24:00"}}, "t")), Ids{"validation.type.time"});
}

TEST(FieldTypes, SelectRadioFromStaticOptionsAndOptionSets)
{
    json extra = {
        {"optionSets",
         {{"yn", {{{"value", "yes"}, {"label", "o.yes"}}, {{"value", "no"}, {"label", "o.no"}}}}}}};
    auto form = makeForm(
        formDocument({f("s", "select", {{"options", {{{"value", "a"}, {"label", "o.a"}}}}}),
                      f("r", "radio", {{"optionSet", "yn"}})},
                     extra));
    EXPECT_TRUE(errorsFor(form, {{"s", "a"}}, "s").empty());
    EXPECT_TRUE(errorsFor(form, {{"r", "no"}}, "r").empty());
    auto errors = errorsFor(form, {{"r", "maybe"}}, "r");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "validation.option");
    EXPECT_EQ(errors[0].params, json({{"value", "maybe"}}));
}

TEST(FieldTypes, SelectFromReferenceDataWithParent)
{
    auto ref = locations();
    auto form = makeForm(formDocument(
        {f("district", "select", {{"optionsFrom", {{"source", "locations"}}}}),
         f("village", "select",
           {{"optionsFrom",
             {{"source", "locations"}, {"parentField", "district"}, {"leafOnly", true}}}})}));
    auto errs = [&](json v, const char* field) {
        return messageIds(errorsFor(form, v, field, "2024-03-01", ValidationMode::Declare, &ref));
    };
    EXPECT_TRUE(
        errs({{"district", "dist-ibombo"}, {"village", "vil-chibombo"}}, "village").empty());
    EXPECT_EQ(errs({{"district", "dist-isamba"}, {"village", "vil-chibombo"}}, "village"),
              Ids{"validation.option.parent"});
    EXPECT_EQ(errs({{"village", "dist-ibombo"}}, "village"), Ids{"validation.location.leaf"});
    EXPECT_EQ(errs({{"district", "nowhere"}}, "district"), Ids{"validation.option"});
    // Without reference data (e.g. before it has synced) lookups are not judged.
    EXPECT_TRUE(errorsFor(form, {{"district", "nowhere"}}, "district").empty());
}

TEST(FieldTypes, Checkbox)
{
    auto form = makeForm(formDocument({f("c", "checkbox", {{"required", true}})}));
    EXPECT_TRUE(errorsFor(form, {{"c", true}}, "c").empty());
    EXPECT_EQ(messageIds(errorsFor(form, {{"c", false}}, "c")),
              Ids{"validation.required"}); // must be ticked
    EXPECT_EQ(messageIds(errorsFor(form, {{"c", "yes"}}, "c")), Ids{"validation.type.checkbox"});
}

TEST(FieldTypes, PersonNameRequiredParts)
{
    auto form = makeForm(formDocument({f("n", "personName", {{"required", true}})}));
    EXPECT_TRUE(errorsFor(form, {{"n", {{"first", "Amina"}, {"family", "Banda"}}}}, "n").empty());
    auto errors = errorsFor(form, {{"n", {{"first", "Amina"}, {"middle", "J"}}}}, "n");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "validation.required");
    EXPECT_EQ(errors[0].params, json({{"part", "family"}}));
    EXPECT_EQ(
        messageIds(errorsFor(form, {{"n", {{"first", "A"}, {"nick", "B"}, {"family", "C"}}}}, "n")),
        Ids{"validation.type.name"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"n", "Amina Banda"}}, "n")),
              Ids{"validation.type.name"});

    auto firstOnly = makeForm(formDocument(
        {f("n", "personName",
           {{"required", true}, {"parts", {"first", "family"}}, {"requiredParts", {"first"}}})}));
    EXPECT_TRUE(errorsFor(firstOnly, {{"n", {{"first", "Amina"}}}}, "n").empty());
    EXPECT_EQ(messageIds(errorsFor(firstOnly, {{"n", {{"first", "A"}, {"middle", "B"}}}}, "n")),
              Ids{"validation.type.name"});
}

TEST(FieldTypes, AddressDownToALeaf)
{
    auto ref = locations();
    auto form = makeForm(formDocument({f("a", "address", {{"required", true}})}));
    auto errs = [&](json v) {
        return messageIds(
            errorsFor(form, {{"a", v}}, "a", "2024-03-01", ValidationMode::Declare, &ref));
    };
    EXPECT_TRUE(errs({{"location", "vil-chibombo"}, {"line", "Plot 12, near the market"}}).empty());
    EXPECT_EQ(errs({{"location", "dist-ibombo"}}), Ids{"validation.location.leaf"});
    EXPECT_EQ(errs({{"location", "atlantis"}}), Ids{"validation.location"});
    EXPECT_EQ(errs({{"line", "somewhere"}}), Ids{"validation.location"});
    EXPECT_EQ(errs({{"location", "vil-chibombo"}, {"zip", "1"}}), Ids{"validation.type.address"});
}

TEST(FieldTypes, AttachmentTypeSizeCountAndDocumentType)
{
    auto form =
        makeForm(formDocument({f("doc", "attachment",
                                 {{"documentTypes", {{{"value", "passport"}, {"label", "d.p"}}}},
                                  {"acceptedTypes", {"image/jpeg", "application/pdf"}},
                                  {"maxSize", 1000},
                                  {"maxFiles", 2}})}));
    json ok = {{"documentType", "passport"},
               {"mediaType", "image/jpeg"},
               {"size", 1000},
               {"name", "p.jpg"}};
    EXPECT_TRUE(errorsFor(form, {{"doc", {ok}}}, "doc").empty());
    json big = ok;
    big["size"] = 1001;
    auto errors = errorsFor(form, {{"doc", {ok, big}}}, "doc");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].messageId, "validation.attachment.size");
    EXPECT_EQ(errors[0].params, json({{"index", 1}, {"max", 1000}}));
    json gif = ok;
    gif["mediaType"] = "image/gif";
    EXPECT_EQ(messageIds(errorsFor(form, {{"doc", {gif}}}, "doc")),
              Ids{"validation.attachment.mediaType"});
    json letter = ok;
    letter["documentType"] = "letter";
    EXPECT_EQ(messageIds(errorsFor(form, {{"doc", {letter}}}, "doc")),
              Ids{"validation.attachment.documentType"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"doc", {ok, ok, ok}}}, "doc")),
              Ids{"validation.attachment.count"});
    EXPECT_EQ(messageIds(errorsFor(form, {{"doc", ok}}, "doc")), Ids{"validation.type.attachment"});
}

TEST(FieldTypes, ComputedAndDisplayFields)
{
    auto form =
        makeForm(formDocument({{{"id", "h"}, {"type", "heading"}, {"text", "t.h"}},
                               {{"id", "p"}, {"type", "paragraph"}, {"text", "t.p"}},
                               f("dob", "date"),
                               f("age", "computed",
                                 {{"value", {{"age_years", {{{"var", "dob"}}}}}},
                                  {"unit", "years"},
                                  {"rules", {{{"type", "range"}, {"min", 10}, {"max", 65}}}}})}));
    FormEvaluator ev(form, fixedToday(day("2024-03-01")));
    ev.setValues({{"dob", "2000-03-01"}, {"age", 99}}); // a typed-in computed value is ignored
    EXPECT_EQ(ev.values()["age"], 24);
    EXPECT_TRUE(ev.field("age").errors.empty());
    EXPECT_FALSE(ev.field("age").required);
    EXPECT_TRUE(ev.field("h").visible);
    ev.setValue("dob", "2020-01-01");
    EXPECT_EQ(ev.values()["age"], 4);
    EXPECT_EQ(messageIds(ev.field("age").errors), Ids{"validation.range"});
    EXPECT_THROW(ev.setValue("age", 3), std::invalid_argument);
}

TEST(FieldTypes, AgeOfSomeoneBornAfterTodayIsEmptyNeverNegative)
{
    auto form = makeForm(
        formDocument({f("dob", "date"), f("other", "date"),
                      f("age", "computed", {{"value", {{"age_years", {{{"var", "dob"}}}}}}}),
                      f("age_at", "computed",
                        {{"value", {{"age_years", {{{"var", "dob"}}, {{"var", "other"}}}}}}})}));
    FormEvaluator ev(form, fixedToday(day("2026-11-20")));
    ev.setValues({{"dob", "2026-11-21"}, {"other", "2027-01-01"}}); // a day ahead
    EXPECT_FALSE(ev.values().contains("age"));
    EXPECT_FALSE(ev.values().contains("age_at"));
    ev.setValues({{"dob", "2026-11-20"}, {"other", "2020-01-01"}}); // born today; the other before
    EXPECT_EQ(ev.values()["age"], 0);
    EXPECT_EQ(ev.values()["age_at"], -7); // two past dates in the wrong order: a range rule sees it
}
