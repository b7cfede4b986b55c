#include "tests/support/FaultProxy.h"

#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace vitalis::test
{

FaultProxy::FaultProxy(const std::filesystem::path& dir, int targetPort)
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

FaultProxy::~FaultProxy()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string FaultProxy::send(const std::string& command)
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

long long FaultProxy::stat(const std::string& key)
{
    const auto stats = send("stats");
    const auto at = stats.find(" " + key + "=");
    return at == std::string::npos ? -1 : std::stoll(stats.substr(at + key.size() + 2));
}

} // namespace vitalis::test
