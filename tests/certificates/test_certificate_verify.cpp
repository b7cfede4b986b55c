// The signed QR end to end in-process: CBOR/COSE round trip, and every verdict the verifier
// gives (tampered, untrusted, expired, revoked before/after, voided, malformed).
#include "CertificateKeys.h"
#include "certificates/Base45.h"
#include "certificates/CertificateError.h"
#include "certificates/CoseSign1.h"
#include "certificates/Deflate.h"
#include "certificates/Verifier.h"

#include <gtest/gtest.h>
#include <map>

using namespace vitalis::certificates;
using vitalis::test::birthClaims;
using vitalis::test::CertificateKeys;
using vitalis::test::kDay;
using vitalis::test::kKeysCreated;

namespace
{

constexpr std::int64_t kNow = kKeysCreated + 200 * kDay;

Verification verify(const std::string& text, const CertificateKeys& keys,
                    const RevocationList* list = nullptr)
{
    return Verifier::verify(text, keys.root.publicKey(), list, kNow);
}

// Decodes the QR text, lets `change` alter the COSE bytes, and encodes it again.
std::string rewrap(const std::string& text, const std::function<void(Bytes&)>& change)
{
    Bytes cose = deflate::inflate(base45::decode(text.substr(kQrPrefix.size())));
    change(cose);
    return std::string(kQrPrefix) + base45::encode(deflate::compress(cose));
}

} // namespace

TEST(CertificateClaims, RoundTripThroughCwt)
{
    auto claims = birthClaims();
    claims.givenNames = "عائشة";
    EXPECT_EQ(CertificateClaims::fromCwt(claims.toCwt()), claims);
    claims.eventType = "death";
    claims.sex.clear();
    claims.motherName.clear();
    EXPECT_EQ(CertificateClaims::fromCwt(claims.toCwt()), claims);
}

TEST(CoseSign1, RoundTripAndSignatureCoverTheProtectedHeader)
{
    CertificateKeys keys;
    const Bytes payload{1, 2, 3};
    const CoseSign1 message = CoseSign1::decode(CoseSign1::sign(payload, keys.device, {{9}}));
    EXPECT_EQ(message.payload, payload);
    EXPECT_EQ(message.keyId, keys.device.keyId());
    EXPECT_EQ(message.chain, std::vector<Bytes>{{9}});
    EXPECT_TRUE(message.verify(keys.device.publicKey()));
    EXPECT_FALSE(message.verify(keys.server.publicKey()));
    CoseSign1 changed = message;
    changed.protectedHeader.back() ^= 1;
    EXPECT_FALSE(changed.verify(keys.device.publicKey()));
}

TEST(Verifier, AValidCertificateShowsItsSignedFields)
{
    CertificateKeys keys;
    const std::string text = keys.issuer().sign(birthClaims());
    EXPECT_TRUE(text.starts_with("VC1:"));
    const Verification v = verify(text, keys);
    EXPECT_EQ(v.verdict, Verdict::Valid) << v.reason;
    ASSERT_TRUE(v.claims);
    EXPECT_EQ(*v.claims, birthClaims());
    // A scanner typing Enter after the text changes nothing.
    EXPECT_EQ(verify(text + "\n", keys).verdict, Verdict::Valid);
}

TEST(Verifier, OneChangedPayloadByteIsAnInvalidSignature)
{
    CertificateKeys keys;
    const std::string text = keys.issuer().sign(birthClaims());
    const std::string forged = rewrap(text, [](Bytes& cose) {
        const std::string name = "Otieno";
        auto at = std::search(cose.begin(), cose.end(), name.begin(), name.end());
        ASSERT_NE(at, cose.end());
        *at = 'P'; // "Ptieno": same length, still valid CBOR
    });
    const Verification v = verify(forged, keys);
    EXPECT_EQ(v.verdict, Verdict::InvalidSignature) << v.reason;
    ASSERT_TRUE(v.claims);
    EXPECT_EQ(v.claims->familyName, "Ptieno"); // shown, so the verifier sees what was forged
    EXPECT_NE(v.reason.find("signature"), std::string::npos);
}

