// The database key through the real OS keychain: gnome-keyring in a private D-Bus session
// (tests/tools/with-test-services). Each test uses its own service name.
#include "app/keychain/KeychainKeyProvider.h"
#include "tests/support/QtTestApp.h"

#include <QUuid>
#include <gtest/gtest.h>

using namespace vitalis;

namespace
{

class KeychainKeyProviderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::qtTestApp();
        service =
            QStringLiteral("vitalis-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QString service;
};

TEST_F(KeychainKeyProviderTest, CreatedKeyIsReadBackIdentically)
{
    KeychainKeyProvider provider(service);
    const SecretKey created = provider.createKey("alice");
    const SecretKey loaded = provider.loadKey("alice");
    EXPECT_TRUE(created.equals(loaded));

    // A fresh provider object (as after an application restart) reads the same key.
    KeychainKeyProvider again(service);
    EXPECT_TRUE(again.loadKey("alice").equals(created));
    provider.deleteKey("alice");
}

TEST_F(KeychainKeyProviderTest, ProfilesHaveIndependentRandomKeys)
{
    KeychainKeyProvider provider(service);
    const SecretKey a = provider.createKey("alice");
    const SecretKey b = provider.createKey("bob");
    EXPECT_FALSE(a.equals(b));
    EXPECT_TRUE(provider.loadKey("bob").equals(b));
    provider.deleteKey("alice");
    provider.deleteKey("bob");
}

TEST_F(KeychainKeyProviderTest, NeverReplacesAnExistingKey)
{
    KeychainKeyProvider provider(service);
    const SecretKey first = provider.createKey("alice");
    EXPECT_THROW(provider.createKey("alice"), KeyUnavailable);
    EXPECT_TRUE(provider.loadKey("alice").equals(first));
    provider.deleteKey("alice");
}

TEST_F(KeychainKeyProviderTest, MissingEntryIsReportedAsNotFound)
{
    KeychainKeyProvider provider(service);
    try {
        provider.loadKey("nobody");
        FAIL() << "loading a key that was never stored must fail";
    } catch (const KeyUnavailable& e) {
        EXPECT_TRUE(e.notFound()) << e.what();
        EXPECT_NE(std::string(e.what()).find("nobody"), std::string::npos) << e.what();
    }
}

TEST_F(KeychainKeyProviderTest, DeletedKeyIsGone)
{
    KeychainKeyProvider provider(service);
    provider.createKey("alice");
    provider.deleteKey("alice");
    EXPECT_THROW(provider.loadKey("alice"), KeyUnavailable);
    provider.deleteKey("alice"); // deleting twice is harmless
}

} // namespace
