// Test harness for the sync scenarios: the REAL vitalis-server as a child process (own data
// dir, seeded with the demo country plus a test location list so full declarations validate),
// the fault proxy as a child process, and clients over real encrypted profile stores.
#pragma once

#include "core/RoleCatalog.h"
#include "core/store/FileKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"
#include "sync/client/ConflictResolver.h"
#include "sync/client/ConflictSync.h"
#include "sync/client/CurlTransport.h"
#include "sync/client/LocalRecordService.h"
#include "sync/client/SyncEngine.h"

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <random>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace vitalis::synctest
{

namespace fs = std::filesystem;
using nlohmann::json;

inline fs::path freshDir(const std::string& name)
{
    static std::mt19937_64 rng(std::random_device{}());
    const fs::path d =
        fs::temp_directory_path() / ("vitalis-sync-" + name + "-" + std::to_string(::getpid()) +
                                     "-" + std::to_string(rng() % 1000000));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

// A child process whose first stdout line matching `marker` is returned by start().
class ChildProcess
{
public:
    ~ChildProcess() { kill(SIGKILL); }
    std::string start(const std::vector<std::string>& argv, const std::string& marker,
                      const fs::path& log)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            throw std::runtime_error("pipe failed");
        m_pid = ::fork();
        if (m_pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive a test that died
            ::dup2(fds[1], 1);
            const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            ::dup2(err, 2);
            ::close(fds[0]);
            std::vector<char*> args;
            for (const auto& a : argv)
                args.push_back(const_cast<char*>(a.c_str()));
            args.push_back(nullptr);
            ::execv(args[0], args.data());
            ::_exit(127);
        }
        ::close(fds[1]);
        m_out = ::fdopen(fds[0], "r");
        char line[1024];
        while (std::fgets(line, sizeof line, m_out)) {
            std::string l(line);
            if (l.find(marker) != std::string::npos)
                return l;
        }
        throw std::runtime_error("child " + argv[0] + " exited before printing '" + marker +
                                 "' (see " + log.string() + ")");
    }
    pid_t pid() const { return m_pid; }
    void kill(int sig)
    {
        if (m_pid > 0) {
            ::kill(m_pid, sig);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
            m_pid = -1;
        }
        if (m_out) {
            std::fclose(m_out);
            m_out = nullptr;
        }
    }

private:
    pid_t m_pid = -1;
    FILE* m_out = nullptr;
};

inline std::string today(int minusDays = 0)
{
    const std::time_t t = std::time(nullptr) - static_cast<std::time_t>(minusDays) * 86400;
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&t));
    return buf;
}

// The demo seed with absolute form paths and a "locations" reference list, so that complete
// declarations (addresses) validate on the server.
inline fs::path writeSeed(const fs::path& dir)
{
    std::ifstream in(std::string(VITALIS_SOURCE_DIR) + "/resources/demo/seed.json");
    json seed = json::parse(in);
    for (auto& f : seed["forms"])
        f["file"] = std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/" +
                    fs::path(f["file"].get<std::string>()).filename().string();
    seed["reference"]["locations"] =
        json::array({{{"id", "VIL-ALD-1"}, {"parent", "VD-N-ALD"}, {"label", "Aldmoor Village"}},
                     {{"id", "VIL-BRE-1"}, {"parent", "VD-N-BRE"}, {"label", "Brenwick Village"}}});
    const fs::path p = dir / "seed.json";
    std::ofstream(p) << seed.dump();
    return p;
}

