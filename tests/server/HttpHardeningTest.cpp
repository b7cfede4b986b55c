// The HTTP layer against hostile or broken clients, over raw loopback sockets: ambiguous
// framing (RFC 9112 §6.3), slow headers and bodies, idle and unbounded connections,
// `Connection: close`, bodies not declared as JSON, and the access log.
#include "tests/support/ServerTest.h"

#include <QFile>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace vitalis::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace
{

// One client connection with blocking sends and deadline-bounded reads.
class RawClient
{
public:
    explicit RawClient(int port)
    {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~RawClient()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    RawClient(const RawClient&) = delete;
    bool connected() const { return connected_; }
    bool send(const std::string& s)
    {
        return ::send(fd_, s.data(), s.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(s.size());
    }
    // Reads until the peer closes or `timeout` passes; `closed` tells which.
    std::string readAll(std::chrono::milliseconds timeout, bool* closed = nullptr)
    {
        std::string out;
        const auto deadline = Clock::now() + timeout;
        bool eof = false;
        while (!eof && Clock::now() < deadline) {
            pollfd p{fd_, POLLIN, 0};
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (::poll(&p, 1, static_cast<int>(std::max<long long>(1, left.count()))) <= 0)
                continue;
            char buf[4096];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0)
                eof = true;
            else
                out.append(buf, static_cast<std::size_t>(n));
        }
        if (closed)
            *closed = eof;
        return out;
    }
    // Reads one response (headers + Content-Length body) or until `timeout`.
    std::string readResponse(std::chrono::milliseconds timeout = 5000ms)
    {
        std::string out;
        const auto deadline = Clock::now() + timeout;
        while (Clock::now() < deadline) {
            const auto end = out.find("\r\n\r\n");
            if (end != std::string::npos) {
                const auto cl = out.find("Content-Length: ");
                const std::size_t len =
                    cl == std::string::npos ? 0 : std::stoul(out.substr(cl + 16));
                if (out.size() >= end + 4 + len)
                    return out;
            }
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            char buf[4096];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0)
                return out;
            out.append(buf, static_cast<std::size_t>(n));
        }
        return out;
    }

private:
    int fd_ = -1;
    bool connected_ = false;
};

int statusOf(const std::string& response)
{
    return response.rfind("HTTP/1.1 ", 0) == 0 ? std::stoi(response.substr(9, 3)) : 0;
}

class HttpHardening : public ::testing::Test
{
protected:
    void start(QStringList args = {})
    {
        db = std::make_unique<TestDatabase>(Backend::Sqlite);
        server = std::make_unique<ServerProcess>(db->url(), std::move(args));
        server->start();
    }
    void TearDown() override { tearDownServer(server, db); }
    std::string exchange(const std::string& request)
    {
        RawClient c(server->port());
        EXPECT_TRUE(c.connected());
        c.send(request);
        return c.readResponse();
    }
    bool healthzAnswers(std::chrono::milliseconds within = 3000ms)
    {
        return httpRequest("GET", server->url("/healthz"), {}, {}, within.count()).status == 200;
    }

    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<ServerProcess> server;
};

} // namespace

TEST_F(HttpHardening, ConflictingContentLengthsAreRefused)
{
    start();
    const std::string two = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                                     "Content-Length: 5\r\n\r\nhello");
    EXPECT_EQ(statusOf(two), 400) << two;
    EXPECT_NE(two.find("Content-Length"), std::string::npos) << two;
    const std::string list = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                      "Content-Length: 0, 5\r\n\r\nhello");
    EXPECT_EQ(statusOf(list), 400) << list;
    // The same value twice is one length (RFC 9112 §6.3 lets a recipient accept it).
    const std::string same = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                                      "Content-Length: 0\r\n\r\n");
    EXPECT_EQ(statusOf(same), 200) << same;
}

TEST_F(HttpHardening, TransferEncodingWithContentLengthIsRefused)
{
    start();
    for (const char* te : {"chunked", "identity", "gzip, chunked"}) {
        const std::string r =
            exchange(std::string("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                 "Content-Type: application/json\r\nTransfer-Encoding: ") +
                     te + "\r\nContent-Length: 2\r\n\r\n{}");
        EXPECT_EQ(statusOf(r), 400) << te << "\n" << r;
        EXPECT_NE(r.find("invalid_request"), std::string::npos) << r;
    }
    EXPECT_TRUE(healthzAnswers());
}

TEST_F(HttpHardening, ConnectionCloseIsHonoured)
{
    start();
    RawClient c(server->port());
    ASSERT_TRUE(c.connected());
    c.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    bool closed = false;
    const std::string r = c.readAll(3000ms, &closed);
    EXPECT_EQ(statusOf(r), 200) << r;
    EXPECT_NE(r.find("Connection: close"), std::string::npos) << r;
    EXPECT_TRUE(closed) << "the server must close after answering";
}

TEST_F(HttpHardening, SlowHeadersStalledBodiesAndIdleConnectionsTimeOut)
{
    start({QStringLiteral("--header-timeout"), QStringLiteral("1"),
           QStringLiteral("--body-timeout"), QStringLiteral("1"), QStringLiteral("--idle-timeout"),
           QStringLiteral("1")});
    // Slowloris: a header byte every 200 ms never finishes within the header timeout.
    RawClient slow(server->port());
    slow.send("GET /healthz HTTP/1.1\r\n");
    const auto t0 = Clock::now();
    std::string got;
    bool closed = false;
    for (int i = 0; i < 40 && !closed; ++i) {
        slow.send("X");
        got += slow.readAll(200ms, &closed);
    }
    EXPECT_EQ(statusOf(got), 408) << got;
    EXPECT_LT(Clock::now() - t0, 5s);

    RawClient stalled(server->port());
    stalled.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                 "\r\nContent-Length: 100\r\n\r\n{\"user");
    const std::string body = stalled.readAll(4000ms, &closed);
    EXPECT_EQ(statusOf(body), 408) << body;
    EXPECT_TRUE(closed);

    RawClient idle(server->port());
    idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(statusOf(idle.readResponse()), 200);
    idle.readAll(4000ms, &closed);
    EXPECT_TRUE(closed) << "an idle keep-alive connection is closed";

    RawClient silent(server->port());
    silent.readAll(4000ms, &closed);
    EXPECT_TRUE(closed) << "a connection that never sends is closed";
}

