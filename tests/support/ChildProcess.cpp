#include "tests/support/ChildProcess.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace vitalis::test
{

namespace
{

int exitCode(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The last lines a child wrote to its log: a test that expects a refusal at start reads the
// reason from the exception, and a failing test shows it without opening the file.
std::string logTail(const std::filesystem::path& log)
{
    std::ifstream in(log, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    constexpr std::size_t kTail = 4096;
    return text.size() > kTail ? text.substr(text.size() - kTail) : text;
}

} // namespace

void execArgv(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
}

std::string ChildProcess::start(const std::vector<std::string>& argv, const std::string& marker,
                                const std::filesystem::path& log)
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
        execArgv(argv);
    }
    ::close(fds[1]);
    m_out = ::fdopen(fds[0], "r");
    char line[1024];
    while (std::fgets(line, sizeof line, m_out)) {
        std::string l(line);
        if (l.find(marker) != std::string::npos)
            return l;
    }
    stop(SIGKILL);
    throw std::runtime_error("child " + argv[0] + " exited before printing '" + marker + "' (see " +
                             log.string() + "):\n" + logTail(log));
}

bool ChildProcess::running()
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == 0)
        return true;
    m_status = status;
    m_pid = -1;
    closeOutput();
    return false;
}

int ChildProcess::stop(int sig, int timeoutMs)
{
    if (m_pid > 0) {
        ::kill(m_pid, sig);
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        int status = 0;
        pid_t done = 0;
        while ((done = ::waitpid(m_pid, &status, WNOHANG)) == 0 &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (done == 0) { // hung: the caller hears -1
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            status = SIGKILL;
        }
        m_status = status;
        m_pid = -1;
    }
    closeOutput();
    return m_status == -1 ? -1 : exitCode(m_status);
}

void ChildProcess::closeOutput()
{
    if (m_out) {
        std::fclose(m_out);
        m_out = nullptr;
    }
}

} // namespace vitalis::test
