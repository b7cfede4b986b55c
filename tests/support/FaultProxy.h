// The fault-injection proxy (tests/tools/faultproxy) as a child process between a device and
// the server: commands on its control port cut, delay or throttle the link.
#pragma once

#include "tests/support/ChildProcess.h"

#include <filesystem>
#include <string>

namespace vitalis::test
{

class FaultProxy
{
public:
    FaultProxy(const std::filesystem::path& dir, int targetPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;
    // One control command; its "ok ..." reply (anything else throws).
    std::string send(const std::string& command);
    // One counter from "stats" (up, down, connections, cuts, dropped); -1 when absent.
    long long stat(const std::string& key);
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

private:
    ChildProcess m_proc;
    int m_port = 0, m_control = 0, m_fd = -1;
};

} // namespace vitalis::test
