// A child process for tests (the server, the fault proxy): started with its standard error in a
// log file, start() returns once it printed a marker line, and it never outlives the test.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace vitalis::test
{

// In a forked child: becomes argv[0] (a path) with these arguments; exits 127 if it cannot.
[[noreturn]] void execArgv(const std::vector<std::string>& argv);

class ChildProcess
{
public:
    ChildProcess() = default;
    ~ChildProcess() { kill(9); }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Runs argv[0] (a path); returns the first standard-output line containing `marker`.
    // Throws when the child exits first (its log says why).
    std::string start(const std::vector<std::string>& argv, const std::string& marker,
                      const std::filesystem::path& log);
    // Sends `sig` and waits; a child still running after `timeoutMs` is killed. Returns the exit
    // code, or -1 when it died of a signal or hung.
    int stop(int sig, int timeoutMs = 20000);
    void kill(int sig) { stop(sig); }
    bool running();
    pid_t pid() const { return m_pid; }

private:
    void closeOutput();
    pid_t m_pid = -1;
    FILE* m_out = nullptr;
    int m_status = -1;
};

} // namespace vitalis::test
