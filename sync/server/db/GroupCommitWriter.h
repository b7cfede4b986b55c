// One writer thread for a SQLite database: write jobs from many request threads are joined
// into one transaction (one fsync for all of them); a failing job fails alone (the group runs
// again without it). A caller returns only after the transaction holding its job has committed.
#pragma once

#include "sync/server/db/Db.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vitalis::server
{

class GroupCommitWriter
{
public:
    // `maxJobs` bounds one transaction, so a long queue still commits (and answers) steadily.
    explicit GroupCommitWriter(DbPool& pool, std::size_t maxJobs = 64);
    ~GroupCommitWriter();
    GroupCommitWriter(const GroupCommitWriter&) = delete;
    GroupCommitWriter& operator=(const GroupCommitWriter&) = delete;

    // Runs `job` on the writer's connection inside the shared transaction (the job must not
    // open a transaction of its own). Rethrows what the job threw (nothing of it was
    // committed) or what the commit threw (then nothing of the job is in the database). The job
    // may run twice when the shared transaction fails for another job's reason: it must
    // start from scratch each time.
    void run(const std::function<void(Db&)>& job);

    std::size_t transactions() const; // commits so far, for tests and metrics

private:
    struct Pending {
        const std::function<void(Db&)>* job = nullptr;
        std::exception_ptr error;
        bool done = false;
    };
    void loop();
    void commitGroup(Db& db, const std::vector<Pending*>& group);

    DbPool& pool_;
    const std::size_t maxJobs_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable finished_;
    std::deque<Pending*> queue_;
    std::size_t commits_ = 0;
    bool stop_ = false;
    std::thread thread_;
};

} // namespace vitalis::server
