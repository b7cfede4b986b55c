#include "app/keychain/KeychainJobRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace vitalis
{

KeychainJobResult runKeychainJob(QKeychain::Job& job, std::chrono::milliseconds timeout)
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
        // The job may still finish later; disconnect so it cannot touch our stack.
        QObject::disconnect(&job, nullptr, &loop, nullptr);
        return result;
    }
    result.error = job.error();
    result.errorString = job.errorString();
    return result;
}

} // namespace vitalis
