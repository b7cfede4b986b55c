#include "core/Uuid.h"

#include <gtest/gtest.h>
#include <set>

using namespace vitalis;

namespace
{

class ConstantRandom final : public RandomSource
{
public:
    explicit ConstantRandom(unsigned char byte) : m_byte(byte) {}
    void fill(unsigned char* out, std::size_t size) override
    {
        for (std::size_t i = 0; i < size; ++i)
            out[i] = m_byte;
    }
    std::uint32_t uniform(std::uint32_t) override { return 0; }

private:
    unsigned char m_byte;
};

} // namespace

TEST(Uuid, VersionAndVariantBitsAreSetOverInjectedBytes)
{
    ConstantRandom ones(0xFF), zeros(0x00);
    EXPECT_EQ(generateUuid(ones), "ffffffff-ffff-4fff-bfff-ffffffffffff");
    EXPECT_EQ(generateUuid(zeros), "00000000-0000-4000-8000-000000000000");
}

TEST(Uuid, RandomUuidsAreCanonicalLowerCaseAndDistinct)
{
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const auto id = generateUuid();
        ASSERT_TRUE(isUuid(id, /*lowerCaseOnly=*/true)) << id;
        EXPECT_EQ(id[14], '4') << id;
        EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos) << id;
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 2000u);
}

TEST(Uuid, TimeOrderedIdsCarryTheMillisecondsThenVersionSevenOverRandomBits)
{
    ConstantRandom ones(0xFF), zeros(0x00);
    // 1796472000123 ms after the epoch (2026-12-05T12:00:00.123Z) = 0x01a2'4613'4e7b
    EXPECT_EQ(generateTimeOrderedUuid(1796472000123, zeros),
              "01a24613-4e7b-7000-8000-000000000000");
    EXPECT_EQ(generateTimeOrderedUuid(1796472000123, ones), "01a24613-4e7b-7fff-bfff-ffffffffffff");
    EXPECT_EQ(generateTimeOrderedUuid(-5, zeros), "00000000-0000-7000-8000-000000000000");
}

TEST(Uuid, TimeOrderedIdsSortByTimeAndDifferWithinOneMillisecond)
{
    std::set<std::string> sameMillisecond;
    for (int i = 0; i < 2000; ++i) {
        const auto id = generateTimeOrderedUuid(1796472000123);
        ASSERT_TRUE(isUuid(id, /*lowerCaseOnly=*/true)) << id;
        EXPECT_EQ(id[14], '7') << id;
        EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos) << id;
        sameMillisecond.insert(id);
    }
    EXPECT_EQ(sameMillisecond.size(), 2000u);
    // Text order is time order: what keeps record-id indexes append-mostly.
    std::string previous;
    for (std::int64_t ms :
         {0LL, 1LL, 255LL, 256LL, 1796472000123LL, 1796472000124LL, 281474976710655LL}) {
        const auto id = generateTimeOrderedUuid(ms);
        EXPECT_LT(previous, id) << ms;
        previous = id;
    }
}

TEST(Uuid, RecognisesOnlyTheCanonicalForm)
{
    EXPECT_TRUE(isUuid("123e4567-e89b-12d3-a456-426614174000"));
    EXPECT_TRUE(isUuid("123E4567-E89B-12D3-A456-426614174000"));
    EXPECT_FALSE(isUuid("123E4567-E89B-12D3-A456-426614174000", true));
    EXPECT_FALSE(isUuid("123e4567e89b12d3a456426614174000"));
    EXPECT_FALSE(isUuid("{123e4567-e89b-12d3-a456-426614174000}"));
    EXPECT_FALSE(isUuid("123e4567-e89b-12d3-a456-42661417400g"));
    EXPECT_FALSE(isUuid("123e4567-e89b-12d3-a456_426614174000"));
    EXPECT_FALSE(isUuid(""));
}
