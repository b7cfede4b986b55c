// Local search: name prefixes, phonetic matches, tracking/registration numbers and dates
// over the FTS4 index the repository maintains.
#include "core/PhoneticKey.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{
class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        StoreOptions options;
        options.search.nameFieldIds = {"informant.fullName"};
        store = ProfileStore::open(tmp / "p", keys, options);
        add("r1", "Kofi", "Mensah", "2024-01-05", "TRK001", "");
        add("r2", "Kofi", "Boateng", "2023-12-30", "TRK002", "2024-ACC-000001",
            RecordStatus::Registered);
        add("r3", "Abena", "Mensa", "2024-01-05", "TRK003", "");
        add("r4", "Jean-Pierre", "Müller", "2022-07-01", "TRK004", "");
        add("r5", "Robert", "Smith", "2021-02-02", "TRK005", "");
        Record r6 = sampleRecord("r6", "Yaa", "Asantewaa");
        r6.fields.erase("mother.familyName");
        r6.fields["mother.firstName"] = "Akosua";
        r6.fields["informant.fullName"] = "Kwesi Appiah";
        store->records().insert(r6);
    }
    void add(const std::string& id, const std::string& first, const std::string& family,
             const std::string& dob, const std::string& tracking, const std::string& reg,
             RecordStatus status = RecordStatus::Declared)
    {
        Record r = sampleRecord(id, first, family, status);
        r.fields["child.dateOfBirth"] = dob;
        r.fields["mother.familyName"] = "Other";
        r.trackingId = tracking;
        r.registrationNumber = reg;
        store->records().insert(r);
    }
    std::vector<std::string> ids(const SearchQuery& q)
    {
        std::vector<std::string> out;
        for (const auto& r : store->records().search(q))
            out.push_back(r.id);
        std::sort(out.begin(), out.end());
        return out;
    }
    std::vector<std::string> byName(const std::string& text, bool phonetic = false)
    {
        SearchQuery q;
        q.name = text;
        q.phonetic = phonetic;
        return ids(q);
    }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};
using V = std::vector<std::string>;
} // namespace

TEST(PhoneticKeyTest, AgreesWithSqliteSoundexOnAsciiNames)
{
    TempDir tmp;
    Database db = Database::open(tmp / "x.db", Database::Mode::ReadWriteCreate);
    for (const char* name : {"Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister",
                             "Honeyman", "Mensah", "Mensa", "Boateng", "Owusu", "Lee", "A",
                             "Gutierrez", "Jackson", "O'Brien", "Van-Damme"}) {
        Statement st = db.prepare("SELECT soundex(?)");
        st.bind(1, name);
        ASSERT_TRUE(st.step()) << "soundex() missing from this SQLCipher build";
        EXPECT_EQ(phoneticKey(name), st.text(0)) << name;
    }
    EXPECT_EQ(phoneticKey("Müller"), phoneticKey("Muller"));
    EXPECT_EQ(phoneticKey("Łukasz"), phoneticKey("Lukasz"));
    EXPECT_EQ(foldToAscii("Ésther Ñúñez"), "Esther Nunez");
    EXPECT_EQ(phoneticKey("Мария"), ""); // no Latin letter: no key rather than a bogus one
    EXPECT_EQ(phoneticKey("123"), "");
}

TEST_F(SearchTest, NamePrefixesAcrossChildMotherAndConfiguredFields)
{
    EXPECT_EQ(byName("kof"), (V{"r1", "r2"}));
    EXPECT_EQ(byName("KOFI MENS"), (V{"r1"}));
    EXPECT_EQ(byName("mens"), (V{"r1", "r3"}));
    EXPECT_EQ(byName("akosua"), (V{"r6"})); // mother's name
    EXPECT_EQ(byName("appiah"), (V{"r6"})); // configured exact field id
    EXPECT_EQ(byName("pierre"), (V{"r4"})); // hyphenated names split into words
    EXPECT_EQ(byName("muller"), (V{"r4"})); // diacritics folded
    EXPECT_EQ(byName("müll"), (V{"r4"}));
    EXPECT_EQ(byName("zzz"), V{});
    EXPECT_EQ(byName("female"), V{}); // non-name fields are not indexed
}

