// The real vitalis-server for end-to-end tests: a fresh database per test (SQLite file or
// PostgreSQL database, copied from a template seeded once with the demo country), on loopback.
#pragma once

#include "tests/server/harness/ServerHarness.h"

#include <QStringList>
#include <filesystem>
#include <memory>
#include <string>

namespace vitalis::e2e
{

using nlohmann::json;
using test::Backend;

class E2eServer
{
public:
    E2eServer(Backend backend, const std::filesystem::path& dir);
    ~E2eServer();
    E2eServer(const E2eServer&) = delete;
    E2eServer& operator=(const E2eServer&) = delete;

    // port 0 picks a free one the first time; a restart keeps the port so devices find it.
    void start(int port = 0);
    void stop();
    bool running() const;
    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    Backend backend() const { return backend_; }
    const std::string& databaseUrl() const { return databaseUrl_; }
    const std::filesystem::path& dir() const { return dir_; }
    std::string log() const;

    // Runs `vitalis-server ARGS... --database URL` to completion (admin commands).
    int admin(QStringList args, std::string* output = nullptr) const;
    // A second, empty database of the same backend (for restores), dropped with this object.
    std::string createEmptyDatabase(const std::string& suffix);
    // Serve another database from the next start() on (a restored copy).
    void useDatabase(const std::string& url) { databaseUrl_ = url; }

    // The seed every e2e server starts from: resources/demo/seed.json as shipped, with absolute
    // form paths.
    static std::filesystem::path seedFile();

private:
    Backend backend_;
    std::filesystem::path dir_;
    std::string databaseUrl_;
    std::vector<std::string> pgDatabases_;
    int port_ = 0;
    std::unique_ptr<test::ServerProcess> process_;
    std::string pastLog_;
};

} // namespace vitalis::e2e
