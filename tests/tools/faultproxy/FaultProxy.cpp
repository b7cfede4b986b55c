// vitalis-faultproxy: a TCP proxy the sync tests put between client and server to make the
// network bad on purpose: added latency, bandwidth cap, stall, cut after N bytes in either
// direction, cut every T ms, and "deliver the request, drop the response". Plain POSIX, no Qt.
// Given several targets it is also a load balancer without sticky sessions: every request
// (not only every connection) goes to a target picked at random, skipping targets that refuse
// the connection, as a health-checking balancer would.
//
//   vitalis-faultproxy --target HOST:PORT [--target HOST:PORT ...] [--listen PORT]
//                      [--control PORT]
// prints "faultproxy listen=P control=C" once ready. The control port takes one command per
// line and answers "ok" (or "error ...") — see FaultProxyControl.h:
//   latency MS | bandwidth BYTES_PER_S | stall on|off | cut_up N | cut_down N |
//   cut_every MS | drop_responses N | cut_now | reset | stats |
//   targets HOST:PORT[,HOST:PORT...] (replace the targets, e.g. a restarted server's new port)
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <random>
#include <set>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace
{

using Clock = std::chrono::steady_clock;

struct Settings {
    std::atomic<long> latencyMs{0};
    std::atomic<long> bandwidth{0}; // bytes/s per direction, 0 = unlimited
    std::atomic<bool> stall{false};
    std::atomic<long> cutUp{-1};   // one-shot: cut after this many more client->server bytes
    std::atomic<long> cutDown{-1}; // one-shot: server->client
    std::atomic<long> cutEveryMs{0};
    std::atomic<long> dropResponses{0}; // next N responses are swallowed and the link cut
    std::atomic<long> generation{0};    // bumped by cut_now / cut_every: older links die
    std::atomic<long long> bytesUp{0}, bytesDown{0}, connections{0}, cuts{0}, dropped{0};
} g;

struct Target {
    std::string host;
    int port = 0;
};
std::mutex g_targetsMutex;
std::vector<Target> g_targets;
std::atomic<bool> g_balance{false}; // several targets: pick one per request

bool parseTarget(const std::string& text, Target& t)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return false;
    t.host = text.substr(0, colon);
    t.port = std::atoi(text.c_str() + colon + 1);
    return !t.host.empty() && t.port > 0;
}

bool setTargets(const std::string& list)
{
    std::vector<Target> targets;
    std::istringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        Target t;
        if (!parseTarget(item, t))
            return false;
        targets.push_back(t);
    }
    if (targets.empty())
        return false;
    std::lock_guard lock(g_targetsMutex);
    g_targets = std::move(targets);
    g_balance = g_targets.size() > 1;
    return true;
}

// The targets in a fresh random order (one target: just it).
std::vector<Target> shuffledTargets()
{
    thread_local std::mt19937 rng(std::random_device{}());
    std::vector<Target> targets;
    {
        std::lock_guard lock(g_targetsMutex);
        targets = g_targets;
    }
    std::shuffle(targets.begin(), targets.end(), rng);
    return targets;
}

int listenOn(int port, int& actual)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 64) != 0) {
        std::perror("faultproxy: bind/listen");
        std::exit(2);
    }
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    actual = ntohs(a.sin_port);
    return fd;
}

