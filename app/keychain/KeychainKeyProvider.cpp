#include "app/keychain/KeychainKeyProvider.h"

#include "app/keychain/KeychainJobRunner.h"

#include <memory>
#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace vitalis
{
namespace
{

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

} // namespace

KeychainKeyProvider::KeychainKeyProvider(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

SecretKey KeychainKeyProvider::loadKey(const std::string& profileId)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryName(profileId));
    const auto r = runKeychainJob(job, m_timeout);
    if (r.timedOut || r.error != QKeychain::NoError)
        throwUnavailable(r, "cannot read the database key of profile '" + profileId +
                                "' from the OS keychain");
    QByteArray bytes = job.binaryData();
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

SecretKey KeychainKeyProvider::createKey(const std::string& profileId)
{
    // Never overwrite: a second key would orphan the database encrypted with the first.
    {
        QKeychain::ReadPasswordJob probe(m_service);
        probe.setKey(entryName(profileId));
        const auto r = runKeychainJob(probe, m_timeout);
        if (r.error == QKeychain::NoError && !r.timedOut) {
            QByteArray existing = probe.binaryData();
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
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryName(profileId));
    job.setBinaryData(bytes);
    wipe(bytes);
    const auto r = runKeychainJob(job, m_timeout);
    if (r.timedOut || r.error != QKeychain::NoError)
        throwUnavailable(r, "cannot store the database key of profile '" + profileId +
                                "' in the OS keychain");
    return key;
}

std::string KeychainKeyProvider::describe() const
{
    return "OS keychain (service '" + m_service.toStdString() + "')";
}

void KeychainKeyProvider::deleteKey(const std::string& profileId)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(profileId));
    const auto r = runKeychainJob(job, m_timeout);
    if (r.timedOut || (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound))
        throwUnavailable(r, "cannot delete the key of profile '" + profileId + "'");
}

} // namespace vitalis
