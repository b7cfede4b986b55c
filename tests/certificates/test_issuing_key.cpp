// A laptop's issuing key: its seed kept by the profile's KeyProvider (the same key pair every
// time), the chain renewed when under a third of its validity is left, and an expired chain
// refused with "sync" before anything is signed.
#include "app/common/IssuingKey.h"
#include "certificates/KeyCertificate.h"
#include "certificates/Verifier.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/certificates/CertificateKeys.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::certificates;
using namespace vitalis::test;

namespace
{

class IssuingKeyTest : public ::testing::Test
{
protected:
    std::filesystem::path dir = freshDir("issuing-key");
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store = ProfileStore::open(dir / "p", keys);
    CertificateKeys chain; // root and server key; the device key is the laptop's own here

    // Stores a certificate of the laptop's key issued at `from` for `days`, as renew() would.
    void certify(IssuingKey& key, std::int64_t from, int days)
    {
        const KeyCertificate device =
            KeyCertificate::certifyDevice(key.key().publicKey(), chain.server, from, days);
        store->settings().set("certificates.device_certificate", hex(device.encode()));
        store->settings().set("certificates.server_certificate",
                              hex(chain.serverCertificate.encode()));
    }
    void TearDown() override
    {
        store.reset();
        std::filesystem::remove_all(dir);
    }
};

} // namespace

TEST_F(IssuingKeyTest, SeedIsKeptByTheKeyProvider)
{
    IssuingKey key(keys, "profile-1", store->settings());
    const Bytes first = key.key().publicKey();
    EXPECT_EQ(IssuingKey(keys, "profile-1", store->settings()).key().publicKey(), first);
    EXPECT_NO_THROW(keys.loadKey("profile-1:issuing"));
    EXPECT_NE(IssuingKey(keys, "profile-2", store->settings()).key().publicKey(), first);
}

TEST_F(IssuingKeyTest, RenewedUnderAThirdLeftAndRefusedOnceExpired)
{
    IssuingKey key(keys, "profile-1", store->settings());
    EXPECT_TRUE(key.needsRenewal(kKeysCreated)); // no certificate yet
    try {
        key.issuer(kKeysCreated);
        ADD_FAILURE() << "signed without a certificate";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("sync"), std::string::npos) << e.what();
    }
    certify(key, kKeysCreated, 90);
    EXPECT_FALSE(key.needsRenewal(kKeysCreated + 59 * kDay));
    EXPECT_TRUE(key.needsRenewal(kKeysCreated + 61 * kDay));
    const std::string qr = key.issuer(kKeysCreated + kDay).sign(birthClaims(kKeysCreated + kDay));
    EXPECT_EQ(
        Verifier::verify(qr, chain.root.publicKey(), nullptr, kKeysCreated + 2 * kDay).verdict,
        Verdict::Valid);
    try {
        key.issuer(kKeysCreated + 91 * kDay);
        ADD_FAILURE() << "signed with an expired key";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("expired"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("sync"), std::string::npos) << e.what();
    }
}