int connectTo(const Target& t)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(t.port));
    ::inet_pton(AF_INET, t.host.c_str(), &a.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// A random live target: one that refuses the connection (killed, restarting) is skipped.
int connectTarget()
{
    for (const Target& t : shuffledTargets())
        if (const int fd = connectTo(t); fd >= 0)
            return fd;
    return -1;
}

// Bytes that open an HTTP/1.1 request line ("GET /...", "POST /..."): only there may a
// balancer move the connection to another target.
bool startsRequest(const char* data, std::size_t n)
{
    std::size_t i = 0;
    while (i < n && i < 8 && data[i] >= 'A' && data[i] <= 'Z')
        ++i;
    return i >= 3 && i < n && data[i] == ' ';
}

struct Chunk {
    Clock::time_point due;
    std::string bytes;
};

// One direction of one connection: delayed chunks and a token bucket.
struct Pipe {
    std::deque<Chunk> queue;
    double tokens = 0;
    Clock::time_point refilled = Clock::now();
    bool eof = false;
};

// Takes up to `want` bytes out of a one-shot cut budget; true when the link must be cut after.
bool takeBudget(std::atomic<long>& budget, std::size_t& want)
{
    long b = budget.load();
    while (b >= 0) {
        const long take = std::min<long>(b, static_cast<long>(want));
        if (budget.compare_exchange_weak(b, b - take)) {
            want = static_cast<std::size_t>(take);
            if (b - take == 0) {
                budget.store(-1);
                return true;
            }
            return false;
        }
    }
    return false;
}

void relay(int client)
{
    int server = connectTarget();
    if (server < 0) {
        ::close(client);
        return;
    }
    ++g.connections;
    const long generation = g.generation.load();
    Pipe up, down; // up: client -> server
    bool responseSeen = false;
    bool awaitingResponse = false; // request bytes went up since the last response began
    bool dropThis = false;
    char buf[16384];
    auto cut = [&] {
        ++g.cuts;
        // RST rather than FIN: a real cut does not say goodbye.
        linger lg{1, 0};
        ::setsockopt(client, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::setsockopt(server, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    };
    for (;;) {
        if (g.generation.load() != generation) {
            cut();
            break;
        }
        const auto now = Clock::now();
        const long bw = g.bandwidth.load();
        const bool stalled = g.stall.load();
        // Read when the queue is short (backpressure), unless stalled.
        pollfd fds[2] = {{client, 0, 0}, {server, 0, 0}};
        if (!stalled && !up.eof && up.queue.size() < 64)
            fds[0].events |= POLLIN;
        if (!stalled && !down.eof && down.queue.size() < 64)
            fds[1].events |= POLLIN;
        ::poll(fds, 2, 5);
        bool closeAll = false;
        bool switched = false; // the server socket changed: the old one's events are stale
        auto readInto = [&](int fd, Pipe& p, bool isUp) {
            const std::size_t max =
                bw > 0 ? std::min<std::size_t>(sizeof buf, std::max(256L, bw / 20)) : sizeof buf;
            const ssize_t n = ::recv(fd, buf, max, 0);
            if (n <= 0) {
                p.eof = true;
                return;
            }
            if (isUp && !awaitingResponse && responseSeen && g_balance.load() &&
                down.queue.empty() && startsRequest(buf, static_cast<std::size_t>(n))) {
                // The previous answer is complete (the client sent its next request): this
                // request goes to a target picked afresh.
                ::close(server);
                server = connectTarget();
                down = Pipe{};
                switched = true;
                ++g.connections;
                if (server < 0) {
                    p.eof = true;
                    closeAll = true;
                    return;
                }
            }
            if (isUp)
                awaitingResponse = true;
            if (!isUp && awaitingResponse) {
                // First bytes of a new response on this (kept-alive) connection.
                awaitingResponse = false;
                responseSeen = true;
                long d = g.dropResponses.load();
                while (d > 0 && !g.dropResponses.compare_exchange_weak(d, d - 1)) {
                }
                if (d > 0) {
                    dropThis = true;
                    ++g.dropped;
                }
            }
            p.queue.push_back({Clock::now() + std::chrono::milliseconds(g.latencyMs.load()),
                               std::string(buf, static_cast<std::size_t>(n))});
        };
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR))
            readInto(client, up, true);
        if (!switched && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            readInto(server, down, false);
        if (dropThis) {
            // The server has the whole request (it is answering): swallow the answer.
            cut();
            break;
        }
        auto flush = [&](Pipe& p, int to, bool isUp) {
            if (stalled)
                return;
            if (bw > 0) {
                const double dt = std::chrono::duration<double>(now - p.refilled).count();
                p.tokens = std::min<double>(p.tokens + dt * bw, static_cast<double>(bw) / 10 + 1);
                p.refilled = now;
            }
            while (!p.queue.empty() && p.queue.front().due <= now) {
                std::string& bytes = p.queue.front().bytes;
                std::size_t want = bytes.size();
                if (bw > 0) {
                    want = std::min<std::size_t>(want,
                                                 static_cast<std::size_t>(std::max(0.0, p.tokens)));
                    if (want == 0)
                        return;
                }
                const bool cutAfter = takeBudget(isUp ? g.cutUp : g.cutDown, want);
                const ssize_t n = want ? ::send(to, bytes.data(), want, MSG_NOSIGNAL) : 0;
                if (n < 0) {
                    closeAll = true;
                    return;
                }
                (isUp ? g.bytesUp : g.bytesDown) += n;
                if (bw > 0)
                    p.tokens -= static_cast<double>(n);
                bytes.erase(0, static_cast<std::size_t>(n));
                if (cutAfter) {
                    cut();
                    closeAll = true;
                    return;
                }
                if (!bytes.empty())
                    return;
                p.queue.pop_front();
            }
        };
        flush(up, server, true);
        flush(down, client, false);
        if (closeAll)
            break;
        if (up.eof && up.queue.empty() && down.eof && down.queue.empty())
            break;
        if ((down.eof && down.queue.empty()) ||
            (up.eof && up.queue.empty() && responseSeen && down.queue.empty() && down.eof))
            break;
    }
    ::close(client);
    ::close(server);
}

std::string command(const std::string& line)
{
    std::istringstream in(line);
    std::string cmd;
    long v = 0;
    in >> cmd;
    if (cmd == "latency" && in >> v)
        g.latencyMs = v;
    else if (cmd == "bandwidth" && in >> v)
        g.bandwidth = v;
    else if (cmd == "stall") {
        std::string s;
        in >> s;
        g.stall = s == "on";
    } else if (cmd == "cut_up" && in >> v)
        g.cutUp = v;
    else if (cmd == "cut_down" && in >> v)
        g.cutDown = v;
    else if (cmd == "cut_every" && in >> v)
        g.cutEveryMs = v;
    else if (cmd == "drop_responses" && in >> v)
        g.dropResponses = v;
    else if (cmd == "cut_now")
        ++g.generation;
    else if (cmd == "reset") {
        g.latencyMs = 0;
        g.bandwidth = 0;
        g.stall = false;
        g.cutUp = -1;
        g.cutDown = -1;
        g.cutEveryMs = 0;
        g.dropResponses = 0;
    } else if (cmd == "targets") {
        std::string list;
        in >> list;
        if (!setTargets(list))
            return "error targets: expected HOST:PORT[,HOST:PORT...]";
    } else if (cmd == "stats") {
        return "ok up=" + std::to_string(g.bytesUp.load()) +
               " down=" + std::to_string(g.bytesDown.load()) +
               " connections=" + std::to_string(g.connections.load()) +
               " cuts=" + std::to_string(g.cuts.load()) +
               " dropped=" + std::to_string(g.dropped.load());
    } else
        return "error unknown command: " + line;
    return "ok";
}

void control(int fd)
{
    std::string pending;
    char buf[512];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        pending.append(buf, static_cast<std::size_t>(n));
        std::size_t nl;
        while ((nl = pending.find('\n')) != std::string::npos) {
            const std::string reply = command(pending.substr(0, nl)) + "\n";
            pending.erase(0, nl + 1);
            ::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
        }
    }
    ::close(fd);
}

} // namespace

