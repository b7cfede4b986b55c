#include "certificates/RevocationList.h"

#include "certificates/CertificateError.h"
#include "certificates/CoseSign1.h"

#include <algorithm>

namespace vitalis::certificates
{
namespace
{

enum Key : std::int64_t { IssuedAt = 1, RevokedKeys = 2, Voided = 3 };

Bytes encodePayload(const RevocationList& list)
{
    std::vector<CborPtr> keys;
    for (const RevokedKey& k : list.revokedKeys) {
        std::vector<CborPtr> pair;
        pair.push_back(cbor::bytes(k.keyId));
        pair.push_back(cbor::integer(k.revokedAt));
        keys.push_back(cbor::array(std::move(pair)));
    }
    std::vector<CborPtr> voided;
    for (const std::string& id : list.voided)
        voided.push_back(cbor::text(id));
    cbor::Entries entries;
    entries.emplace_back(IssuedAt, cbor::integer(list.issuedAt));
    entries.emplace_back(RevokedKeys, cbor::array(std::move(keys)));
    entries.emplace_back(Voided, cbor::array(std::move(voided)));
    return cbor::encode(cbor::map(std::move(entries)).get());
}

RevocationList decodePayload(const Bytes& payload)
{
    const CborPtr root = cbor::decode(payload, "revocation list");
    RevocationList list;
    list.issuedAt = cbor::asInteger(cbor::lookup(root.get(), IssuedAt, "revocation list"),
                                    "revocation list issue time");
    const char* keysWhat = "revocation list revoked keys";
    for (const cbor_item_t* k :
         cbor::asArray(cbor::lookup(root.get(), RevokedKeys, keysWhat), keysWhat)) {
        const auto pair = cbor::asArray(k, keysWhat, 2);
        list.revokedKeys.push_back({cbor::asBytes(pair[0], "revoked key id"),
                                    cbor::asInteger(pair[1], "revocation time")});
    }
    const char* voidedWhat = "revocation list voided certificates";
    for (const cbor_item_t* v :
         cbor::asArray(cbor::lookup(root.get(), Voided, voidedWhat), voidedWhat))
        list.voided.push_back(cbor::asText(v, voidedWhat));
    return list;
}

} // namespace

Bytes RevocationList::sign(const SigningKey& server, const KeyCertificate& serverCertificate) const
{
    return CoseSign1::sign(encodePayload(*this), server, {serverCertificate.encode()});
}

RevocationList RevocationList::open(const Bytes& data, const Bytes& rootPublicKey)
{
    const CoseSign1 message = CoseSign1::decode(data);
    if (message.chain.size() != 1)
        throw CertificateError("revocation list: expected the server's key certificate");
    const KeyCertificate server = KeyCertificate::decode(message.chain[0]);
    if (server.role != KeyRole::Server || !server.signedBy(rootPublicKey))
        throw CertificateError("revocation list: the server key is not certified by the root key");
    if (message.keyId != server.keyId || !message.verify(server.publicKey))
        throw CertificateError("revocation list: the signature does not match its content");
    RevocationList list = decodePayload(message.payload);
    if (!server.validAt(list.issuedAt))
        throw CertificateError("revocation list: signed outside the server key's validity");
    return list;
}

const RevokedKey* RevocationList::revocationOf(const Bytes& keyId) const
{
    const auto it = std::find_if(revokedKeys.begin(), revokedKeys.end(),
                                 [&](const RevokedKey& k) { return k.keyId == keyId; });
    return it == revokedKeys.end() ? nullptr : &*it;
}

bool RevocationList::isVoided(const CertificateClaims& claims) const
{
    const std::string copy = claims.certificateId();
    return std::any_of(voided.begin(), voided.end(), [&](const std::string& id) {
        return id == claims.registrationNumber || id == copy;
    });
}

} // namespace vitalis::certificates
