#include "certificates/CertificateIssuer.h"

#include "certificates/Base45.h"
#include "certificates/CertificateError.h"
#include "certificates/CoseSign1.h"
#include "certificates/Deflate.h"

namespace vitalis::certificates
{

CertificateIssuer::CertificateIssuer(SigningKey deviceKey, KeyCertificate deviceCertificate,
                                     KeyCertificate serverCertificate)
    : deviceKey_(std::move(deviceKey)), deviceCertificate_(std::move(deviceCertificate)),
      serverCertificate_(std::move(serverCertificate))
{
    if (deviceCertificate_.publicKey != deviceKey_.publicKey())
        throw CertificateError("issuer: the device certificate is for another key");
}

std::string CertificateIssuer::sign(const CertificateClaims& claims) const
{
    if (!deviceCertificate_.validAt(claims.issuedAt))
        throw CertificateError("this device's issuing key is not valid now; sync to renew it");
    const Bytes cose = CoseSign1::sign(claims.toCwt(), deviceKey_,
                                       {deviceCertificate_.encode(), serverCertificate_.encode()});
    return std::string(kQrPrefix) + base45::encode(deflate::compress(cose));
}

} // namespace vitalis::certificates
