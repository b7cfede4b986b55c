// Keeps one device's pushes in mutation order when it has several batches on the server at
// once: a batch that finds a gap waits for the device's earlier batch instead of refusing.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

namespace vitalis::server
{

// A device sends batch N+1 while N is still on the server (docs/sync-protocol.md). The two
// requests run on different workers, so N+1 may reach the watermark check first and find
// a gap. Its ticket then waits while a batch of the device with lower mutation ids is being
// handled (or briefly, in case N has not been read yet), and the caller tries again once one
// finishes.
// Only this process's batches are seen; across processes the device resends (a gap behind
// a batch in flight is not a loss to the device either).
class PushSequencer
{
public:
    // How long a gap waits when nothing else of the device is here yet.
    static constexpr std::chrono::milliseconds kGrace{1000};
    // The longest a batch waits for the ones before it, in all.
    static constexpr std::chrono::milliseconds kMaxWait{120'000};

    class Ticket
    {
    public:
        Ticket(PushSequencer& owner, std::string device, std::int64_t firstMutationId);
        ~Ticket();
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;

        // Call before each attempt: what "something finished since" is measured against.
        void attempting();
        // After the attempt found a gap: true when an earlier batch of the device finished
        // since attempting() (try again), false when nothing here can close the gap.
        bool awaitEarlier();

    private:
        PushSequencer& owner_;
        std::string device_;
        std::int64_t first_;
        std::chrono::steady_clock::time_point entered_;
        std::uint64_t finishedAtEntry_ = 0;
        std::uint64_t finishedSeen_ = 0;
    };

private:
    struct Lane {
        std::multiset<std::int64_t> firsts; // first mutation ids of the batches handled now
        std::uint64_t finished = 0;         // how many batches have finished, in any way
    };
    std::mutex mutex_;
    std::condition_variable changed_;
    std::unordered_map<std::string, Lane> lanes_;
};

} // namespace vitalis::server
