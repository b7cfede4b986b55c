// One trip on the device (issue 13): a save that changes nothing writes nothing, and a field edit
// writes only its own rows. Rows are counted by SQLite itself (sqlite3_total_changes) on a real
// encrypted profile.
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{
class SaveChurnTest : public ::testing::Test
{
protected:
    void SetUp() override { store = ProfileStore::open(tmp / "p", keys); }
    int rowsWritten() { return sqlite3_total_changes(store->db().handle()); }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};
} // namespace

TEST_F(SaveChurnTest, AnAutosaveOfUnchangedValuesWritesNoRow)
{
    const nlohmann::json fields = {{"child.firstName", "Ko"}};
    EXPECT_TRUE(store->drafts().save({"rec-1", "child", fields, 1}));
    const int before = rowsWritten();
    EXPECT_FALSE(store->drafts().save({"rec-1", "child", fields, 2}));
    EXPECT_EQ(rowsWritten(), before);
    EXPECT_EQ(store->drafts().load("rec-1")->savedAt, 1); // the time these values were saved
    EXPECT_TRUE(store->drafts().save({"rec-1", "mother", fields, 3})); // a page turn is kept
    EXPECT_TRUE(store->drafts().save({"rec-1", "mother", {{"child.firstName", "Kofi"}}, 4}));
    EXPECT_EQ(rowsWritten(), before + 2);
    EXPECT_EQ(store->drafts().load("rec-1")->savedAt, 4);
}

TEST_F(SaveChurnTest, AnEditThatChangesNothingWritesNoRowAndAFieldEditOnlyItsOwn)
{
    Record r = sampleRecord("rec-1", "Kofi", "Mensah", RecordStatus::Declared);
    r.serverRevision = 4;
    store->records().insert(r);
    store->records().setMergeBase(r.id, r.fields, 4);
    r = store->records().get(r.id);

    int before = rowsWritten();
    const auto same = store->writer().commit({r, OpKind::edit(), {}, "u1", 100});
    EXPECT_EQ(same.mutationId, 0);
    EXPECT_FALSE(same.written);
    EXPECT_EQ(rowsWritten(), before);

    // The first edit: the record, its outbox op (+ the mutation counter) and one audit entry.
    r.fields["child.firstName"] = "Kwame";
    const auto first = store->writer().commit({r, OpKind::edit(), {}, "u1", 200});
    EXPECT_TRUE(first.written);
    const int firstRows = rowsWritten() - before;
    // A second edit joins the op: never more rows than the first edit (no new op, no counter).
    before = rowsWritten();
    r.fields["child.firstName"] = "Kwabena";
    const auto second = store->writer().commit({r, OpKind::edit(), {}, "u1", 300});
    EXPECT_TRUE(second.coalesced);
    EXPECT_EQ(second.record.fields["child.firstName"], "Kwabena");
    EXPECT_LT(rowsWritten() - before, firstRows);
}
