#include "sync/server/db/GroupCommitWriter.h"

namespace vitalis::server
{

GroupCommitWriter::GroupCommitWriter(DbPool& pool, std::size_t maxJobs)
    : pool_(pool), maxJobs_(std::max<std::size_t>(1, maxJobs)), thread_([this] { loop(); })
{
}

GroupCommitWriter::~GroupCommitWriter()
{
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void GroupCommitWriter::run(const std::function<void(Db&)>& job)
{
    Pending p;
    p.job = &job;
    std::unique_lock lock(mutex_);
    if (stop_)
        throw DbError(DbError::Kind::Unavailable, "the server is shutting down");
    queue_.push_back(&p);
    wake_.notify_one();
    finished_.wait(lock, [&] { return p.done; });
    if (p.error)
        std::rethrow_exception(p.error);
}

std::size_t GroupCommitWriter::transactions() const
{
    std::lock_guard lock(mutex_);
    return commits_;
}

void GroupCommitWriter::loop()
{
    // The connection lives and dies on this thread (Qt Sql connections are thread-bound).
    Db& db = pool_.local();
    std::vector<Pending*> group;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || !queue_.empty(); });
            if (queue_.empty())
                return; // stopping, nothing left to answer
            group.clear();
            while (!queue_.empty() && group.size() < maxJobs_) {
                group.push_back(queue_.front());
                queue_.pop_front();
            }
        }
        commitGroup(db, group);
        {
            std::lock_guard lock(mutex_);
            ++commits_;
            for (Pending* p : group)
                p->done = true;
        }
        finished_.notify_all();
    }
}

namespace
{
// Rows written so far on this connection (SQLite counts only statements that completed).
qint64 totalChanges(Db& db)
{
    return db.scalarInt(QStringLiteral("SELECT total_changes()")).value_or(0);
}
} // namespace

// No savepoint per job: SQLite keeps the original of every page changed under an open
// savepoint in its sub-journal until the outermost one is released, so a job savepoint around
// 1,000 ops (each with its own savepoint) copied every page each op touched, tens of MB per
// group written to a temporary file. A job that fails is rare: when it wrote nothing the
// others go on; otherwise the group is rolled back and run again without it.
void GroupCommitWriter::commitGroup(Db& db, const std::vector<Pending*>& group)
{
    std::size_t failed = group.size(); // a job that failed after writing
    try {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        for (std::size_t i = 0; i < group.size() && failed == group.size(); ++i) {
            Pending* p = group[i];
            p->error = nullptr;
            const qint64 before = totalChanges(db);
            try {
                (*p->job)(db);
            } catch (const DbError& e) {
                // Only a constraint error leaves SQLite's transaction usable for the others.
                if (e.kind() != DbError::Kind::UniqueViolation && e.kind() != DbError::Kind::Other)
                    throw;
                p->error = std::current_exception();
            } catch (...) {
                p->error = std::current_exception();
            }
            if (p->error && totalChanges(db) != before)
                failed = i;
        }
        if (failed == group.size()) {
            tx.commit();
            return;
        }
    } catch (...) {
        // The shared transaction itself failed (busy, I/O): nothing of the group is in the
        // database. Alone, each job meets only its own fate.
        if (group.size() == 1) {
            group.front()->error = std::current_exception();
            return;
        }
        for (Pending* p : group)
            commitGroup(db, {p});
        return;
    }
    // Rolled back: the failed job keeps its error, the others run again from scratch.
    std::vector<Pending*> rest;
    for (std::size_t i = 0; i < group.size(); ++i)
        if (i != failed)
            rest.push_back(group[i]);
    if (!rest.empty())
        commitGroup(db, rest);
}

} // namespace vitalis::server
