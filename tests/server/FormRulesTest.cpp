// What the form lets a push store (issue 14, defects 1 and 2), against the real server on both
// backends with the test death form (tests/server/data/tdeath.json): values of fields the form
// hides or lacks are refused naming the field and why, answers an op hides are cleared in the
// same revision, computed values are the server's, and size limits hold.
#include "tests/support/ServerTest.h"

#include <string>

using namespace vitalis::test;

namespace
{

json deathFields()
{
    return {{"deceased_name", "Tomas Phiri"},
            {"death_date", "2026-03-01"},
            {"deceased_birth_date", "1995-06-15"},
            {"spouse_details_available", "yes"},
            {"spouse_name", {{"first", "Ruth"}, {"family", "Phiri"}}},
            {"spouse_national_id", "1234567897"}};
}

json createDeath(Session& s, const std::string& id, const json& fields)
{
    return createOp(s.nextMutationId(), id, "O1", fields, "declare", "tdeath", "death");
}

json edit(Session& s, const std::string& id, std::int64_t baseRev, const json& values)
{
    return changeOp(s.nextMutationId(), id, "edit", baseRev, changes(values), "tdeath");
}

const json* errorFor(const json& result, const std::string& field)
{
    for (const auto& e : result["errors"])
        if (e["field"] == field)
            return &e;
    return nullptr;
}

} // namespace

class FormRules : public ServerTest
{
};