TEST_F(SearchTest, HostileQueryTextCannotBreakTheQuery)
{
    EXPECT_EQ(byName("\"kofi"), (V{"r1", "r2"}));
    EXPECT_EQ(byName("kofi*"), (V{"r1", "r2"}));
    EXPECT_EQ(byName("-kofi"), (V{"r1", "r2"}));
    EXPECT_EQ(byName("search_names:kofi"), V{}); // a column name is just another word
    EXPECT_EQ(byName("kofi OR *"), V{});         // "or" is a word, not an operator: no match
}

TEST_F(SearchTest, PhoneticFindsNamesThatSoundAlike)
{
    EXPECT_EQ(byName("Mensa"), (V{"r1", "r3"})); // prefix already covers this one
    EXPECT_EQ(byName("Rupert"), V{});
    EXPECT_EQ(byName("Rupert", true), (V{"r5"})); // R163 = Robert
    EXPECT_EQ(byName("Boatenk", true), (V{"r2"}));
    EXPECT_EQ(byName("Kofi Boatenk", true), (V{"r2"})); // every word must match
    EXPECT_EQ(byName("Mueller", true), (V{"r4"}));      // M460 = Müller folded to Muller
}

TEST_F(SearchTest, TrackingRegistrationDateAndStatus)
{
    SearchQuery q;
    q.trackingId = "trk003";
    EXPECT_EQ(ids(q), (V{"r3"}));
    q = {};
    q.registrationNumber = "2024-ACC-000001";
    EXPECT_EQ(ids(q), (V{"r2"}));
    q = {};
    q.dateOfBirth = "2024-01-05";
    EXPECT_EQ(ids(q), (V{"r1", "r3"}));
    q.name = "abe";
    EXPECT_EQ(ids(q), (V{"r3"}));
    q = {};
    q.name = "kofi";
    q.status = RecordStatus::Registered;
    EXPECT_EQ(ids(q), (V{"r2"}));
    q = {};
    EXPECT_EQ(ids(q), V{}); // no criterion lists nothing
    q.name = "mens";
    q.limit = 1;
    EXPECT_EQ(store->records().search(q).size(), 1u);
}

TEST_F(SearchTest, IndexFollowsUpdatesAndRebuild)
{
    Record r = store->records().get("r5");
    r.fields["child.firstName"] = "Kojo";
    store->records().update(r);
    EXPECT_EQ(byName("robert"), V{});
    EXPECT_EQ(byName("kojo"), (V{"r5"}));
    store->db().exec("DELETE FROM record_search");
    EXPECT_EQ(byName("kojo"), V{});
    store->records().searchIndex().rebuild();
    EXPECT_EQ(byName("kojo"), (V{"r5"}));
}

TEST_F(SearchTest, NameSearchUsesTheFullTextIndex)
{
    Statement st = store->db().prepare(
        "EXPLAIN QUERY PLAN SELECT r.local_id FROM record_search s JOIN records r ON "
        "r.local_id = s.docid WHERE s.record_search MATCH 'search_names:kof*' ORDER BY s.docid "
        "DESC "
        "LIMIT 50");
    std::string detail;
    while (st.step())
        detail += st.text(3) + "\n";
    EXPECT_NE(detail.find("VIRTUAL TABLE INDEX"), std::string::npos) << detail;
}

TEST_F(SearchTest, ShippedFormShapesPersonNameObjectsAndBirthDates)
{
    // The birth form stores names as {"first", "middle", "family"} under ids like child_name.
    Record r = sampleRecord("r7", "unused", "unused");
    r.fields = {{"child_name", {{"first", "Amara"}, {"middle", "Ngozi"}, {"family", "Okafor"}}},
                {"mother_name", {{"first", "Chioma"}, {"family", "Eze"}}},
                {"child_birth_date", "2026-11-01"},
                {"place_of_birth_type", "health_facility"}};
    store->records().insert(r);
    EXPECT_EQ(byName("amara okaf"), (V{"r7"}));
    EXPECT_EQ(byName("ngoz"), (V{"r7"}));
    EXPECT_EQ(byName("chioma"), (V{"r7"}));
    EXPECT_EQ(byName("okafr", true), (V{"r7"})); // phonetic on an object part
    EXPECT_EQ(byName("health"), V{});            // other fields stay out of the index
    SearchQuery q;
    q.dateOfBirth = "2026-11-01";
    EXPECT_EQ(ids(q), (V{"r7"}));
}
