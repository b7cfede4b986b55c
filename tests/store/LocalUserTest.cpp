// Offline PIN: rules for trivial PINs, argon2id verifier, lockout after 5 failures that
// survives closing the profile.
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>
#include <sodium.h>

using namespace vitalis;
using namespace vitalis::test;

TEST(PinRules, TrivialPinsAreRefusedWithAReason)
{
    const PinPolicy policy;
    for (const char* pin : {"000000", "111111", "123456", "234567", "654321", "987654", "890123",
                            "121212", "123123", "12345", "1234", "12a456", "", "1234567890123"})
        EXPECT_TRUE(pinProblem(pin, policy).has_value()) << pin;
    for (const char* pin : {"194738", "602915", "5830174", "100467"})
        EXPECT_FALSE(pinProblem(pin, policy).has_value())
            << pin << ": " << *pinProblem(pin, policy);
    EXPECT_EQ(*pinProblem("12345", policy), "a PIN must have at least 6 digits");
    EXPECT_EQ(*pinProblem("777777", policy), "a PIN must not repeat one digit");
    EXPECT_EQ(*pinProblem("345678", policy), "a PIN must not be a run of consecutive digits");
    EXPECT_EQ(*pinProblem("4a1234", policy), "a PIN must contain digits only");
    PinPolicy four;
    four.minLength = 4;
    EXPECT_FALSE(pinProblem("1938", four));
    EXPECT_TRUE(pinProblem("4321", four));
    PinPolicy tooWeak;
    tooWeak.minLength = 2; // the floor is 4 whatever the policy says
    EXPECT_TRUE(pinProblem("193", tooWeak));
}

class LocalUserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = ProfileStore::open(tmp / "p", keys);
        LocalUser u;
        u.userId = "clerk-1";
        u.displayName = "Efua Clerk";
        u.officeId = "office-1";
        u.roles = {"registration_agent"};
        u.updatedAt = 1;
        store->users().upsert(u);
    }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};

TEST_F(LocalUserTest, PinIsStoredAsArgon2idWithAtLeastTheRequiredCost)
{
    store->users().setPin("clerk-1", "194738", 10);
    const auto hash = store->db().queryOne("SELECT pin_hash FROM local_users");
    ASSERT_TRUE(hash);
    EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
    EXPECT_NE(hash->find("m=19456"), std::string::npos) << *hash; // 19 MiB in KiB
    EXPECT_NE(hash->find("t=2"), std::string::npos) << *hash;
    EXPECT_EQ(hash->find("194738"), std::string::npos);
    EXPECT_EQ(crypto_pwhash_str_needs_rehash(hash->c_str(), LocalUserRepository::kOpsLimit,
                                             LocalUserRepository::kMemLimit),
              0);
    EXPECT_EQ(store->users().verifyPin("clerk-1", "194738", 11).outcome, PinOutcome::Ok);
    EXPECT_TRUE(store->users().find("clerk-1")->hasPin);
}

TEST_F(LocalUserTest, TrivialPinIsRejectedAndNothingStored)
{
    try {
        store->users().setPin("clerk-1", "123456", 10);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::PinRejected);
    }
    EXPECT_FALSE(store->users().find("clerk-1")->hasPin);
    EXPECT_EQ(store->users().verifyPin("clerk-1", "123456", 11).outcome, PinOutcome::NoPin);
    EXPECT_EQ(store->users().verifyPin("nobody", "194738", 11).outcome, PinOutcome::UnknownUser);
    EXPECT_THROW(store->users().setPin("nobody", "194738", 1), StoreError);
}

TEST_F(LocalUserTest, FiveFailuresLockOutAndTheLockoutSurvivesReopen)
{
    store->users().setPin("clerk-1", "194738", 10);
    for (int i = 1; i <= 4; ++i) {
        const auto r = store->users().verifyPin("clerk-1", "000001", 20 + i);
        EXPECT_EQ(r.outcome, PinOutcome::Wrong);
        EXPECT_EQ(r.remainingAttempts, 5 - i);
    }
    // A correct PIN in between resets the count...
    EXPECT_EQ(store->users().verifyPin("clerk-1", "194738", 30).outcome, PinOutcome::Ok);
    for (int i = 1; i <= 4; ++i)
        EXPECT_EQ(store->users().verifyPin("clerk-1", "000001", 40 + i).outcome, PinOutcome::Wrong);
    EXPECT_EQ(store->users().verifyPin("clerk-1", "000001", 50).outcome, PinOutcome::LockedOut);
    // ...but once locked, even the right PIN is refused, also after a restart.
    EXPECT_EQ(store->users().verifyPin("clerk-1", "194738", 51).outcome, PinOutcome::LockedOut);
    store.reset();
    store = ProfileStore::open(tmp / "p", keys);
    EXPECT_TRUE(store->users().find("clerk-1")->lockedOut);
    EXPECT_EQ(store->users().verifyPin("clerk-1", "194738", 60).outcome, PinOutcome::LockedOut);
    store->users().resetLockout("clerk-1", 70);
    EXPECT_EQ(store->users().verifyPin("clerk-1", "194738", 71).outcome, PinOutcome::Ok);
}

TEST_F(LocalUserTest, UpsertKeepsPinAndUpdatesProfile)
{
    store->users().setPin("clerk-1", "194738", 10);
    LocalUser u = *store->users().find("clerk-1");
    u.displayName = "Efua A. Clerk";
    store->users().upsert(u);
    EXPECT_EQ(store->users().find("clerk-1")->displayName, "Efua A. Clerk");
    EXPECT_EQ(store->users().verifyPin("clerk-1", "194738", 11).outcome, PinOutcome::Ok);
    EXPECT_EQ(store->users().list().size(), 1u);
    EXPECT_EQ(store->users().find("clerk-1")->roles, nlohmann::json({"registration_agent"}));
}
