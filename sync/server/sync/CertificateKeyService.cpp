#include "sync/server/sync/CertificateKeyService.h"

#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "core/Scope.h"
#include "sync/protocol/JsonReader.h"
#include "sync/server/http/ApiError.h"

#include <stdexcept>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;
namespace cert = certificates;

CertificateKeyService::CertificateKeyService(DbPool& pool, Directory& directory, const Clock& clock,
                                             const CertificateKeys& keys, int deviceDays)
    : pool_(pool), directory_(directory), clock_(clock), deviceDays_(deviceDays),
      serverKey_(keys.signingKey), serverCertificate_(keys.signingCertificate)
{
}

json CertificateKeyService::certify(const AuthContext& auth, const json& body)
{
    if (!serverKey_)
        throw ApiError(ErrorCode::NotFound,
                       "this server has no certificate signing key (--certificate-key)");
    const auto dir = directory_.current(pool_.local());
    const Role* role = dir->roles.find(auth.role);
    if (!role || !role->has(scope::Certify))
        throw ApiError(ErrorCode::Forbidden, "your role does not print certificates");
    protocol::ObjectReader r(body, "");
    const std::string hexKey = r.requireString("public_key", {64, 64});
    r.finish();
    cert::Bytes publicKey;
    try {
        publicKey = cert::fromHex(hexKey, "public_key");
    } catch (const cert::CertificateError& e) {
        throw ApiError(ErrorCode::InvalidRequest, e.what(), json::object(), "/public_key");
    }
    const std::int64_t now = clock_.nowMillis() / 1000;
    const cert::KeyCertificate device =
        cert::KeyCertificate::certifyDevice(publicKey, *serverKey_, now, deviceDays_);
    return {{"device_certificate", cert::hex(device.encode())},
            {"server_certificate", cert::hex(serverCertificate_->encode())},
            {"valid_from", device.validFrom},
            {"valid_until", device.validUntil}};
}

} // namespace vitalis::server
