// Lets `perf record --control fifo:CTL,ACK -D -1` sample only a benchmark's timed region:
// the benchmark writes "enable"/"disable" to the FIFO named by VITALIS_BENCH_PERF_CTL (and
// waits for perf's "ack" on VITALIS_BENCH_PERF_ACK). Without the variable it does nothing.
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

namespace vitalis::bench
{

class PerfControl
{
public:
    static void enable() { send("enable"); }
    static void disable() { send("disable"); }

private:
    static void send(const char* command)
    {
        const char* ctl = std::getenv("VITALIS_BENCH_PERF_CTL");
        if (!ctl || !*ctl)
            return;
        std::ofstream(ctl) << command << '\n' << std::flush;
        // perf applies the command before it answers: the timed region starts sampled.
        if (const char* ack = std::getenv("VITALIS_BENCH_PERF_ACK"); ack && *ack) {
            std::ifstream in(ack);
            std::string reply;
            std::getline(in, reply);
        }
    }
};

} // namespace vitalis::bench
