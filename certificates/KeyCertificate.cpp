#include "certificates/KeyCertificate.h"

#include "certificates/CertificateError.h"

namespace vitalis::certificates
{
namespace
{

constexpr std::int64_t kSecondsPerDay = 86400;

std::vector<CborPtr> fields(const KeyCertificate& c)
{
    std::vector<CborPtr> items;
    items.push_back(cbor::bytes(c.publicKey));
    items.push_back(cbor::integer(static_cast<std::int64_t>(c.role)));
    items.push_back(cbor::integer(c.validFrom));
    items.push_back(cbor::integer(c.validUntil));
    return items;
}

} // namespace

KeyCertificate KeyCertificate::issue(const Bytes& subject, KeyRole role, std::int64_t now, int days,
                                     const SigningKey& signer)
{
    if (subject.size() != kPublicKeySize)
        throw CertificateError("key certificate: the public key must be 32 bytes");
    if (days <= 0)
        throw CertificateError("key certificate: the validity must be at least one day");
    KeyCertificate c;
    c.publicKey = subject;
    c.keyId = keyIdOf(subject);
    c.role = role;
    c.validFrom = now;
    c.validUntil = now + days * kSecondsPerDay;
    c.signature = signer.sign(c.signedPart());
    return c;
}

KeyCertificate KeyCertificate::certifyDevice(const Bytes& devicePublicKey, const SigningKey& server,
                                             std::int64_t now, int days)
{
    return issue(devicePublicKey, KeyRole::Device, now, days, server);
}

Bytes KeyCertificate::signedPart() const
{
    return cbor::encode(cbor::array(fields(*this)).get());
}

Bytes KeyCertificate::encode() const
{
    std::vector<CborPtr> items = fields(*this);
    items.push_back(cbor::bytes(signature));
    return cbor::encode(cbor::array(std::move(items)).get());
}

KeyCertificate KeyCertificate::decode(const Bytes& data)
{
    const CborPtr root = cbor::decode(data, "key certificate");
    const auto items = cbor::asArray(root.get(), "key certificate", 5);
    KeyCertificate c;
    c.publicKey = cbor::asBytes(items[0], "key certificate public key");
    if (c.publicKey.size() != kPublicKeySize)
        throw CertificateError("key certificate public key: expected 32 bytes");
    c.keyId = keyIdOf(c.publicKey);
    const std::int64_t role = cbor::asInteger(items[1], "key certificate role");
    if (role != static_cast<std::int64_t>(KeyRole::Server) &&
        role != static_cast<std::int64_t>(KeyRole::Device))
        throw CertificateError("key certificate role: unknown role " + std::to_string(role));
    c.role = static_cast<KeyRole>(role);
    c.validFrom = cbor::asInteger(items[2], "key certificate valid from");
    c.validUntil = cbor::asInteger(items[3], "key certificate valid until");
    c.signature = cbor::asBytes(items[4], "key certificate signature");
    return c;
}

bool KeyCertificate::signedBy(const Bytes& signerPublicKey) const
{
    return verifySignature(signerPublicKey, signedPart(), signature);
}

} // namespace vitalis::certificates
