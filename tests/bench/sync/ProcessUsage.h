// CPU time and peak resident memory of a running process (this one or a child), read from
// /proc, so a benchmark can report what each process of a sync spent, not only wall time.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <sys/types.h>
#include <unistd.h>

namespace vitalis::bench
{

class ProcessUsage
{
public:
    explicit ProcessUsage(pid_t pid = 0)
        : m_dir(pid > 0 ? "/proc/" + std::to_string(pid) : std::string("/proc/self"))
    {
    }

    // User + system CPU seconds the process has used so far (all its threads).
    double cpuSeconds() const
    {
        std::ifstream in(m_dir + "/stat");
        std::string all((std::istreambuf_iterator<char>(in)), {});
        // The command name may contain spaces: fields are counted after its closing ')'.
        std::istringstream rest(all.substr(all.rfind(')') + 2));
        std::string field;
        unsigned long long utime = 0, stime = 0;
        for (int i = 3; i <= 15 && rest >> field; ++i) {
            if (i == 14)
                utime = std::stoull(field);
            if (i == 15)
                stime = std::stoull(field);
        }
        return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
    }

    // Peak resident set size (VmHWM) in MiB since the start or the last resetPeak().
    double peakRssMiB() const { return statusMiB("VmHWM:"); }

    // Current resident set size (VmRSS) in MiB.
    double rssMiB() const { return statusMiB("VmRSS:"); }

    // Starts a new peak from the current resident size (Linux clear_refs "5").
    void resetPeak() const { std::ofstream(m_dir + "/clear_refs") << "5"; }

private:
    double statusMiB(const std::string& key) const
    {
        std::ifstream in(m_dir + "/status");
        std::string line;
        while (std::getline(in, line))
            if (line.rfind(key, 0) == 0)
                return std::stod(line.substr(key.size())) / 1024.0;
        return 0;
    }

    std::string m_dir;
};

} // namespace vitalis::bench
