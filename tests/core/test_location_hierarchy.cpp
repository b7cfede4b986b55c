#include "core/LocationHierarchy.h"

#include <gtest/gtest.h>

using namespace vitalis;

namespace
{

LocationHierarchy sampleCountry()
{
    return LocationHierarchy::fromJson(nlohmann::json::parse(R"({"locations": [
      {"id": "C", "type": "country", "name": {"en": "Farajaland", "fr": "Farajie", "ar": "فراجالاند"}},
      {"id": "P1", "parent": "C", "type": "province", "name": "Central"},
      {"id": "P2", "parent": "C", "type": "province", "name": "Sulaka"},
      {"id": "D1", "parent": "P1", "type": "district", "name": "Ibombo"},
      {"id": "D2", "parent": "P1", "type": "district", "name": "North Kanto"},
      {"id": "D3", "parent": "P2", "type": "district", "name": "Île-de-Sulaka"},
      {"id": "O1", "parent": "D1", "type": "office", "name": "Ibombo District Office"},
      {"id": "V1", "parent": "D2", "type": "village", "name": "Kantobe"},
      {"id": "V2", "parent": "D3", "type": "village", "name": "Kandolo"}
    ]})"));
}

std::vector<std::string> ids(const std::vector<const Location*>& locs)
{
    std::vector<std::string> out;
    for (auto* l : locs)
        out.push_back(l->id);
    return out;
}

} // namespace

TEST(LocationHierarchy, JurisdictionContainment)
{
    const auto h = sampleCountry();
    EXPECT_TRUE(h.isInside("O1", "D1"));
    EXPECT_TRUE(h.isInside("O1", "P1"));
    EXPECT_TRUE(h.isInside("O1", "C"));
    EXPECT_TRUE(h.isInside("D1", "D1")); // a jurisdiction contains itself
    EXPECT_FALSE(h.isInside("O1", "D2"));
    EXPECT_FALSE(h.isInside("V2", "P1"));
    EXPECT_FALSE(h.isInside("P1", "O1"));
    EXPECT_FALSE(h.isInside("nowhere", "C"));
    EXPECT_FALSE(h.isInside("O1", "nowhere"));
    EXPECT_EQ(h.pathToRoot("V1"), (std::vector<std::string>{"V1", "D2", "P1", "C"}));
    EXPECT_EQ(h.children("P1"), (std::vector<std::string>{"D1", "D2"}));
}

TEST(LocationHierarchy, PrefixSearchMatchesWordStartsIgnoringCaseAndAccents)
{
    const auto h = sampleCountry();
    EXPECT_EQ(ids(h.search({"kan", 10, {}, {}})), (std::vector<std::string>{"V2", "D2", "V1"}));
    EXPECT_EQ(ids(h.search({"ile-de", 10, {}, {}})), std::vector<std::string>{"D3"});
    EXPECT_EQ(ids(h.search({"ÎLE", 10, {}, {}})), std::vector<std::string>{"D3"});
    EXPECT_EQ(ids(h.search({"kan", 10, std::string("P1"), {}})),
              (std::vector<std::string>{"D2", "V1"}));
    EXPECT_EQ(ids(h.search({"kan", 10, {}, std::string("village")})),
              (std::vector<std::string>{"V2", "V1"}));
    EXPECT_EQ(ids(h.search({"ibombo", 10, {}, {}})), (std::vector<std::string>{"D1", "O1"}));
    EXPECT_EQ(ids(h.search({"kan", 1, {}, {}})).size(), 1u);
    EXPECT_EQ(ids(h.search({"فرا", 5, {}, {}})), std::vector<std::string>{"C"});
    EXPECT_EQ(ids(h.search({"farajie", 5, {}, {}})), std::vector<std::string>{"C"});
    EXPECT_TRUE(h.search({"zzz", 5, {}, {}}).empty());
    EXPECT_EQ(h.find("C")->name("fr"), "Farajie");
    EXPECT_EQ(h.find("P1")->name("ar"), "Central"); // falls back to English
}