TEST_F(HttpHardening, HealthAnswersWhileThreeHundredIdleConnectionsAreHeld)
{
    // The same descriptor limit as the report (256): the server inherits it from us.
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit low = saved;
    low.rlim_cur = 256;
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &low), 0);
    start();
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 300; ++i)
        held.push_back(std::make_unique<RawClient>(server->port()));
    std::this_thread::sleep_for(300ms);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(healthzAnswers()) << "attempt " << i;
    EXPECT_TRUE(healthzAnswers());
}

TEST_F(HttpHardening, PastTheConnectionCapBusyConnectionsAreNotEvictedAndNewcomersGet503)
{
    start({QStringLiteral("--max-connections"), QStringLiteral("20")});
    // Twenty clients in the middle of their headers: none idle, none may be dropped.
    std::vector<std::unique_ptr<RawClient>> busy;
    for (int i = 0; i < 20; ++i) {
        busy.push_back(std::make_unique<RawClient>(server->port()));
        busy.back()->send("GET /healthz HTTP/1.1\r\n");
    }
    std::this_thread::sleep_for(300ms);
    RawClient late(server->port());
    late.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const std::string refused = late.readResponse();
    EXPECT_EQ(statusOf(refused), 503) << refused;
    EXPECT_NE(refused.find("Retry-After: "), std::string::npos) << refused;
    // Those busy clients finish normally.
    busy[0]->send("Host: x\r\n\r\n");
    EXPECT_EQ(statusOf(busy[0]->readResponse()), 200);
}

TEST_F(HttpHardening, JsonBodiesMustBeDeclaredAsJson)
{
    start();
    const std::string login = R"({"username":"agent1","password":"test-password",)"
                              R"("device_id":"0f8fad5b-d9cb-469f-a165-70867728950e"})";
    for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "text/json"}) {
        const auto r =
            httpRequest("POST", server->url("/api/v1/auth/login"), login, {{"Content-Type", type}});
        EXPECT_EQ(r.status, 415) << type << " " << r.raw;
        EXPECT_EQ(r.body["error"]["code"], "unsupported_media_type") << r.raw;
    }
    const auto ok = httpRequest("POST", server->url("/api/v1/auth/login"), login,
                                {{"Content-Type", "application/json; charset=utf-8"}});
    EXPECT_EQ(ok.status, 200) << ok.raw;
}

TEST_F(HttpHardening, AccessLogHasOneLinePerRequestWithoutTokensOrBodies)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("access.log"));
    start({QStringLiteral("--access-log"), log});
    Session s(*server, "agent1");
    s.loginOrFail();
    ASSERT_EQ(s.get("/api/v1/auth/me").status, 200);
    ASSERT_EQ(httpRequest("GET", server->url("/nope")).status, 404);
    server->stop();
    QFile f(log);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const std::string text = f.readAll().toStdString();
    const QStringList lines = QString::fromStdString(text).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << text;
    // time, address, user, method, route, status, bytes, duration
    const QStringList login = lines[0].split(u' ');
    ASSERT_EQ(login.size(), 8) << text;
    EXPECT_EQ(login[1], u"127.0.0.1"_qs);
    EXPECT_EQ(login[2], u"-"_qs);
    EXPECT_EQ(login[4], u"/api/v1/auth/login"_qs);
    EXPECT_EQ(login[5], u"200"_qs);
    EXPECT_GT(login[6].toLongLong(), 100);
    EXPECT_TRUE(login[7].endsWith(u"ms"_qs));
    const QStringList me = lines[1].split(u' ');
    EXPECT_EQ(me[2], u"agent1"_qs) << text;
    EXPECT_EQ(me[3], u"GET"_qs);
    EXPECT_TRUE(lines[2].contains(u" unmatched 404 "_qs)) << text;
    EXPECT_EQ(text.find(s.token()), std::string::npos) << "no access token in the log";
    EXPECT_EQ(text.find(kPassword), std::string::npos) << "no request body in the log";
    EXPECT_EQ(text.find(s.loginBody()["refresh_token"].get<std::string>()), std::string::npos);
}
