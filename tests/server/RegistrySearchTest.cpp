// Registry search by name and national ID (POST /api/v1/search, issue 18) against the real
// server on SQLite and PostgreSQL: names found as written and as they sound, IDs however they
// are spelt, keys that follow edits, and only in fields and places the client may see.
#include "tests/server/InteropFixture.h"

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class RegistrySearch : public Interop
{
protected:
    // A death in the test form whose spouse (a personName and a nationalId field) is searched.
    std::string declareDeath(Session& s, const std::string& office, const std::string& first,
                             const std::string& family, const std::string& nid)
    {
        const std::string id = newRecordId();
        const json fields = {{"deceased_name", "Deceased " + first},
                             {"death_date", "2026-11-20"},
                             {"spouse_details_available", "yes"},
                             {"spouse_name", {{"first", first}, {"family", family}}},
                             {"spouse_national_id", nid}};
        const auto r = s.push(json::array(
            {createOp(s.nextMutationId(), id, office, fields, "declare", "tdeath", "death")}));
        EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
        return id;
    }
    std::string searcher(const std::string& jurisdiction, const std::string& fields = {})
    {
        QStringList args{QStringLiteral("create"),
                         QStringLiteral("--name"),
                         QStringLiteral("Registry search"),
                         QStringLiteral("--scopes"),
                         QStringLiteral("search"),
                         QStringLiteral("--jurisdiction"),
                         QString::fromStdString(jurisdiction),
                         QStringLiteral("--events"),
                         QStringLiteral("death")};
        if (!fields.empty())
            args << QStringLiteral("--fields") << QString::fromStdString(fields);
        const json j = json::parse(clientCommand(args));
        return token({j["client_id"], j["client_secret"]});
    }
    HttpResponse search(const std::string& token, const json& q)
    {
        return httpRequest(
            "POST", server->url("/api/v1/search"), q.dump(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
    }
    // The spouses' first names the search returned, in its order.
    std::vector<std::string> firstNames(const std::string& token, const json& q)
    {
        const auto r = search(token, q);
        EXPECT_EQ(r.status, 200) << r.raw;
        std::vector<std::string> names;
        for (const auto& rec : r.body.value("results", json::array()))
            names.push_back(rec["fields"]["spouse_name"].value("first", "?"));
        return names;
    }
};

using Names = std::vector<std::string>;

TEST_P(RegistrySearch, NamesAreFoundAsWrittenAndAsTheySound)
{
    auto agent = login("agent1");
    declareDeath(*agent, "O1", "Mohammed", "Banda", nationalIdFor("a"));
    declareDeath(*agent, "O1", "Muhammad", "Phiri", nationalIdFor("b"));
    declareDeath(*agent, "O1", "Grâce", "Mwale", nationalIdFor("c"));
    declareDeath(*agent, "O1", "Ruth", "Banda", nationalIdFor("d"));
    const std::string t = searcher("D1");

    EXPECT_EQ(firstNames(t, {{"name", "Muhammad"}}), (Names{"Muhammad", "Mohammed"}));
    EXPECT_EQ(firstNames(t, {{"name", "muhammad"}, {"name_match", "exact"}}), Names{"Muhammad"});
    EXPECT_EQ(firstNames(t, {{"name", "Mohamed BANDA"}}), Names{"Mohammed"})
        << "every word must be found";
    EXPECT_EQ(firstNames(t, {{"name", "banda"}}), (Names{"Ruth", "Mohammed"})) << "newest first";
    EXPECT_EQ(firstNames(t, {{"name", "grace"}, {"name_match", "exact"}}), Names{"Grâce"})
        << "accents and case fold";
    EXPECT_EQ(firstNames(t, {{"name", "Banda"}, {"name_field", "spouse_name"}, {"limit", 1}}),
              Names{"Ruth"});
    EXPECT_TRUE(firstNames(t, {{"name", "Banda"}, {"name_field", "deceased_name"}}).empty());
    EXPECT_TRUE(firstNames(t, {{"name", "Okafor"}}).empty());

    auto r = search(t, {{"name", " - "}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"]["path"], "/name") << r.raw;
    r = search(t, {{"name", "Ruth"}, {"name_match", "fuzzy"}});
    EXPECT_EQ(r.body["error"]["path"], "/name_match") << r.raw;
    r = search(t, {{"name_field", "spouse_name"}});
    EXPECT_EQ(r.body["error"]["path"], "/name_field") << r.raw;
}

TEST_P(RegistrySearch, NationalIdsAreFoundHoweverSpeltAndKeysFollowEdits)
{
    auto agent = login("agent1");
    const std::string nid = nationalIdFor("spouse");
    const std::string id = declareDeath(*agent, "O1", "Chanda", "Zulu", nid);
    declareDeath(*agent, "O1", "Other", "Zulu", nationalIdFor("other"));
    const std::string t = searcher("D1");
    const std::string spaced = nid.substr(0, 3) + " " + nid.substr(3, 3) + "-" + nid.substr(6);
    EXPECT_EQ(firstNames(t, {{"national_id", spaced}}), Names{"Chanda"});
    EXPECT_EQ(firstNames(t, {{"national_id", nid}, {"name", "zulu"}}), Names{"Chanda"});
    EXPECT_TRUE(firstNames(t, {{"national_id", nid}, {"name", "Okafor"}}).empty());

    // The spouse's name is corrected before registration: found by the new name only.
    const auto r = agent->push(
        json::array({changeOp(agent->nextMutationId(), id, "edit", 1,
                              changes({{"spouse_name", {{"first", "Chanda"}, {"family", "Lungu"}}}},
                                      {{"spouse_name", {{"first", "Chanda"}, {"family", "Zulu"}}}}),
                              "tdeath")}));
    ASSERT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
    EXPECT_EQ(firstNames(t, {{"name", "Zulu"}}), Names{"Other"});
    EXPECT_EQ(firstNames(t, {{"name", "Chanda Lungu"}}), Names{"Chanda"});
    EXPECT_EQ(firstNames(t, {{"national_id", nid}}), Names{"Chanda"}) << "the ID kept its key";
}

TEST_P(RegistrySearch, AChangedKeyFormatRebuildsTheKeysOnceAtTheNextStart)
{
    auto agent = login("agent1");
    declareDeath(*agent, "O1", "Chanda", "Zulu", nationalIdFor("spouse"));
    declareDeath(*agent, "O1", "Other", "Zulu", nationalIdFor("other"));
    server->stop();
    {
        // What a build with another key format finds: the mark of the format the keys were made
        // with is not its own.
        server::Db raw(dbSettings(db->url()), QStringLiteral("search-format"));
        raw.execute(QStringLiteral("UPDATE server_meta SET value = 'older' WHERE key = "
                                   "'search_keys_format'"),
                    {});
    }
    server->restart();
    EXPECT_NE(server->output().find("search: 2 record(s) indexed"), std::string::npos)
        << server->output();
    const std::string t = searcher("D1");
    EXPECT_EQ(firstNames(t, {{"name", "Zulu"}}).size(), 2u) << "each record once";
    EXPECT_EQ(firstNames(t, {{"name", "Chanda Zulu"}}), Names{"Chanda"});
}

TEST_P(RegistrySearch, OnlyFieldsAndPlacesTheClientMaySeeAreSearched)
{
    auto agent = login("agent1");
    const std::string nid = nationalIdFor("hidden");
    declareDeath(*agent, "O1", "Hidden", "Tembo", nid);
    declareDeath(*login("agent3"), "O3", "Far", "Tembo", nationalIdFor("far"));
    const std::string noSpouse = searcher("D1", "deceased_name,death_date");
    auto r = search(noSpouse, {{"name", "Tembo"}});
    EXPECT_TRUE(r.body["results"].empty()) << "spouse_name is not its to see: " << r.raw;
    r = search(noSpouse, {{"national_id", nid}});
    EXPECT_TRUE(r.body["results"].empty()) << r.raw;
    EXPECT_EQ(r.body.dump().find("Hidden"), std::string::npos);

    const std::string d1 = searcher("D1"), d3 = searcher("D3");
    EXPECT_EQ(firstNames(d1, {{"name", "Tembo"}}), Names{"Hidden"});
    EXPECT_EQ(firstNames(d3, {{"name", "Tembo"}}), Names{"Far"});
    EXPECT_TRUE(firstNames(d3, {{"national_id", nid}}).empty()) << "outside its jurisdiction";
}

VITALIS_SERVER_BACKENDS(RegistrySearch);

} // namespace
