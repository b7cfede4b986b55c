// Without a reachable Secret Service the provider must fail within its timeout with a
// KeyUnavailable that is NOT "not found", so the store never mistakes it for a new profile.
// ctest runs this binary with DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist.
#include "app/keychain/KeychainKeyProvider.h"
#include "tests/support/QtTestApp.h"

#include <chrono>
#include <gtest/gtest.h>

using namespace vitalis;

TEST(KeychainUnavailable, ReadFailsClosedAndQuickly)
{
    test::qtTestApp();
    KeychainKeyProvider provider(QStringLiteral("vitalis-test-unavailable"),
                                 std::chrono::seconds(10));
    const auto start = std::chrono::steady_clock::now();
    try {
        provider.loadKey("alice");
        FAIL() << "a keychain without a D-Bus session cannot hand out a key";
    } catch (const KeyUnavailable& e) {
        EXPECT_FALSE(e.notFound()) << e.what();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(15));
}

TEST(KeychainUnavailable, CreateFailsInsteadOfInventingAKey)
{
    test::qtTestApp();
    KeychainKeyProvider provider(QStringLiteral("vitalis-test-unavailable"),
                                 std::chrono::seconds(10));
    EXPECT_THROW(provider.createKey("alice"), KeyUnavailable);
}
