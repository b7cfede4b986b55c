// FieldDisplay (plain C++): a record's values as a person reads them, in the session's language:
// labels and option texts from the form catalog, names joined, reference ids named, ages,
// documents; values the form version does not know are still shown under their ids.
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/session/ShippedForms.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;

namespace
{

const ShippedForms& shipped()
{
    static const ShippedForms s = loadShippedForms(locateShareDirectory());
    return s;
}

Record sample()
{
    Record r;
    r.formId = "birth";
    r.formVersion = 1;
    r.fields = {
        {"child_name", {{"first", "Amina"}, {"middle", ""}, {"family", "Banda"}}},
        {"child_sex", "female"},
        {"birth_facility", "HF-ALD-1"},
        {"place_of_birth_type", "health_facility"},
        {"father_birth_date", {{"age", 31}}},
        {"child_birth_date", "2026-11-03"},
        {"informant_declaration", true},
        {"proof_of_birth",
         nlohmann::json::array({{{"name", "n.pdf"}, {"documentType", "birth_notification"}}})},
        {"legacy_field", "kept"}};
    return r;
}

std::map<std::string, DisplayRow> byId(const std::vector<DisplayRow>& rows)
{
    std::map<std::string, DisplayRow> out;
    for (const auto& r : rows)
        out[r.fieldId] = r;
    return out;
}

TEST(FieldDisplay, FormatsValuesWithCatalogTextsInTheSessionsLanguage)
{
    ASSERT_TRUE(shipped().problems.isEmpty()) << shipped().problems.toStdString();
    const FieldDisplay fr(*shipped().registry, shipped().reference.get(), "fr");
    auto rows = byId(fr.rows(sample()));
    EXPECT_EQ(rows["child_name"].label, "Nom de l'enfant");
    EXPECT_EQ(rows["child_name"].value, "Amina Banda") << "empty parts are skipped";
    EXPECT_EQ(rows["child_sex"].value, "Féminin");
    EXPECT_EQ(rows["father_birth_date"].value, "Âge en années: 31");
    // Dates as the form shows them (core/DateText), never the stored 2026-11-03.
    EXPECT_EQ(rows["child_birth_date"].value, "3 novembre 2026");
    EXPECT_EQ(rows["informant_declaration"].value, "Oui");
    EXPECT_EQ(rows["proof_of_birth"].value, "n.pdf (Notification de naissance)");
    EXPECT_NE(rows["birth_facility"].value, "HF-ALD-1") << "a facility is shown by its name";
    EXPECT_FALSE(rows["child_name"].page.empty());

    const FieldDisplay ar(*shipped().registry, shipped().reference.get(), "ar");
    rows = byId(ar.rows(sample()));
    EXPECT_EQ(rows["child_sex"].value, "أنثى");
    EXPECT_EQ(rows["child_name"].label, "اسم الطفل");
    EXPECT_EQ(rows["child_birth_date"].value, "3 نوفمبر 2026"); // Latin digits (user guide §8)
}

TEST(FieldDisplay, KeepsUnknownFieldsAndFormOrder)
{
    const FieldDisplay en(*shipped().registry, shipped().reference.get(), "en");
    const auto rows = en.rows(sample());
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front().fieldId, "child_name") << "form order, first page first";
    EXPECT_EQ(rows.back().fieldId, "legacy_field");
    EXPECT_EQ(rows.back().label, "legacy_field");
    EXPECT_EQ(rows.back().value, "kept");
    // A missing form version still shows every value, under field ids.
    Record unknown = sample();
    unknown.formVersion = 99;
    EXPECT_EQ(en.rows(unknown).size(), sample().fields.size());
    // An unknown language falls back to English texts, never to blanks.
    const FieldDisplay xx(*shipped().registry, shipped().reference.get(), "xx");
    EXPECT_EQ(byId(xx.rows(sample()))["child_sex"].value, "Female");
}

} // namespace
