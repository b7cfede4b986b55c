// Pickers over 100,000 places: word-start search, the user's jurisdiction first, paths that
// tell same-named villages apart, facilities under districts kept in another source.
#include "forms/ReferenceSearch.h"

#include <gtest/gtest.h>

using namespace vitalis::forms;

namespace
{

std::string same(const std::string& s)
{
    return s;
}

// 10 provinces × 100 districts × 100 villages; every district has a "Brenwick Village".
StaticReferenceData country()
{
    StaticReferenceData data;
    for (int p = 0; p < 10; ++p) {
        const std::string pid = "P" + std::to_string(p);
        data.add("locations", {pid, "", "Province " + std::to_string(p), false});
        for (int d = 0; d < 100; ++d) {
            const std::string did = pid + "-D" + std::to_string(d);
            const std::string dname = d == 7 && p == 3 ? "Aldmoor" : "District " + did;
            data.add("locations", {did, pid, dname, false});
            data.add("locations", {did + "-V0", did, "Brenwick Village", true});
            for (int v = 1; v < 98; ++v)
                data.add("locations", {did + "-V" + std::to_string(v), did,
                                       "Village " + std::to_string(v), true});
        }
    }
    data.add("facilities", {"HF-1", "P3-D7", "Aldmoor District Hospital", true});
    data.add("facilities", {"HF-2", "P5-D1", "Brenwick Health Centre", true});
    return data;
}

} // namespace

TEST(ReferenceSearch, JurisdictionFirstAndPathsTellSameNamesApart)
{
    const auto data = country();
    ReferenceSearch search(data, "locations", true, same);

    const auto found = search.search("brenw", 5, "P3-D7");
    ASSERT_EQ(found.size(), 5u);
    EXPECT_EQ(found[0].id, "P3-D7-V0"); // the user's own district first
    EXPECT_EQ(found[0].path, "Province 3 > Aldmoor > Brenwick Village");
    for (std::size_t i = 1; i < found.size(); ++i)
        EXPECT_NE(found[i].path, found[0].path);

    // Word starts, any case; areas (provinces, districts) are not offered for a village field.
    EXPECT_TRUE(search.search("ALDMOOR", 5, "").empty());
    EXPECT_EQ(search.search("village 97", 3, "P0-D0").at(0).id, "P0-D0-V97");
    EXPECT_TRUE(search.offers("P3-D7-V0"));
    EXPECT_FALSE(search.offers("P3-D7"));

    // Its speed (every keystroke) is measured by bench_forms' BM_ReferenceSearch.
}

TEST(ReferenceSearch, FacilitiesShowTheirDistrictFromTheLocations)
{
    const auto data = country();
    ReferenceSearch search(data, "facilities", false,
                           [](const std::string& s) { return s == "Aldmoor" ? "Aldmour" : s; });
    const auto found = search.search("hosp", 10, "");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "Province 3 > Aldmour > Aldmoor District Hospital");
    EXPECT_EQ(search.search("br", 10, "P3")[0].id, "HF-2"); // outside the jurisdiction: still found
    EXPECT_TRUE(search.search("province", 10, "").empty());
    EXPECT_EQ(search.path("nowhere"), "");
}
