// The device's pool of reserved registration numbers (offline registration) in a real encrypted
// profile: numbers handed out in order, never twice, only from usable blocks; the server's
// answer replaces the blocks but keeps how far each was used; a rolled-back take gives nothing.
#include "core/store/NumberPoolRepository.h"

#include "core/NumberPool.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>
#include <set>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

constexpr std::int64_t kNow = 1'795'000'000'000LL;

class NumberPoolRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override { store = ProfileStore::open(tmp / "p", keys); }
    void answer(std::vector<PoolBlock> blocks)
    {
        Transaction tx(store->db());
        NumberPoolRepository(store->db()).replace({{"OFF-ALD", "ALD", true, 14}}, blocks);
        tx.commit();
    }
    static PoolBlock block(const std::string& id, std::int64_t first, std::int64_t last,
                           std::int64_t expiresAt = kNow + kDayMillis, int year = 2026)
    {
        return {id, "OFF-ALD", "ALD", year, first, last, first, expiresAt};
    }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};

} // namespace

TEST_F(NumberPoolRepositoryTest, HandsOutEveryNumberOnceOldestBlockFirst)
{
    answer({block("b2", 201, 202), block("b1", 101, 102)});
    NumberPoolRepository pool(store->db());
    EXPECT_EQ(pool.usable("OFF-ALD", 2026, kNow), 4);
    std::vector<std::string> got;
    while (const auto n = pool.take("OFF-ALD", 2026, kNow))
        got.push_back(*n);
    EXPECT_EQ(got, (std::vector<std::string>{"ALD-2026-000101", "ALD-2026-000102",
                                             "ALD-2026-000201", "ALD-2026-000202"}));
    EXPECT_EQ(pool.usable("OFF-ALD", 2026, kNow), 0);
}

TEST_F(NumberPoolRepositoryTest, SkipsExpiredBlocksOtherYearsAndOtherOffices)
{
    answer({block("old", 1, 10, kNow - 1), block("next-year", 11, 20, kNow + kDayMillis, 2027),
            block("ok", 21, 22)});
    NumberPoolRepository pool(store->db());
    EXPECT_EQ(pool.usable("OFF-ALD", 2026, kNow), 2);
    EXPECT_EQ(pool.take("OFF-ALD", 2026, kNow), "ALD-2026-000021");
    EXPECT_FALSE(pool.take("OFF-BRE", 2026, kNow));
}

TEST_F(NumberPoolRepositoryTest, TheServersAnswerKeepsHowFarABlockWasUsed)
{
    answer({block("b1", 101, 200)});
    NumberPoolRepository pool(store->db());
    for (int i = 0; i < 30; ++i)
        pool.take("OFF-ALD", 2026, kNow);
    // The server answers b1 again (with its own first_seq) and a new block.
    answer({block("b1", 101, 200), block("b3", 301, 400)});
    const auto blocks = pool.blocks();
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].blockId, "b1");
    EXPECT_EQ(blocks[0].remaining(), 70);
    EXPECT_EQ(blocks[1].remaining(), 100);
    EXPECT_EQ(pool.take("OFF-ALD", 2026, kNow), "ALD-2026-000131");
    answer({block("b3", 301, 400)}); // b1 closed on the server
    EXPECT_EQ(pool.usable("OFF-ALD", 2026, kNow), 100);
    ASSERT_TRUE(pool.office("OFF-ALD"));
    EXPECT_EQ(pool.office("OFF-ALD")->maxOfflineDays, 14);
}

TEST_F(NumberPoolRepositoryTest, ATakeRolledBackWithItsChangeGivesNothingAway)
{
    answer({block("b1", 101, 200)});
    NumberPoolRepository pool(store->db());
    {
        Transaction tx(store->db());
        EXPECT_EQ(pool.take("OFF-ALD", 2026, kNow), "ALD-2026-000101");
        // no commit: the record's change failed
    }
    EXPECT_EQ(pool.take("OFF-ALD", 2026, kNow), "ALD-2026-000101");
}
