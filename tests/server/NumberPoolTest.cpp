// The number-pool endpoints and the push check of offered registration numbers against the
// real server (SQLite and PostgreSQL): who gets blocks, every reason a number is voided, the
// voided list's permissions and jurisdiction, and strict decoding with the JSON path.
#include "core/RegistrationNumber.h"
#include "tests/support/ServerTest.h"

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class NumberPoolApi : public ServerTest
{
protected:
    json pools(Session& s, const json& held = json::array())
    {
        const auto r = s.post("/api/v1/number-pools", {{"protocol", 1}, {"held", held}});
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body;
    }
    // Registers `id` (declared, rev 1) offering `number`; returns the op's result.
    json registerWith(Session& s, const std::string& id, const std::string& number)
    {
        json op = changeOp(s.nextMutationId(), id, "register", 1, json::object());
        op["registration_number"] = number;
        const auto r = s.push(json::array({op}));
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body["results"][0];
    }
};

TEST_P(NumberPoolApi, OfferedNumbersStandOnlyFromTheDevicesOwnBlock)
{
    auto agent = login("agent1");
    auto holder = login("registrar1");
    auto other = login("registrar1"); // the same registrar on a second laptop, no pool
    const json answer = pools(*holder);
    ASSERT_EQ(answer["offices"].size(), 1u) << answer.dump();
    const json office = answer["offices"][0];
    EXPECT_EQ(office["office_id"], "O1");
    EXPECT_EQ(office["offline_registration"], true);
    EXPECT_EQ(office["max_offline_days"], 14);
    ASSERT_EQ(office["blocks"].size(), 1u);
    EXPECT_EQ(office["blocks"][0]["first_seq"], 1);
    EXPECT_EQ(office["blocks"][0]["last_seq"], 100);
    const int year = office["blocks"][0]["year"];
    auto number = [year](const char* code, int seq) {
        return registration_number::format(code, year, seq);
    };
    // Asking again changes nothing: 100 unused is above the low-water mark.
    EXPECT_EQ(pools(*holder)["offices"][0]["blocks"].size(), 1u);

    std::vector<std::string> ids;
    for (int i = 0; i < 6; ++i)
        ids.push_back(declare(*agent, "O1"));

    // Another laptop offers a number of the holder's block: the registration stands with a
    // number from the counter (after the block), the offered one is voided.
    json r = registerWith(*other, ids[0], number("ONE", 1));
    EXPECT_EQ(r["status"], "applied") << r.dump();
    EXPECT_EQ(r["registration_number"], number("ONE", 101));
    EXPECT_EQ(r["voided_number"], number("ONE", 1));
    EXPECT_NE(r["void_reason"].get<std::string>().find("another device"), std::string::npos);
    // That does not spoil the holder's number: it still stands for the holder.
    r = registerWith(*holder, ids[1], number("ONE", 1));
    EXPECT_EQ(r["registration_number"], number("ONE", 1)) << r.dump();
    EXPECT_FALSE(r.contains("voided_number")) << r.dump();
    // Offered twice: the second is voided.
    r = registerWith(*holder, ids[2], number("ONE", 1));
    EXPECT_EQ(r["voided_number"], number("ONE", 1)) << r.dump();
    EXPECT_NE(r["void_reason"].get<std::string>().find("already used"), std::string::npos);
    // Another office's code; a number never reserved.
    r = registerWith(*holder, ids[3], number("TWO", 2));
    EXPECT_NE(r["void_reason"].get<std::string>().find("of office TWO"), std::string::npos)
        << r.dump();
    r = registerWith(*holder, ids[4], number("ONE", 5000));
    EXPECT_NE(r["void_reason"].get<std::string>().find("never reserved"), std::string::npos)
        << r.dump();
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(holder->get("/api/v1/records/" + ids[i]).body["status"], "registered");

    // The record's history lists the voided number for every reader.
    const json history = agent->get("/api/v1/records/" + ids[0] + "/history").body;
    ASSERT_EQ(history["voided_numbers"].size(), 1u) << history.dump();
    EXPECT_EQ(history["voided_numbers"][0]["number"], number("ONE", 1));
    EXPECT_EQ(history["voided_numbers"][0]["user_name"].get<std::string>().empty(), false);

    // The revocation list: registrars of the jurisdiction only.
    const auto list = holder->get("/api/v1/registration-numbers/voided");
    ASSERT_EQ(list.status, 200) << list.raw;
    EXPECT_EQ(list.body["voided"].size(), 4u) << list.raw;
    EXPECT_EQ(list.body["voided"][0]["record_id"], ids[0]);
    EXPECT_EQ(login("registrar2")->get("/api/v1/registration-numbers/voided").body["voided"].size(),
              0u);
    EXPECT_EQ(agent->get("/api/v1/registration-numbers/voided").status, 403);
    EXPECT_EQ(holder->get("/api/v1/registration-numbers/voided?kind=lost").status, 400);
    EXPECT_EQ(holder->get("/api/v1/registration-numbers/voided?since=soon").status, 400);
}

TEST_P(NumberPoolApi, OnlyRegistrarsGetBlocksAndBadInputNamesItsPath)
{
    auto agent = login("agent1");
    EXPECT_TRUE(pools(*agent)["offices"].empty());
    auto registrar = login("registrar1");
    const auto bad =
        registrar->post("/api/v1/number-pools", {{"protocol", 1}, {"held", {{{"block_id", "b"}}}}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.body["error"]["path"], "/held/0/remaining") << bad.raw;
    // A registration number on anything but a register op is refused before anything runs.
    json op = createOp(agent->nextMutationId(), newRecordId(), "O1", json::object(), "notify");
    op["registration_number"] = "ONE-2026-000001";
    const auto r = agent->push(json::array({op}));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"]["path"], "/ops/0/registration_number") << r.raw;
}

// Refill below the low-water mark, counted by the server: the device's word only lowers it.
TEST_P(NumberPoolApi, RefillFollowsTheServersCountAndTheCap)
{
    auto registrar = login("registrar1");
    const json first = pools(*registrar);
    const std::string block = first["offices"][0]["blocks"][0]["block_id"];
    // The device says it used 60 of them (not yet pushed): 40 < 50, another block.
    const json second = pools(*registrar, json::array({{{"block_id", block}, {"remaining", 40}}}));
    EXPECT_EQ(second["offices"][0]["blocks"].size(), 2u) << second.dump();
    // Claiming none left gets a third, never a fourth: three blocks with unused numbers.
    json held = json::array();
    for (const auto& b : second["offices"][0]["blocks"])
        held.push_back({{"block_id", b["block_id"]}, {"remaining", 0}});
    const json third = pools(*registrar, held);
    EXPECT_EQ(third["offices"][0]["blocks"].size(), 3u);
    held.push_back({{"block_id", third["offices"][0]["blocks"][2]["block_id"]}, {"remaining", 0}});
    EXPECT_EQ(pools(*registrar, held)["offices"][0]["blocks"].size(), 3u);
}

} // namespace

VITALIS_SERVER_BACKENDS(NumberPoolApi);
