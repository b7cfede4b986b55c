// The server's side of certificate checking: the signed revocation list it publishes (revoked
// device keys, voided registration numbers) and the public check behind the /verify page,
// rate-limited per client address. Keys come from configuration (--certificate-key,
// --root-public-key); without them the endpoints say so instead of guessing.
#pragma once

#include "certificates/Verifier.h"
#include "core/Clock.h"
#include "sync/server/auth/LoginThrottle.h"
#include "sync/server/db/Db.h"

#include <QByteArray>
#include <QString>
#include <mutex>
#include <optional>

namespace vitalis::server
{

struct CertificateKeys {
    std::optional<certificates::SigningKey> signingKey;
    std::optional<certificates::KeyCertificate> signingCertificate;
    certificates::Bytes rootPublicKey; // empty: the public check is not set up

    // Reads FILE and FILE.cert, and the root's .pub file; either may be empty (not set up).
    // Throws std::invalid_argument naming the option and file.
    static CertificateKeys fromFiles(const QString& signingKey, const QString& rootPublicKey);
};

struct SignedRevocations {
    QByteArray bytes; // the COSE_Sign1 (certificates::RevocationList)
    QByteArray etag;  // quoted, changes only when the list's content changes
};

class CertificateService
{
public:
    CertificateService(DbPool& pool, const Clock& clock, CertificateKeys keys,
                       int verifyRequestsPerMinute);

    // Throws ApiError(not_found) when the server has no signing key.
    SignedRevocations revocations();
    // Counts one public check from `address`; throws ApiError(too_many_requests) past the limit.
    void admit(const std::string& address);
    // Verifies with the root key and the current list. Throws ApiError(not_found) when no root
    // key is configured.
    certificates::Verification verify(const std::string& text);

private:
    certificates::RevocationList currentList(Db& db) const;

    DbPool& pool_;
    const Clock& clock_;
    CertificateKeys keys_;
    LoginThrottle throttle_;
    int verifyPerMinute_;
    std::mutex cacheMutex_; // workers share the last signed list
    std::optional<certificates::RevocationList> cachedList_;
    SignedRevocations cached_;
};

} // namespace vitalis::server
