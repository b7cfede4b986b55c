// What a registrar sees of offline registration in vitalis-cli: `pool` (numbers held, whether
// offline registration is possible and why not), the number on `action ... register`, and a
// voided number in `outbox`, `show` and `history`. Real server, keys in the OS keychain.
#include "tests/support/CliDevice.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

TEST(NumberPoolCli, PoolCommandAndAVoidedNumberAsTheRegistrarSeesThem)
{
    const fs::path dir = freshDir("pools-cli");
    TestServer server(Backend::Sqlite, dir / "server");
    server.start();
    CliDevice a("a", dir), b("b", dir);
    a.enrol(server.url(), "registrar.ald");
    b.enrol(server.url(), "registrar.ald");

    // Before any sync: nothing reserved, registering would wait for the server's number.
    json pool = a.ok({"pool"});
    EXPECT_EQ(pool["offlinePossible"], false) << pool.dump();
    EXPECT_TRUE(pool["blocks"].empty());

    const std::string id = a.declare("birth", birthDeclaration(serverClock(), "Cli"));
    a.sync();
    b.sync();
    pool = a.ok({"pool"});
    EXPECT_EQ(pool["offlinePossible"], true) << pool.dump();
    ASSERT_EQ(pool["blocks"].size(), 1u);
    EXPECT_EQ(pool["blocks"][0]["remaining"], 100);
    EXPECT_EQ(pool["usable"], 100);
    const CommandRun text = a.run({"pool"});
    EXPECT_NE(text.out.find("100 left"), std::string::npos) << text.describe();
    EXPECT_NE(text.out.find("offline: yes - offline registration is possible"), std::string::npos)
        << text.describe();

    server.stop();
    const CommandRun ra = a.run({"action", id, "register"});
    ASSERT_EQ(ra.code, 0) << ra.describe();
    EXPECT_NE(ra.out.find("with number ALD-"), std::string::npos) << ra.describe();
    const std::string numberA = a.show(id)["registrationNumber"];
    const json rb = b.ok({"action", id, "register"});
    const std::string numberB = rb["registrationNumber"];
    ASSERT_FALSE(numberA.empty());
    ASSERT_FALSE(numberB.empty());
    EXPECT_EQ(a.ok({"pool"})["usable"], 99);

    server.start();
    a.sync();
    b.sync();
    const json shown = b.show(id);
    EXPECT_EQ(shown["registrationNumber"], numberA);
    ASSERT_EQ(shown["voidedNumbers"].size(), 1u) << shown.dump();
    EXPECT_EQ(shown["voidedNumbers"][0]["voided_number"], numberB);
    bool inOutbox = false;
    for (const auto& e : b.outbox())
        inOutbox = inOutbox || e.dump().find(numberB + " was voided") != std::string::npos;
    EXPECT_TRUE(inOutbox) << b.outbox().dump();
    bool inHistory = false;
    for (const auto& e : b.history(id))
        inHistory = inHistory || e.dump().find("number_voided") != std::string::npos;
    EXPECT_TRUE(inHistory) << b.history(id).dump();
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}
