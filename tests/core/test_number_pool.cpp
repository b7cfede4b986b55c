// The registration number's text form and the offline-registration pool rules (core, Qt-free).
#include "core/NumberPool.h"
#include "core/RegistrationNumber.h"

#include <gtest/gtest.h>

using namespace vitalis;

TEST(RegistrationNumber, FormatsOfficeYearAndSixDigitSequence)
{
    EXPECT_EQ(registration_number::format("ALD", 2026, 457), "ALD-2026-000457");
    EXPECT_EQ(registration_number::format("O1", 2027, 1234567), "O1-2027-1234567");
}

TEST(RegistrationNumber, ParsesWhatItFormats)
{
    const auto n = registration_number::parse("ALD-2026-000457");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->officeCode, "ALD");
    EXPECT_EQ(n->year, 2026);
    EXPECT_EQ(n->sequence, 457);
    const auto big = registration_number::parse("O1-2027-1234567");
    ASSERT_TRUE(big);
    EXPECT_EQ(big->sequence, 1234567);
    EXPECT_EQ(registration_number::format(*big), "O1-2027-1234567");
}

TEST(RegistrationNumber, RefusesAnythingButTheCanonicalText)
{
    for (const char* bad :
         {"", "ALD", "ALD-2026", "ALD-2026-", "-2026-000001", "ALD-26-000001", "ALD-2026-00001",
          "ALD-2026-0000001", "ALD-2026-000000", "ALD-2026-00000a", "ALD-2026-+00001",
          "A-B-2026-000001", "TOOLONGCODE-2026-000001", "ALD-2026-000001 ", "ald 2026 000001"})
        EXPECT_FALSE(registration_number::parse(bad)) << bad;
}

TEST(RegistrationNumber, YearIsTheUtcCalendarYear)
{
    EXPECT_EQ(registration_number::yearOf(0), 1970);
    // 2026-12-31T23:59:59.999Z and one millisecond later.
    EXPECT_EQ(registration_number::yearOf(1798761599999LL), 2026);
    EXPECT_EQ(registration_number::yearOf(1798761600000LL), 2027);
}

TEST(NumberPoolRules, RefillsBelowTheLowWaterMarkWithinTheBlockCap)
{
    const NumberPoolPolicy p; // 100 / 50 / 3 blocks
    EXPECT_FALSE(number_pool::needsBlock(50, 1, p));
    EXPECT_TRUE(number_pool::needsBlock(49, 1, p));
    EXPECT_TRUE(number_pool::needsBlock(0, 0, p));
    EXPECT_FALSE(number_pool::needsBlock(10, 3, p)); // nobody hoards
    NumberPoolPolicy off = p;
    off.lowWater = 0;
    EXPECT_FALSE(number_pool::needsBlock(0, 0, off));
}

TEST(NumberPoolRules, ABlockClosesAfterExpiryPlusTheOfflineAllowance)
{
    EXPECT_EQ(number_pool::closesAt(1000, 0), 1000);
    EXPECT_EQ(number_pool::closesAt(1000, 14), 1000 + 14 * kDayMillis);
}

TEST(NumberPoolRules, OfflineStateFollowsOfficeSettingsSyncAgeAndNumbersLeft)
{
    const std::int64_t now = 100 * kDayMillis;
    number_pool::OfflineCheck c;
    EXPECT_EQ(number_pool::offlineState(c, now), number_pool::OfflineState::NoPool);
    c.officeKnown = true;
    c.maxOfflineDays = 14;
    c.lastSyncAt = now - 3 * kDayMillis;
    c.usableNumbers = 5;
    EXPECT_EQ(number_pool::offlineState(c, now), number_pool::OfflineState::Allowed);
    c.usableNumbers = 0;
    EXPECT_EQ(number_pool::offlineState(c, now), number_pool::OfflineState::NoPool);
    c.usableNumbers = 5;
    c.lastSyncAt = now - 14 * kDayMillis;
    EXPECT_EQ(number_pool::offlineState(c, now), number_pool::OfflineState::Allowed);
    c.lastSyncAt = now - 14 * kDayMillis - 1;
    EXPECT_EQ(number_pool::offlineState(c, now), number_pool::OfflineState::SyncTooOld);
    const std::string why = number_pool::explain(number_pool::OfflineState::SyncTooOld, c, now);
    EXPECT_NE(why.find("14 days ago"), std::string::npos) << why;
    EXPECT_NE(why.find("14 days at most"), std::string::npos) << why;
    EXPECT_NE(why.find("sync"), std::string::npos) << why;
    c.enabled = false;
    EXPECT_EQ(number_pool::offlineState(c, now), number_pool::OfflineState::Disabled);
}
