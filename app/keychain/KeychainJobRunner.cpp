#include "app/keychain/KeychainJobRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace vitalis
{

void KeychainJobDeleter::operator()(QKeychain::Job* job) const
{
    if (job)
        job->deleteLater();
}

KeychainJobResult runKeychainJobRaw(QKeychain::Job& job, std::chrono::milliseconds timeout)
{
    KeychainJobResult result;
    if (!QCoreApplication::instance()) {
        result.error = QKeychain::OtherError;
        result.errorString =
            QStringLiteral("no Qt application object: the keychain needs an event loop");
        return result;
    }
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        result.timedOut = true;
        result.error = QKeychain::OtherError;
        result.errorString = QStringLiteral("the keychain did not answer within %1 s")
                                 .arg(static_cast<double>(timeout.count()) / 1000.0);
        // The job may still finish later: it must neither touch our stack nor be destroyed
        // while QtKeychain still drives it.
        QObject::disconnect(&job, nullptr, &loop, nullptr);
        QObject::connect(&job, &QKeychain::Job::finished, &job, &QObject::deleteLater);
        return result;
    }
    result.error = job.error();
    result.errorString = job.errorString();
    return result;
}

} // namespace vitalis
