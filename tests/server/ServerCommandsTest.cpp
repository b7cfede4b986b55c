// The server's commands called as a library (sync/server/cli/), without a vitalis-server
// process in between: what they change is what the running server then serves.
#include "sync/server/cli/SchemaCommands.h"
#include "sync/server/cli/UserCommand.h"
#include "tests/support/ServerTest.h"

#include <sstream>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class ServerCommands : public ServerTest
{
protected:
    server::ServerConfig config() const
    {
        server::ServerConfig c;
        c.databaseUrl = QString::fromStdString(db->url());
        return c;
    }
    int user(const QString& action, const server::cli::UserOptions& o,
             const std::string& input = {})
    {
        std::istringstream in(input);
        const auto c = config();
        return server::cli::UserCommand(c, clock, in).run(action, o);
    }
    SystemClock clock;
};

TEST_P(ServerCommands, AUserAddedWithThePasswordReadFromTheStreamSignsIn)
{
    ASSERT_EQ(user(QStringLiteral("add"), {"agent9", "Agent Nine", "field_agent", "O1", ""},
                   "a-long-enough-passphrase\r\n"),
              0);
    Session s(*server, "agent9", {}, "a-long-enough-passphrase");
    const auto r = s.login();
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["user"]["office_id"], "O1");
}

TEST_P(ServerCommands, ADisabledUserCannotSignInAndAnUnknownActionIsRefused)
{
    ASSERT_EQ(user(QStringLiteral("disable"), {"agent2", "", "", "", ""}), 0);
    EXPECT_NE(Session(*server, "agent2").login().status, 200);
    EXPECT_EQ(user(QStringLiteral("rename"), {"agent2", "", "", "", ""}), 2);
    EXPECT_EQ(user(QStringLiteral("enable"), {"", "", "", "", ""}), 2) << "--username is required";
}

TEST_P(ServerCommands, MigrateOnAnUpToDateDatabaseChangesNothing)
{
    const auto c = config();
    EXPECT_EQ(server::cli::SchemaCommands(c, clock).migrate(), 0);
    EXPECT_EQ(server::cli::SchemaCommands(c, clock).compactLog(QStringLiteral("-1")), 2);
    EXPECT_EQ(login("agent1")->pull().status, 200);
}

VITALIS_SERVER_BACKENDS(ServerCommands);

} // namespace
