// A server with a database of its own for end-to-end tests: a TestDatabase (SQLite or
// PostgreSQL, the demo seed by default) served by one ServerProcess that keeps its port over
// restarts, plus the admin commands run on the same database.
#pragma once

#include "tests/support/ServerProcess.h"
#include "tests/support/TestDatabase.h"

#include <QStringList>
#include <filesystem>
#include <string>

namespace vitalis::test
{

class TestServer
{
public:
    TestServer(Backend backend, const std::filesystem::path& dir, Seed seed = Seed::Demo);
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    void start(int port = 0) { process_.start(port); }
    void stop() { process_.stop(); }
    bool running() const { return process_.running(); }
    int port() const { return process_.port(); }
    std::string url() const { return process_.url(); }
    Backend backend() const { return database_.backend(); }
    const std::string& databaseUrl() const { return process_.databaseUrl(); }
    const std::filesystem::path& dir() const { return dir_; }
    std::string log() const { return process_.output(); }
    ServerProcess& process() { return process_; }
    TestDatabase& database() { return database_; }

    // Runs `vitalis-server ARGS... --database URL` to completion (admin commands).
    int admin(QStringList args, std::string* output = nullptr) const;
    std::string createEmptyDatabase(const std::string& suffix)
    {
        return database_.createEmptyDatabase(suffix);
    }
    void useDatabase(const std::string& url) { process_.useDatabase(url); }

private:
    std::filesystem::path dir_;
    TestDatabase database_;
    ServerProcess process_;
};

} // namespace vitalis::test
