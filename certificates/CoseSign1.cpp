#include "certificates/CoseSign1.h"

#include "certificates/CertificateError.h"

namespace vitalis::certificates
{
namespace
{

constexpr std::uint64_t kCoseSign1Tag = 18;
constexpr std::int64_t kHeaderAlg = 1;
constexpr std::int64_t kHeaderKid = 4;

Bytes sigStructure(const Bytes& protectedHeader, const Bytes& payload)
{
    std::vector<CborPtr> items;
    items.push_back(cbor::text("Signature1"));
    items.push_back(cbor::bytes(protectedHeader));
    items.push_back(cbor::bytes({}));
    items.push_back(cbor::bytes(payload));
    return cbor::encode(cbor::array(std::move(items)).get());
}

std::vector<Bytes> readChain(const cbor_item_t* unprotectedHeader)
{
    std::vector<Bytes> chain;
    const cbor_item_t* list = cbor::lookup(unprotectedHeader, kHeaderKeyChain, "COSE header");
    if (!list)
        return chain;
    for (const cbor_item_t* link : cbor::asArray(list, "COSE key chain"))
        chain.push_back(cbor::asBytes(link, "COSE key chain entry"));
    return chain;
}

} // namespace

Bytes CoseSign1::sign(const Bytes& payload, const SigningKey& key, const std::vector<Bytes>& chain)
{
    cbor::Entries header;
    header.emplace_back(kHeaderAlg, cbor::integer(kCoseAlgEdDsa));
    header.emplace_back(kHeaderKid, cbor::bytes(key.keyId()));
    const Bytes protectedHeader = cbor::encode(cbor::map(std::move(header)).get());

    std::vector<CborPtr> links;
    for (const Bytes& link : chain)
        links.push_back(cbor::bytes(link));
    cbor::Entries unprotectedHeader;
    if (!links.empty())
        unprotectedHeader.emplace_back(kHeaderKeyChain, cbor::array(std::move(links)));

    std::vector<CborPtr> items;
    items.push_back(cbor::bytes(protectedHeader));
    items.push_back(cbor::map(std::move(unprotectedHeader)));
    items.push_back(cbor::bytes(payload));
    items.push_back(cbor::bytes(key.sign(sigStructure(protectedHeader, payload))));
    CborPtr tagged(cbor_new_tag(kCoseSign1Tag));
    CborPtr body = cbor::array(std::move(items));
    cbor_tag_set_item(tagged.get(), body.get());
    return cbor::encode(tagged.get());
}

CoseSign1 CoseSign1::decode(const Bytes& data)
{
    // libcbor 0.8 (Debian 12) fails to load tags 18..23 written in the initial byte (0xd2 for
    // COSE_Sign1), so the tag byte is read here and the untagged array handed to libcbor.
    const bool shortTag = !data.empty() && data[0] == 0xd2;
    const CborPtr root =
        cbor::decode(shortTag ? Bytes(data.begin() + 1, data.end()) : data, "COSE_Sign1");
    CborPtr holder;
    const cbor_item_t* message = cbor::untag(root.get(), kCoseSign1Tag, holder);
    const auto items = cbor::asArray(message, "COSE_Sign1", 4);
    CoseSign1 result;
    result.protectedHeader = cbor::asBytes(items[0], "COSE protected header");
    const CborPtr header = cbor::decode(result.protectedHeader, "COSE protected header");
    const cbor_item_t* alg = cbor::lookup(header.get(), kHeaderAlg, "COSE protected header");
    if (cbor::asInteger(alg, "COSE algorithm") != kCoseAlgEdDsa)
        throw CertificateError("COSE algorithm: only EdDSA (-8) is accepted");
    result.keyId = cbor::asBytes(cbor::lookup(header.get(), kHeaderKid, "COSE protected header"),
                                 "COSE key id");
    result.chain = readChain(items[1]);
    result.payload = cbor::asBytes(items[2], "COSE payload");
    result.signature = cbor::asBytes(items[3], "COSE signature");
    return result;
}

bool CoseSign1::verify(const Bytes& publicKey) const
{
    return verifySignature(publicKey, sigStructure(protectedHeader, payload), signature);
}

} // namespace vitalis::certificates