int main(int argc, char** argv)
{
    int listenPort = 0, controlPort = 0;
    std::string targets;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--target")
            targets += (targets.empty() ? "" : ",") + v;
        else if (k == "--listen")
            listenPort = std::atoi(v.c_str());
        else if (k == "--control")
            controlPort = std::atoi(v.c_str());
        else {
            std::fprintf(stderr, "faultproxy: unknown option %s\n", k.c_str());
            return 2;
        }
    }
    if (!setTargets(targets)) {
        std::fprintf(stderr, "usage: vitalis-faultproxy --target HOST:PORT [--target ...] "
                             "[--listen P] [--control P]\n");
        return 2;
    }
    ::signal(SIGPIPE, SIG_IGN);
    int lp = 0, cp = 0;
    const int lfd = listenOn(listenPort, lp);
    const int cfd = listenOn(controlPort, cp);
    std::printf("faultproxy listen=%d control=%d\n", lp, cp);
    std::fflush(stdout);
    std::thread([cfd] {
        for (;;) {
            const int fd = ::accept(cfd, nullptr, nullptr);
            if (fd >= 0)
                std::thread(control, fd).detach();
        }
    }).detach();
    std::thread([] {
        auto last = Clock::now();
        for (;;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            const long every = g.cutEveryMs.load();
            if (every > 0 && Clock::now() - last >= std::chrono::milliseconds(every)) {
                ++g.generation;
                last = Clock::now();
            } else if (every <= 0)
                last = Clock::now();
        }
    }).detach();
    for (;;) {
        const int fd = ::accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::thread(relay, fd).detach();
    }
}
