// The real vitalis-server as a child process on a loopback port, its standard error in a log
// file, killed with the test if the test dies. One class for every test that needs a server:
// on a TestDatabase's URL, or on its own data directory seeded with the demo country.
#pragma once

#include "core/Clock.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/HttpRequest.h"

#include <QStringList>
#include <filesystem>
#include <memory>
#include <string>

namespace vitalis::test
{

using nlohmann::json;

// The clock the server process dates records by: the machine's. Fixtures for a real server
// count back from it (its form engine refuses births after its today).
inline const Clock& serverClock()
{
    static const SystemClock clock;
    return clock;
}

class ServerProcess
{
public:
    // A server on `databaseUrl` (usually a TestDatabase's), `extraArgs` after the defaults.
    explicit ServerProcess(std::string databaseUrl, QStringList extraArgs = {});
    // A server on the embedded SQLite database in DIR/data, seeded at its first start with the
    // demo country (Seed::Demo), two workers; its log is DIR/server.log.
    explicit ServerProcess(const std::filesystem::path& dir, QStringList extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Returns once the server printed its bound port. `port` 0: the port of the previous start
    // (devices know no other address), or a free one the first time.
    void start(int port = 0);
    void restart() { start(); }
    int stop(); // SIGTERM and wait; its exit code, -1 if it crashed or hung
    void kill9();
    bool running() const;
    pid_t pid() const;
    int port() const { return port_; }
    std::string url(const std::string& path = {}) const;
    const std::filesystem::path& dir() const { return dir_; }
    std::string output() const; // everything it wrote to stderr so far, over every start
    // Serve another database from the next start() on (a restored copy).
    void useDatabase(const std::string& url) { databaseUrl_ = url; }
    const std::string& databaseUrl() const { return databaseUrl_; }
    // Start with these arguments after the defaults from the next start() on (a changed setup).
    void useExtraArgs(QStringList args) { extraArgs_ = std::move(args); }

    HttpResponse get(const std::string& path, const std::string& token = {});
    HttpResponse post(const std::string& path, const json& body, const std::string& token = {});

private:
    std::string databaseUrl_;
    QStringList baseArgs_, extraArgs_;
    std::filesystem::path dir_, log_;
    bool ownsDir_ = false; // a scratch directory of its own, removed with it
    std::unique_ptr<ChildProcess> process_;
    int port_ = 0;
};

// Runs `vitalis-server ARGS...` to completion (admin commands); returns its exit code, its
// standard output and error (interleaved) in `output`.
int runServerCommand(const QStringList& args, std::string* output = nullptr,
                     const QByteArray& stdinData = {});

} // namespace vitalis::test