class ServerProcess
{
public:
    explicit ServerProcess(fs::path dir) : m_dir(std::move(dir)) { m_seed = writeSeed(m_dir); }
    void start(std::vector<std::string> extra = {})
    {
        std::vector<std::string> argv = {VITALIS_SERVER_BIN,
                                         "--port",
                                         std::to_string(m_port),
                                         "--data",
                                         (m_dir / "data").string(),
                                         "--seed",
                                         m_seed.string(),
                                         "--workers",
                                         "2"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        m_extra = extra;
        const std::string line = m_proc.start(argv, "listening on", m_dir / "server.log");
        const auto colon = line.rfind(':', line.find(" (database"));
        m_port = std::stoi(line.substr(colon + 1));
    }
    void restart() { start(m_extra); }
    void kill9() { m_proc.kill(SIGKILL); }
    void stop() { m_proc.kill(SIGTERM); }
    int port() const { return m_port; }
    pid_t pid() const { return m_proc.pid(); }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir, m_seed;
    int m_port = 0;
    std::vector<std::string> m_extra;
    ChildProcess m_proc;
};

class FaultProxy
{
public:
    FaultProxy(const fs::path& dir, int targetPort)
    {
        const std::string line = m_proc.start(
            {VITALIS_FAULTPROXY_BIN, "--target", "127.0.0.1:" + std::to_string(targetPort)},
            "faultproxy listen=", dir / "proxy.log");
        std::sscanf(line.c_str(), "faultproxy listen=%d control=%d", &m_port, &m_control);
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(m_control));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            throw std::runtime_error("cannot reach the fault proxy's control port");
    }
    ~FaultProxy()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    std::string send(const std::string& command)
    {
        const std::string line = command + "\n";
        ::send(m_fd, line.data(), line.size(), MSG_NOSIGNAL);
        std::string reply;
        char c;
        while (::recv(m_fd, &c, 1, 0) == 1 && c != '\n')
            reply += c;
        if (reply.rfind("ok", 0) != 0)
            throw std::runtime_error("fault proxy refused '" + command + "': " + reply);
        return reply;
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

private:
    ChildProcess m_proc;
    int m_port = 0, m_control = 0, m_fd = -1;
};

// Sleeps for real but briefly: scenarios want retries, not minutes of backoff.
class ShortSleeper final : public sync::Sleeper
{
public:
    void sleepMs(std::int64_t ms) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<std::int64_t>(ms, 200)));
    }
};

// A device clock set wrong on purpose: outcomes must not depend on it.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(std::int64_t offsetMs = 0) : m_offset(offsetMs) {}
    std::int64_t nowMillis() const override { return SystemClock().nowMillis() + m_offset; }

private:
    std::int64_t m_offset;
};

// One device: an encrypted profile, the local record service and the sync stack.
class TestClient
{
public:
    // maxAttempts 1: a failed request fails the run (no retry inside it), as a cut would on a
    // laptop that loses signal; the next run must resume.
    TestClient(const fs::path& dir, const std::string& serverUrl, sync::TransportOptions t = {},
               std::int64_t clockOffsetMs = 0, int maxAttempts = 8)
        : m_dir(dir), m_keys(dir / "keys"), m_clock(clockOffsetMs)
    {
        m_store = ProfileStore::open(dir / "profile", m_keys);
        t.baseUrl = serverUrl;
        t.transferTimeoutMs = t.transferTimeoutMs == 120'000 ? 20'000 : t.transferTimeoutMs;
        t.lowSpeedSeconds = 10;
        m_transport = std::make_unique<sync::CurlTransport>(t);
        sync::BackoffPolicy policy;
        policy.initialMs = 20;
        policy.maxMs = 200;
        policy.maxAttempts = maxAttempts;
        m_api = std::make_unique<sync::ApiClient>(*m_transport, m_store->settings(), m_sleeper,
                                                  m_random, policy);
        m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_api, m_clock);
        m_records = std::make_unique<LocalRecordService>(*m_store, m_clock);
    }

    void login(const std::string& username)
    {
        const auto tokens = m_api->login(username, "vitalis-demo");
        m_actor = Actor{tokens.user.id, RoleCatalog::defaults().get(tokens.user.role),
                        tokens.user.officeId};
        m_records->setDeviceCode(tokens.deviceCode);
    }

    sync::SyncReport sync(sync::SyncOptions o = {})
    {
        auto r = m_engine->run(o);
        return r;
    }
    // Syncs until a run succeeds (bounded): the way a field agent's laptop keeps trying.
    sync::SyncReport syncUntilOk(int maxRuns = 50, sync::SyncOptions o = {})
    {
        sync::SyncReport r;
        for (int i = 0; i < maxRuns; ++i) {
            r = m_engine->run(o);
            if (r.ok)
                return r;
        }
        ADD_FAILURE() << "sync did not succeed in " << maxRuns << " runs: " << r.error;
        return r;
    }

    Record notify(const json& fields)
    {
        return m_records->start(m_actor, {"birth", "birth", 1, fields, RecordAction::Notify});
    }
    Record declare(const json& fields)
    {
        return m_records->start(m_actor, {"birth", "birth", 1, fields, RecordAction::Declare});
    }
    Record edit(const std::string& id, const json& changes)
    {
        return m_records->editFields(m_actor, id, changes);
    }
    Record act(const std::string& id, RecordAction a, const std::string& reason = {})
    {
        return m_records->act(m_actor, id, a, reason);
    }

    ProfileStore& store() { return *m_store; }
    sync::ApiClient& api() { return *m_api; }
    sync::SyncEngine& engine() { return *m_engine; }
    const Actor& actor() const { return m_actor; }
    Record record(const std::string& id) { return m_store->records().get(id); }
    json serverRecord(const std::string& id) { return m_api->get("/api/v1/records/" + id); }
    json serverHistory(const std::string& id)
    {
        return m_api->get("/api/v1/records/" + id + "/history")["history"];
    }
    std::map<OutboxState, std::int64_t> outboxCounts() { return m_store->outbox().countByState(); }
    std::int64_t count(OutboxState s)
    {
        auto c = outboxCounts();
        return c.count(s) ? c[s] : 0;
    }

