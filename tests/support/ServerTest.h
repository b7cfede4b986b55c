// Base fixture for tests against the real server: a fresh database (test seed) and a started
// server per test, parameterised over SQLite and PostgreSQL.
#pragma once

#include "tests/support/Fixtures.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/Session.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WireOps.h"

#include <gtest/gtest.h>
#include <iostream>
#include <memory>

namespace vitalis::test
{

// Stops the server and drops its database; the server's log goes to stderr when the test failed.
inline void tearDownServer(std::unique_ptr<ServerProcess>& server,
                           std::unique_ptr<TestDatabase>& db)
{
    if (::testing::Test::HasFailure() && server)
        std::cerr << "--- server output ---\n" << server->output() << "\n";
    server.reset();
    db.reset();
}

class ServerTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        db = std::make_unique<TestDatabase>(GetParam());
        server = std::make_unique<ServerProcess>(db->url(), serverArgs());
        server->start();
    }
    void TearDown() override { tearDownServer(server, db); }
    virtual QStringList serverArgs() const { return {}; }

    // Logs a device in as `username` (a user of the test seed: see Office.h).
    std::unique_ptr<Session> login(const std::string& username)
    {
        auto s = std::make_unique<Session>(*server, username);
        s->loginOrFail();
        return s;
    }

    // Declares a complete birth record in `office` as `session`; returns its id.
    std::string declare(Session& s, const std::string& office, const json& fields = birthFields())
    {
        const std::string id = newRecordId();
        const auto r = s.push(json::array({createOp(s.nextMutationId(), id, office, fields)}));
        EXPECT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
        return id;
    }

    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<ServerProcess> server;
};

#define VITALIS_SERVER_BACKENDS(Suite)                                                             \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                      \
                             ::testing::Values(Backend::Sqlite, Backend::Postgres), BackendName())

} // namespace vitalis::test
