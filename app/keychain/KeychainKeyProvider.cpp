#include "app/keychain/KeychainKeyProvider.h"

#include "app/keychain/KeychainJobRunner.h"

#include <QObject>
#include <QThread>
#include <future>
#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace vitalis
{
namespace
{

// A caller on another thread waits a little longer than a job may take, so a job that timed
// out on the owner thread reports its own (more precise) message first.
constexpr std::chrono::seconds kHandOverMargin{5};

QString entryName(const std::string& profileId)
{
    return QStringLiteral("profile-db-key:") + QString::fromStdString(profileId);
}

[[noreturn]] void throwUnavailable(const KeychainJobResult& r, const std::string& what)
{
    const bool notFound = !r.timedOut && r.error == QKeychain::EntryNotFound;
    throw KeyUnavailable(what + ": " + r.errorString.toStdString(), notFound);
}

// QByteArray cannot wipe itself; do it before it is released.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

template <class J> KeychainJobPtr<J> makeJob(const QString& service, const std::string& profileId)
{
    KeychainJobPtr<J> job(new J(service));
    job->setKey(entryName(profileId));
    return job;
}

} // namespace

KeychainKeyProvider::KeychainKeyProvider(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout), m_owner(std::make_unique<QObject>())
{
}

KeychainKeyProvider::~KeychainKeyProvider() = default;

template <class R>
R KeychainKeyProvider::onOwnerThread(std::function<R()> work, const std::string& profileId)
{
    if (QThread::currentThread() == m_owner->thread())
        return work();
    auto task = std::make_shared<std::packaged_task<R()>>(std::move(work));
    auto answer = task->get_future();
    // If the owner is gone or never gets to it, the task is dropped and we time out below.
    QMetaObject::invokeMethod(
        m_owner.get(), [task] { (*task)(); }, Qt::QueuedConnection);
    if (answer.wait_for(m_timeout + kHandOverMargin) != std::future_status::ready)
        throw KeyUnavailable("cannot use the OS keychain for profile '" + profileId +
                             "': the keychain did not answer in time");
    return answer.get();
}

SecretKey KeychainKeyProvider::loadKey(const std::string& profileId)
{
    return onOwnerThread<SecretKey>([this, profileId] { return loadOnOwner(profileId); },
                                    profileId);
}

SecretKey KeychainKeyProvider::createKey(const std::string& profileId)
{
    return onOwnerThread<SecretKey>([this, profileId] { return createOnOwner(profileId); },
                                    profileId);
}

void KeychainKeyProvider::deleteKey(const std::string& profileId)
{
    onOwnerThread<void>([this, profileId] { deleteOnOwner(profileId); }, profileId);
}

SecretKey KeychainKeyProvider::loadOnOwner(const std::string& profileId)
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, profileId);
    const auto r = runKeychainJob(job, m_timeout);
    if (r.timedOut || r.error != QKeychain::NoError)
        throwUnavailable(r, "cannot read the database key of profile '" + profileId +
                                "' from the OS keychain");
    QByteArray bytes = job->binaryData();
    if (bytes.size() != static_cast<qsizetype>(SecretKey::kSize)) {
        wipe(bytes);
        throw KeyUnavailable("the OS keychain entry for profile '" + profileId +
                             "' is not a 256-bit key");
    }
    auto key = SecretKey::fromBytes(
        {reinterpret_cast<const std::uint8_t*>(bytes.constData()), SecretKey::kSize});
    wipe(bytes);
    return key;
}

SecretKey KeychainKeyProvider::createOnOwner(const std::string& profileId)
{
    // Never overwrite: a second key would orphan the database encrypted with the first.
    {
        auto probe = makeJob<QKeychain::ReadPasswordJob>(m_service, profileId);
        const auto r = runKeychainJob(probe, m_timeout);
        if (r.error == QKeychain::NoError && !r.timedOut) {
            QByteArray existing = probe->binaryData();
            wipe(existing);
            throw KeyUnavailable("the OS keychain already holds a key for profile '" + profileId +
                                 "'; refusing to replace it");
        }
        if (r.timedOut || r.error != QKeychain::EntryNotFound)
            throwUnavailable(r, "cannot use the OS keychain for profile '" + profileId + "'");
    }
    auto key = SecretKey::generate();
    QByteArray bytes(reinterpret_cast<const char*>(key.bytes().data()),
                     static_cast<qsizetype>(key.bytes().size()));
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, profileId);
    job->setBinaryData(bytes);
    wipe(bytes);
    const auto r = runKeychainJob(job, m_timeout);
    if (r.timedOut || r.error != QKeychain::NoError)
        throwUnavailable(r, "cannot store the database key of profile '" + profileId +
                                "' in the OS keychain");
    return key;
}

void KeychainKeyProvider::deleteOnOwner(const std::string& profileId)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, profileId);
    const auto r = runKeychainJob(job, m_timeout);
    if (r.timedOut || (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound))
        throwUnavailable(r, "cannot delete the key of profile '" + profileId + "'");
}

std::string KeychainKeyProvider::describe() const
{
    return "OS keychain (service '" + m_service.toStdString() + "')";
}

} // namespace vitalis
