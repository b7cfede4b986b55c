// Runs one QtKeychain job to completion with a deadline, so a hung Secret Service
// (seen with QT_NO_GLIB=1 or a dead D-Bus) turns into an error instead of a frozen app.
#pragma once

#include <QString>
#include <chrono>
#include <memory>

namespace QKeychain
{
class Job;
}

namespace vitalis
{

struct KeychainJobResult {
    bool timedOut = false;
    int error = 0; // QKeychain::Error
    QString errorString;
};

// Jobs live on the heap and die by deleteLater: QtKeychain may still have queued signals
// for a job when it reports finished, and a job that timed out may answer much later.
struct KeychainJobDeleter {
    void operator()(QKeychain::Job* job) const;
};
template <class J> using KeychainJobPtr = std::unique_ptr<J, KeychainJobDeleter>;

// Must run on the thread that owns the keychain (KeychainKeyProvider sees to it). On a
// timeout the job is handed over to itself (deleted when it finally finishes) and `job`
// becomes null, so nobody reads a job that is still running.
template <class J>
KeychainJobResult runKeychainJob(KeychainJobPtr<J>& job, std::chrono::milliseconds timeout);

KeychainJobResult runKeychainJobRaw(QKeychain::Job& job, std::chrono::milliseconds timeout);

template <class J>
KeychainJobResult runKeychainJob(KeychainJobPtr<J>& job, std::chrono::milliseconds timeout)
{
    auto result = runKeychainJobRaw(*job, timeout);
    if (result.timedOut)
        static_cast<void>(job.release()); // runKeychainJobRaw arranged its deletion
    return result;
}

} // namespace vitalis