TEST_P(FormRules, HiddenAndUnknownValuesAreRefusedNamingTheFieldAndWhy)
{
    auto s = login("agent1");
    json fields = deathFields();
    fields["spouse_details_available"] = "no";
    fields["spouse_national_id"] = "0000000001"; // bad check digit, and hidden
    fields["spouse_name"]["first"] = std::string(5000, 'x');
    fields["blob"] = {{"data", std::string(200'000, 'z')}}; // no such field
    const std::string id = newRecordId();
    const auto r = s->push(json::array({createDeath(*s, id, fields)}));
    ASSERT_EQ(r.status, 200) << r.raw.substr(0, 2000);
    const json& res = r.body["results"][0];
    EXPECT_EQ(res["status"], "rejected") << res.dump().substr(0, 2000);
    const json* nid = errorFor(res, "spouse_national_id");
    ASSERT_TRUE(nid) << res.dump().substr(0, 2000);
    EXPECT_EQ((*nid)["code"], "hidden");
    EXPECT_NE((*nid)["message"].get<std::string>().find("spouse_details_available = no"),
              std::string::npos)
        << *nid;
    ASSERT_TRUE(errorFor(res, "spouse_name"));
    EXPECT_EQ((*errorFor(res, "spouse_name"))["code"], "hidden");
    const json* blob = errorFor(res, "blob");
    ASSERT_TRUE(blob);
    EXPECT_EQ((*blob)["code"], "unknown_field");
    EXPECT_NE((*blob)["message"].get<std::string>().find("not a field of form tdeath v1"),
              std::string::npos)
        << *blob;
    EXPECT_EQ(s->pullAll().count(id), 0u) << "nothing of a refused op is stored";
}

TEST_P(FormRules, OversizedValuesAreRefusedByType)
{
    auto s = login("agent1");
    json fields = deathFields();
    fields["spouse_name"]["first"] = std::string(5000, 'x');
    fields["remarks"] = std::string(6000, 'r');
    const auto r = s->push(json::array({createDeath(*s, newRecordId(), fields)}));
    ASSERT_EQ(r.status, 200) << r.raw.substr(0, 2000);
    const json& res = r.body["results"][0];
    EXPECT_EQ(res["status"], "rejected");
    ASSERT_TRUE(errorFor(res, "spouse_name")) << res.dump().substr(0, 2000);
    EXPECT_NE(
        (*errorFor(res, "spouse_name"))["message"].get<std::string>().find("validation.tooLong"),
        std::string::npos);
    ASSERT_TRUE(errorFor(res, "remarks"));

    // The whole record: each of 40 file names is within its limit, together over 64 KiB.
    json docs = json::array();
    for (int i = 0; i < 40; ++i)
        docs.push_back({{"documentType", "other"},
                        {"mediaType", "application/pdf"},
                        {"size", 10},
                        {"name", std::string(2000, 'n')}});
    fields = deathFields();
    fields["documents"] = docs;
    const auto big = s->push(json::array({createDeath(*s, newRecordId(), fields)}));
    ASSERT_EQ(big.status, 200) << big.raw.substr(0, 2000);
    ASSERT_EQ(big.body["results"][0]["status"], "rejected");
    EXPECT_EQ(big.body["results"][0]["errors"][0]["code"], "record_too_large")
        << big.body["results"][0].dump().substr(0, 2000);
}

TEST_P(FormRules, ComputedValuesAreTheServersNeverTheSenders)
{
    auto s = login("agent1");
    json fields = deathFields();
    fields["age_at_death"] = 99; // true value: 30
    const std::string id = newRecordId();
    const auto r = s->push(json::array({createDeath(*s, id, fields)}));
    ASSERT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
    EXPECT_EQ(s->pullAll().at(id)["fields"]["age_at_death"], 30);

    // A sent computed value alone changes nothing; a changed input recomputes it.
    s->push(json::array({edit(*s, id, 1, {{"age_at_death", 5}})}));
    EXPECT_EQ(s->pullAll().at(id)["fields"]["age_at_death"], 30);
    const auto moved = s->push(json::array(
        {edit(*s, id, 1, {{"deceased_birth_date", "2000-01-01"}, {"age_at_death", 77}})}));
    ASSERT_EQ(moved.body["results"][0]["status"], "applied") << moved.raw;
    const json record = s->pullAll().at(id);
    EXPECT_EQ(record["fields"]["age_at_death"], 26);
    const auto h = s->get("/api/v1/records/" + id + "/history");
    ASSERT_EQ(h.status, 200);
    EXPECT_EQ(h.body["history"].back()["changes"]["age_at_death"]["old"], 30) << h.raw;
    EXPECT_EQ(h.body["history"].back()["changes"]["age_at_death"]["new"], 26) << h.raw;
}

TEST_P(FormRules, AnOpThatHidesAnswersClearsThemInTheSameRevision)
{
    auto s = login("agent1");
    const std::string id = newRecordId();
    ASSERT_EQ(
        s->push(json::array({createDeath(*s, id, deathFields())})).body["results"][0]["status"],
        "applied");
    const auto hide = s->push(json::array({edit(*s, id, 1, {{"spouse_details_available", "no"}})}));
    ASSERT_EQ(hide.body["results"][0]["status"], "applied") << hide.raw;
    EXPECT_EQ(hide.body["results"][0]["rev"], 2);
    const json record = s->pullAll().at(id);
    EXPECT_FALSE(record["fields"].contains("spouse_name")) << record.dump();
    EXPECT_FALSE(record["fields"].contains("spouse_national_id")) << record.dump();
    const auto h = s->get("/api/v1/records/" + id + "/history");
    const json& last = h.body["history"].back();
    EXPECT_EQ(last["rev"], 2);
    EXPECT_EQ(last["changes"]["spouse_national_id"]["old"], "1234567897") << h.raw;
    EXPECT_TRUE(last["changes"]["spouse_national_id"]["new"].is_null()) << h.raw;

    // A later edit that sends a value for a hidden field is refused.
    const auto late =
        s->push(json::array({edit(*s, id, 2, {{"spouse_national_id", "1234567897"}})}));
    EXPECT_EQ(late.body["results"][0]["status"], "rejected") << late.raw;
    EXPECT_EQ(late.body["results"][0]["errors"][0]["code"], "hidden") << late.raw;
}

VITALIS_SERVER_BACKENDS(FormRules);
