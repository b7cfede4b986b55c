// PullPageSize: how the pull page follows the link (issue 14, defect 5). The link itself is in
// test_sync_faults (PullOverLinkCutEveryThreeSecondsCompletes); here the rule, over a real
// encrypted profile so the size a run learned is what the next run starts with.
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/PullPageSize.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace vitalis;
using vitalis::sync::PullPageSize;
namespace fs = std::filesystem;

namespace
{

class PullPageSizeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = fs::temp_directory_path() /
              ("vitalis-pagesize-" +
               std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        store = ProfileStore::open(dir, keys);
    }
    void TearDown() override
    {
        store.reset();
        fs::remove_all(dir);
    }
    fs::path dir;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};

TEST_F(PullPageSizeTest, HalvesAfterCutsDownToTheFloorAndGrowsBackToTheMaximum)
{
    PullPageSize size(store->settings(), 500);
    EXPECT_EQ(size.current(), 500);
    EXPECT_EQ(size.shrink(), 250);
    EXPECT_EQ(size.shrink(), 125);
    for (int i = 0; i < 10; ++i)
        size.shrink();
    EXPECT_EQ(size.current(), PullPageSize::kFloor);
    size.grow();
    EXPECT_EQ(size.current(), 15);
    for (int i = 0; i < 20; ++i)
        size.grow();
    EXPECT_EQ(size.current(), 500);
}

TEST_F(PullPageSizeTest, TheNextRunStartsAtTheSizeTheLastOneLearned)
{
    PullPageSize(store->settings(), 500).shrink();
    EXPECT_EQ(PullPageSize(store->settings(), 500).current(), 250);
    // A smaller configured maximum still rules.
    EXPECT_EQ(PullPageSize(store->settings(), 100).current(), 100);
    // A maximum below the floor is the floor.
    PullPageSize tiny(store->settings(), 4);
    EXPECT_EQ(tiny.shrink(), 4);
}

TEST_F(PullPageSizeTest, ASizeTheServerRefusedIsNotAskedForAgain)
{
    PullPageSize size(store->settings(), 8000);
    ASSERT_TRUE(size.refused(8000));
    EXPECT_EQ(size.current(), 4000);
    for (int i = 0; i < 10; ++i)
        size.grow();
    EXPECT_EQ(size.current(), 4000);
    EXPECT_EQ(PullPageSize(store->settings(), 8000).current(), 4000);
    PullPageSize one(store->settings(), 1);
    EXPECT_FALSE(one.refused(1));
}

} // namespace
