// Runs one QtKeychain job to completion with a deadline, so a hung Secret Service
// (seen with QT_NO_GLIB=1 or a dead D-Bus) turns into an error instead of a frozen app.
#pragma once

#include <QString>
#include <chrono>

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

KeychainJobResult runKeychainJob(QKeychain::Job& job, std::chrono::milliseconds timeout);

} // namespace vitalis