TEST(Verifier, AKeyNotChainedToTheRootIsUntrusted)
{
    CertificateKeys keys;
    CertificateKeys other; // a whole other hierarchy: its own root, server and device
    const std::string text = other.issuer().sign(birthClaims());
    const Verification v = verify(text, keys);
    EXPECT_EQ(v.verdict, Verdict::UnknownOrUntrustedKey) << v.reason;
    EXPECT_NE(v.reason.find("root"), std::string::npos) << v.reason;

    // A device key certified by the real server's certificate but signed by another key.
    const auto rogue =
        KeyCertificate::certifyDevice(other.device.publicKey(), other.server, kKeysCreated);
    const CertificateIssuer impostor(other.device, rogue, keys.serverCertificate);
    const Verification w = verify(impostor.sign(birthClaims()), keys);
    EXPECT_EQ(w.verdict, Verdict::UnknownOrUntrustedKey) << w.reason;
}

TEST(Verifier, ExpiredDeviceCertificateIsKeyExpiredAndTheIssuerRefuses)
{
    CertificateKeys keys;
    const auto late = birthClaims(kKeysCreated + 91 * kDay); // 90 days by default
    try {
        keys.issuer().sign(late);
        FAIL() << "signed with an expired device key";
    } catch (const CertificateError& e) {
        EXPECT_NE(std::string(e.what()).find("sync"), std::string::npos) << e.what();
    }
    // A device that ignores the rule (or a forged clock) still produces a rejected QR.
    const Bytes cose =
        CoseSign1::sign(late.toCwt(), keys.device,
                        {keys.deviceCertificate.encode(), keys.serverCertificate.encode()});
    const std::string text = std::string(kQrPrefix) + base45::encode(deflate::compress(cose));
    EXPECT_EQ(verify(text, keys).verdict, Verdict::KeyExpired);
}

TEST(Verifier, RevokedDeviceKeyKeepsEarlierCertificatesValid)
{
    CertificateKeys keys;
    const std::int64_t revokedAt = kKeysCreated + 10 * kDay;
    RevocationList list;
    list.issuedAt = revokedAt + kDay;
    list.revokedKeys.push_back({keys.device.keyId(), revokedAt});
    const RevocationList opened =
        RevocationList::open(list.sign(keys.server, keys.serverCertificate), keys.root.publicKey());

    const auto before = keys.issuer().sign(birthClaims(revokedAt - 1));
    const auto at = keys.issuer().sign(birthClaims(revokedAt));
    const auto after = keys.issuer().sign(birthClaims(revokedAt + kDay));
    EXPECT_EQ(verify(before, keys, &opened).verdict, Verdict::Valid);
    EXPECT_EQ(verify(at, keys, &opened).verdict, Verdict::KeyRevoked);
    const Verification v = verify(after, keys, &opened);
    EXPECT_EQ(v.verdict, Verdict::KeyRevoked) << v.reason;
    EXPECT_TRUE(v.claims);
}

TEST(Verifier, VoidedNumberOrCopyIsVoided)
{
    CertificateKeys keys;
    RevocationList list;
    list.issuedAt = kNow;
    list.voided = {"BR-2026-000123/2", "BR-2026-999999"};
    const RevocationList opened =
        RevocationList::open(list.sign(keys.server, keys.serverCertificate), keys.root.publicKey());
    auto copy1 = birthClaims();
    auto copy2 = birthClaims();
    copy2.copyNumber = 2;
    auto other = birthClaims();
    other.registrationNumber = "BR-2026-999999";
    EXPECT_EQ(verify(keys.issuer().sign(copy1), keys, &opened).verdict, Verdict::Valid);
    EXPECT_EQ(verify(keys.issuer().sign(copy2), keys, &opened).verdict, Verdict::Voided);
    EXPECT_EQ(verify(keys.issuer().sign(other), keys, &opened).verdict, Verdict::Voided);
}

TEST(RevocationList, AListNotSignedThroughTheRootIsRefused)
{
    CertificateKeys keys;
    CertificateKeys other;
    RevocationList list;
    list.issuedAt = kNow;
    EXPECT_THROW(RevocationList::open(list.sign(other.server, other.serverCertificate),
                                      keys.root.publicKey()),
                 CertificateError);
    Bytes signedList = list.sign(keys.server, keys.serverCertificate);
    EXPECT_NO_THROW(RevocationList::open(signedList, keys.root.publicKey()));
    signedList[signedList.size() - 70] ^= 1; // inside the payload, before the signature
    EXPECT_THROW(RevocationList::open(signedList, keys.root.publicKey()), CertificateError);
}