TEST(LocationHierarchy, ErrorsNameJsonPaths)
{
    try {
        LocationHierarchy::fromJson(nlohmann::json::parse(R"({"locations": [
          {"id": "C", "type": "country", "name": "X"},
          {"id": "D", "parent": "Q", "type": "district", "name": "Y"},
          {"id": "C", "type": "country", "name": "Z"},
          {"id": "E", "type": "district"}
        ]})"));
        FAIL();
    } catch (const LocationError& e) {
        ASSERT_EQ(e.errors().size(), 3u) << e.what();
        EXPECT_EQ(e.errors()[0], "/locations/2/id: duplicate id 'C' (first at /locations/0)");
        EXPECT_EQ(e.errors()[1],
                  "/locations/3/name: expected a string or an object of names by language");
        EXPECT_EQ(e.errors()[2], "/locations/1/parent: unknown location 'Q'");
    }
}

TEST(LocationHierarchy, TyposInKeysAreNotSilentlyIgnored)
{
    // "parent_id" instead of "parent" would otherwise make the district a second root.
    try {
        LocationHierarchy::fromJson(nlohmann::json::parse(R"({"locations": [
          {"id": "C", "type": "country", "name": "X"},
          {"id": "D", "parent_id": "C", "type": "", "name": {"en": "Y", "fr": 3}}
        ]})"));
        FAIL();
    } catch (const LocationError& e) {
        ASSERT_EQ(e.errors().size(), 3u) << e.what();
        EXPECT_EQ(e.errors()[0],
                  "/locations/1/parent_id: unknown key (expected id, parent, type and name)");
        EXPECT_EQ(e.errors()[1], "/locations/1/type: expected a non-empty string");
        EXPECT_EQ(e.errors()[2], "/locations/1/name/fr: expected a string");
    }
    EXPECT_THROW(LocationHierarchy::fromJson(nlohmann::json::parse(R"({"places": []})")),
                 LocationError);
}

TEST(LocationHierarchy, BuildFromAListReportsDuplicatesAndUnknownParents)
{
    try {
        LocationHierarchy::build({{"C", "", "country", {{"en", "C"}}},
                                  {"C", "", "country", {{"en", "C again"}}},
                                  {"D", "Q", "district", {{"en", "D"}}}});
        FAIL();
    } catch (const LocationError& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.what();
        EXPECT_EQ(e.errors()[0], "location 'C': duplicate id");
        EXPECT_EQ(e.errors()[1], "location 'D': unknown parent 'Q'");
    }
}

TEST(LocationHierarchy, CyclesAreRejected)
{
    try {
        LocationHierarchy::fromJson(nlohmann::json::parse(R"({"locations": [
          {"id": "R", "type": "country", "name": "Root"},
          {"id": "A", "parent": "B", "type": "district", "name": "A"},
          {"id": "B", "parent": "A", "type": "district", "name": "B"}
        ]})"));
        FAIL();
    } catch (const LocationError& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.what();
        EXPECT_EQ(e.errors()[0],
                  "/locations/1: location 'A': part of a cycle (it is its own ancestor)");
        EXPECT_EQ(e.errors()[1],
                  "/locations/2: location 'B': part of a cycle (it is its own ancestor)");
    }
}

TEST(LocationHierarchy, DeepChainsDoNotOverflowTheStack)
{
    std::vector<Location> chain;
    for (int i = 0; i < 200000; ++i)
        chain.push_back({"L" + std::to_string(i),
                         i ? "L" + std::to_string(i - 1) : "",
                         "area",
                         {{"en", "Place " + std::to_string(i)}}});
    const auto h = LocationHierarchy::build(std::move(chain));
    EXPECT_TRUE(h.isInside("L199999", "L0"));
    EXPECT_FALSE(h.isInside("L0", "L199999"));
}
