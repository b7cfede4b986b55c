#include "sync/server/certificates/CertificateService.h"

#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "sync/server/certificates/RevocationStore.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/NumberPoolStore.h"

#include <QCryptographicHash>
#include <stdexcept>

namespace vitalis::server
{

using namespace certificates;
using protocol::ErrorCode;

namespace
{

constexpr const char* kVerifyScope = "verify";
constexpr std::int64_t kMinuteMs = 60 * 1000;

bool sameContent(const RevocationList& a, const RevocationList& b)
{
    if (a.voided != b.voided || a.revokedKeys.size() != b.revokedKeys.size())
        return false;
    for (std::size_t i = 0; i < a.revokedKeys.size(); ++i)
        if (a.revokedKeys[i].keyId != b.revokedKeys[i].keyId ||
            a.revokedKeys[i].revokedAt != b.revokedKeys[i].revokedAt)
            return false;
    return true;
}

} // namespace

CertificateKeys CertificateKeys::fromFiles(const QString& signingKey, const QString& rootPublicKey)
{
    CertificateKeys keys;
    try {
        if (!signingKey.isEmpty()) {
            keys.signingKey = keyfile::readPrivate(signingKey.toStdString());
            keys.signingCertificate = keyfile::readCertificate(signingKey.toStdString() + ".cert");
            if (keys.signingCertificate->publicKey != keys.signingKey->publicKey())
                throw CertificateError(signingKey.toStdString() +
                                       ".cert certifies another key than " +
                                       signingKey.toStdString());
        }
    } catch (const CertificateError& e) {
        throw std::invalid_argument(std::string("--certificate-key: ") + e.what());
    }
    try {
        if (!rootPublicKey.isEmpty())
            keys.rootPublicKey = keyfile::readPublic(rootPublicKey.toStdString());
    } catch (const CertificateError& e) {
        throw std::invalid_argument(std::string("--root-public-key: ") + e.what());
    }
    if (keys.signingCertificate && !keys.rootPublicKey.empty() &&
        !keys.signingCertificate->signedBy(keys.rootPublicKey))
        throw std::invalid_argument("--certificate-key: its certificate is not signed by the root "
                                    "key of --root-public-key");
    return keys;
}

CertificateService::CertificateService(DbPool& pool, const Clock& clock, CertificateKeys keys,
                                       int verifyRequestsPerMinute)
    : pool_(pool), clock_(clock), keys_(std::move(keys)), throttle_(clock, ThrottleSettings{}),
      verifyPerMinute_(verifyRequestsPerMinute)
{
}

RevocationList CertificateService::currentList(Db& db) const
{
    RevocationList list;
    list.issuedAt = clock_.nowMillis() / 1000;
    for (const KeyRevocation& r : RevocationStore::all(db))
        list.revokedKeys.push_back({fromHex(r.keyId, "revoked key id"), r.revokedAt});
    list.voided = NumberPoolStore::voidedNumbers(db);
    return list;
}

SignedRevocations CertificateService::revocations()
{
    if (!keys_.signingKey)
        throw ApiError(ErrorCode::NotFound, "this server publishes no revocation list: it has "
                                            "no certificate signing key (--certificate-key)");
    const RevocationList list = currentList(pool_.local());
    std::lock_guard lock(cacheMutex_);
    // The same content keeps the same signed bytes (and ETag), so verifiers that already have
    // it download nothing; its issue time is when the content last changed.
    if (!cachedList_ || !sameContent(*cachedList_, list)) {
        const Bytes signedList = list.sign(*keys_.signingKey, *keys_.signingCertificate);
        cached_.bytes = QByteArray(reinterpret_cast<const char*>(signedList.data()),
                                   static_cast<qsizetype>(signedList.size()));
        cached_.etag =
            '"' +
            QCryptographicHash::hash(cached_.bytes, QCryptographicHash::Sha256).toHex().left(32) +
            '"';
        cachedList_ = list;
    }
    return cached_;
}

void CertificateService::admit(const std::string& address)
{
    Db& db = pool_.local();
    LoginThrottle::Verdict v;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        v = throttle_.countRequest(db, kVerifyScope, address, verifyPerMinute_, kMinuteMs);
        tx.commit();
    });
    if (v.block != LoginThrottle::Block::None)
        throw ApiError(ErrorCode::TooManyRequests,
                       "too many certificate checks from this address; retry in " +
                           std::to_string(v.retryAfterSeconds) + " seconds",
                       {{"retry_after_seconds", v.retryAfterSeconds}});
}

Verification CertificateService::verify(const std::string& text)
{
    if (keys_.rootPublicKey.empty())
        throw ApiError(ErrorCode::NotFound, "certificate checking is not set up on this server "
                                            "(no --root-public-key)");
    const RevocationList list = currentList(pool_.local());
    return Verifier::verify(text, keys_.rootPublicKey, &list, clock_.nowMillis() / 1000);
}

} // namespace vitalis::server