TEST(Verifier, GarbageIsMalformedWithAReason)
{
    CertificateKeys keys;
    EXPECT_EQ(verify("hello", keys).verdict, Verdict::Malformed);
    const Verification b45 = verify("VC1:abc", keys);
    EXPECT_EQ(b45.verdict, Verdict::Malformed);
    EXPECT_NE(b45.reason.find("Base45"), std::string::npos) << b45.reason;
    const Verification zlib = verify("VC1:" + base45::encode({1, 2, 3}), keys);
    EXPECT_EQ(zlib.verdict, Verdict::Malformed);
    EXPECT_NE(zlib.reason.find("zlib"), std::string::npos) << zlib.reason;
    const Verification cbor = verify("VC1:" + base45::encode(deflate::compress({0xff})), keys);
    EXPECT_EQ(cbor.verdict, Verdict::Malformed) << cbor.reason;
    Bytes deep(65000, 0x81); // 65,000 nested arrays: a 132-character QR aimed at the stack
    deep.push_back(0);
    EXPECT_EQ(verify("VC1:" + base45::encode(deflate::compress(deep)), keys).verdict,
              Verdict::Malformed);
    // Found by fuzz_certificate_verifier: nested arrays each declaring 2.6 billion elements made
    // libcbor allocate their element arrays before reading them.
    Bytes huge(66, 0x9a);
    huge[62] = 0x24;
    huge[63] = 0x5b;
    huge[64] = 0x3c;
    huge[65] = 0xae;
    const Verification lengths = verify("VC1:" + base45::encode(deflate::compress(huge)), keys);
    EXPECT_EQ(lengths.verdict, Verdict::Malformed);
    EXPECT_NE(lengths.reason.find("larger than the data"), std::string::npos) << lengths.reason;
    Bytes bomb(1 << 20, 0); // 1 MiB of zeros inflates past the 64 KiB cap
    const Verification big = verify("VC1:" + base45::encode(deflate::compress(bomb)), keys);
    EXPECT_EQ(big.verdict, Verdict::Malformed);
    EXPECT_NE(big.reason.find("too large"), std::string::npos) << big.reason;
}

TEST(KeyCertificate, DeviceCertificateLastsNinetyDaysByDefault)
{
    CertificateKeys keys;
    const auto c = KeyCertificate::decode(keys.deviceCertificate.encode());
    EXPECT_EQ(c.validUntil - c.validFrom, 90 * kDay);
    EXPECT_EQ(c.role, KeyRole::Device);
    EXPECT_TRUE(c.signedBy(keys.server.publicKey()));
    EXPECT_FALSE(c.signedBy(keys.root.publicKey()));
    EXPECT_TRUE(c.validAt(kKeysCreated + 90 * kDay - 1));
    EXPECT_FALSE(c.validAt(kKeysCreated + 90 * kDay));
    const auto shortOne =
        KeyCertificate::certifyDevice(keys.device.publicKey(), keys.server, kKeysCreated, 7);
    EXPECT_EQ(shortOne.validUntil - shortOne.validFrom, 7 * kDay);
}

TEST(Verifier, EveryFlippedBitIsRejectedWithoutACrash)
{
    CertificateKeys keys;
    const std::string text = keys.issuer().sign(birthClaims());
    const Bytes cose = deflate::inflate(base45::decode(text.substr(kQrPrefix.size())));
    std::map<Verdict, int> seen;
    for (std::size_t i = 0; i < cose.size(); ++i) {
        const std::string changed = rewrap(text, [i](Bytes& b) { b[i] ^= 0x04; });
        const Verification v = verify(changed, keys);
        EXPECT_NE(v.verdict, Verdict::Valid) << "byte " << i << " changed, still valid";
        ++seen[v.verdict];
    }
    // The payload, the chain and the framing are all covered.
    EXPECT_GT(seen[Verdict::InvalidSignature], 0);
    EXPECT_GT(seen[Verdict::UnknownOrUntrustedKey], 0);
    EXPECT_GT(seen[Verdict::Malformed], 0);
}
