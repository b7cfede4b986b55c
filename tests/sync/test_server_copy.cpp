// The sync hot path's store shortcut: a record saved as the server's copy keeps one copy of its
// values (merge base "same as fields"); the first local change on top turns the old values into
// an explicit merge base, so merging, conflict detection and rebase see exactly what they saw
// before the shortcut.
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/RecordRebase.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace vitalis;
using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

class ServerCopyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir =
            fs::temp_directory_path() /
            ("vitalis-scopy-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        store = ProfileStore::open(dir, keys);
    }
    void TearDown() override
    {
        store.reset();
        fs::remove_all(dir);
    }
    Record server(json fields, std::int64_t rev)
    {
        Record r;
        r.id = "5b0f2c1e-0000-4000-8000-000000000001";
        r.eventType = "birth";
        r.formId = "birth";
        r.formVersion = 1;
        r.fields = std::move(fields);
        r.status = RecordStatus::Declared;
        r.serverRevision = rev;
        r.updatedAt = 1000 + rev;
        r.createdBy = "u1";
        return r;
    }

    fs::path dir;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};

TEST_F(ServerCopyTest, MergeBaseIsTheServerValuesBeforeAndAfterALocalEdit)
{
    const json a = {{"child_name", {{"first", "Amina"}, {"family", "Banda"}}}, {"weight", 3.2}};
    Record r = server(a, 3);
    r.createdAt = 77;
    EXPECT_EQ(sync::rebaseOnServer(*store, r), 0);
    EXPECT_EQ(store->records().get(r.id).fields, a);
    EXPECT_EQ(store->records().get(r.id).serverRevision, 3);
    ASSERT_TRUE(store->records().mergeBase(r.id));
    EXPECT_EQ(*store->records().mergeBase(r.id), a);
    // Found by name: the search index was written on the shortcut too.
    SearchQuery q;
    q.name = "amina";
    EXPECT_EQ(store->records().search(q).size(), 1u);

    // A local edit: the base stays the server's values, and the queued change carries them.
    Record edited = store->records().get(r.id);
    edited.fields["weight"] = 3.4;
    const auto commit =
        store->writer().commit({edited, OpKind::edit(), json::object(), "u2", 2000});
    EXPECT_EQ(store->records().get(r.id).fields["weight"], 3.4);
    EXPECT_EQ(*store->records().mergeBase(r.id), a) << "the local edit moved the merge base";
    EXPECT_EQ(commit.changes.at("weight").base, 3.2);

    // The server's next version arrives while the edit is unsent: rebased on top of it.
    json b = a;
    b["child_name"]["family"] = "Phiri";
    Record next = server(b, 4);
    EXPECT_EQ(sync::rebaseOnServer(*store, next), 1);
    EXPECT_EQ(store->records().get(r.id).fields["weight"], 3.4);
    EXPECT_EQ(store->records().get(r.id).fields["child_name"]["family"], "Phiri");
    EXPECT_EQ(*store->records().mergeBase(r.id), b);
    EXPECT_EQ(store->records().get(r.id).createdAt, 77) << "device bookkeeping kept";
}

TEST_F(ServerCopyTest, ANewServerCopyReplacesTheOldOneAndItsIndexEntry)
{
    Record r = server({{"child_name", {{"first", "Amina"}, {"family", "Banda"}}}}, 1);
    r.createdAt = 55;
    store->records().saveServerCopy(r);
    Record r2 = server({{"child_name", {{"first", "Zola"}, {"family", "Banda"}}}}, 2);
    store->records().saveServerCopy(r2); // createdAt 0 from the server: the local one stays
    EXPECT_EQ(store->records().get(r.id).createdAt, 55);
    EXPECT_EQ(*store->records().mergeBase(r.id), r2.fields);
    SearchQuery q;
    q.name = "amina";
    EXPECT_TRUE(store->records().search(q).empty()) << "the old name is still indexed";
    q.name = "zola";
    EXPECT_EQ(store->records().search(q).size(), 1u);
    // An update that keeps the values keeps the shortcut; one that changes them does not.
    Record same = store->records().get(r.id);
    same.status = RecordStatus::Validated;
    store->records().update(same);
    EXPECT_EQ(*store->records().mergeBase(r.id), r2.fields);
    Record changed = store->records().get(r.id);
    changed.fields["child_name"]["first"] = "Zoe";
    store->records().update(changed);
    EXPECT_EQ(*store->records().mergeBase(r.id), r2.fields);
    EXPECT_EQ(store->records().get(r.id).fields["child_name"]["first"], "Zoe");
}

} // namespace
