// Test harness for the real vitalis-server process: a fresh database per test (SQLite file
// copied from a seeded template, or CREATE DATABASE ... TEMPLATE on PostgreSQL), the server
// started on a free loopback port, and a libcurl client that logs in as a device.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test
{

using nlohmann::json;

enum class Backend { Sqlite, Postgres };
std::string backendName(Backend b);
// For INSTANTIATE_TEST_SUITE_P names.
struct BackendName {
    std::string operator()(const ::testing::TestParamInfo<Backend>& info) const
    {
        return backendName(info.param);
    }
};

inline constexpr const char* kPassword = "test-password";

// One database per test, from the seeded template (tests/server/data/test-seed.json).
class TestDatabase
{
public:
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    Backend backend() const { return backend_; }
    const std::string& url() const { return url_; }
    std::string sqlitePath() const; // SQLite only
    // A cold backup and its restore (the server must be stopped for both).
    void backup();
    void restore();

private:
    Backend backend_;
    std::string url_;
    std::string pgName_;
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QTemporaryDir> backupDir_;
};

struct HttpResponse {
    long status = 0;
    json body;
    std::string raw;
    std::map<std::string, std::string> headers; // lower-case names
    std::string curlError;                      // transport failure (status 0)
};

// Blocking HTTP over libcurl, as the client does it.
HttpResponse httpRequest(const std::string& method, const std::string& url,
                         const std::string& body = {},
                         const std::map<std::string, std::string>& headers = {},
                         long timeoutMs = 30000);

class ServerProcess
{
public:
    explicit ServerProcess(std::string databaseUrl, QStringList extraArgs = {});
    ~ServerProcess();
    void start(); // returns once the server printed its bound port
    int stop();   // SIGTERM and wait; its exit code, -1 if it crashed or hung
    void kill9();
    bool running() const;
    qint64 pid() const;
    int port() const { return port_; }
    std::string url(const std::string& path) const;
    std::string output() const; // everything it wrote to stderr so far

    HttpResponse get(const std::string& path, const std::string& token = {});
    HttpResponse post(const std::string& path, const json& body, const std::string& token = {});

private:
    std::string databaseUrl_;
    QStringList extraArgs_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
    mutable std::string stderr_;
};

// Runs `vitalis-server ARGS...` to completion; returns exit code, stdout+stderr in `output`.
int runServerCommand(const QStringList& args, std::string* output = nullptr,
                     const QByteArray& stdinData = {});

// A device logged in as one user; keeps its own mutation counter like a client outbox.
class Session
{
public:
    Session(ServerProcess& server, std::string username, std::string deviceId = {});
    HttpResponse login(const std::string& totp = {});
    void loginOrFail();

    HttpResponse push(const json& ops);
    HttpResponse pull(const std::string& cursor = {}, int limit = 500);
    HttpResponse get(const std::string& path) { return server_.get(path, token_); }
    HttpResponse post(const std::string& path, const json& body)
    {
        return server_.post(path, body, token_);
    }

    std::int64_t nextMutationId() { return ++lastMutation_; }
    void setLastMutationId(std::int64_t id) { lastMutation_ = id; }
    const std::string& token() const { return token_; }
    const std::string& userId() const { return userId_; }
    const std::string& deviceId() const { return deviceId_; }
    const std::string& username() const { return username_; }
    const json& loginBody() const { return loginBody_; }

    // Pulls every page; returns record id -> latest upsert (removed ids map to null).
    std::map<std::string, json> pullAll(std::string* cursor = nullptr, int limit = 500);

private:
    ServerProcess& server_;
    std::string username_;
    std::string deviceId_;
    std::string token_;
    std::string userId_;
    json loginBody_;
    std::int64_t lastMutation_ = 0;
};

std::string newRecordId();
std::string newTrackingId(char eventSymbol = 'B');

// A complete, valid tbirth declaration.
json birthFields(const std::string& first = "Ana");
// Op builders (protocol wire format).
json createOp(std::int64_t mutationId, const std::string& recordId, const std::string& officeId,
              const json& fields, const std::string& action = "declare",
              const std::string& formId = "tbirth", const std::string& eventType = "birth");
json changeOp(std::int64_t mutationId, const std::string& recordId, const std::string& action,
              std::int64_t baseRev, const json& changes, const std::string& formId = "tbirth");
// {"field": value} -> {"field": {"base": null, "value": value}}
json changes(const json& values, const json& bases = json::object());

// The PostgreSQL URL the suite runs against; fails the test (not skip) when it is missing.
std::string postgresAdminUrl();

} // namespace vitalis::test