private:
    fs::path m_dir;
    FileKeyProvider m_keys;
    std::unique_ptr<ProfileStore> m_store;
    OffsetClock m_clock;
    SodiumRandomSource m_random;
    ShortSleeper m_sleeper;
    std::unique_ptr<sync::CurlTransport> m_transport;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<LocalRecordService> m_records;
    Actor m_actor;
};

inline json notificationFields(int i)
{
    return {{"child_name", {{"first", "Child" + std::to_string(i)}, {"family", "Banda"}}},
            {"child_sex", i % 2 ? "female" : "male"}};
}

// A complete birth declaration that the server's form engine accepts.
inline json fullDeclaration(const std::string& first = "Amina")
{
    json j = json::parse(R"({
        "child_name": {"first": "Amina", "family": "Banda"}, "child_sex": "female",
        "child_birth_time": "06:45", "place_of_birth_type": "health_facility",
        "birth_facility": "HF-ALD-1", "birth_notification_number": "12345674",
        "birth_type": "single", "attendant_at_birth": "midwife", "weight_at_birth": 3.2,
        "mother_name": {"first": "Ruth", "family": "Banda"}, "mother_birth_date": "1996-02-29",
        "mother_nationality": "FAR", "mother_id_type": "national_id",
        "mother_national_id": "1234567897", "mother_marital_status": "married",
        "mother_address": {"location": "VIL-ALD-1", "line": "Plot 12"},
        "father_details_available": "yes", "father_name": {"first": "Joseph", "family": "Banda"},
        "father_birth_date": {"age": 31}, "father_nationality": "FAR",
        "father_id_type": "passport", "father_passport": "ZN123456",
        "father_marital_status": "married", "father_address_same_as_mother": true,
        "informant_type": "mother", "contact_phone": "+260971234567",
        "proof_of_birth": [{"documentType": "birth_notification", "mediaType": "application/pdf", "size": 120000, "name": "n.pdf"}],
        "mother_id_document": [{"documentType": "national_id_card", "mediaType": "image/jpeg", "size": 800000, "name": "nrc.jpg"}],
        "informant_declaration": true})");
    j["child_birth_date"] = today(3);
    j["child_name"] = {{"first", first}, {"family", "Banda"}};
    return j;
}

} // namespace vitalis::synctest
