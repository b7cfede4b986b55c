// Audit chain: appends link by BLAKE2b hashes; verify() names the first edited, deleted
// or truncated entry even when the attacker bypasses the append-only triggers.
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{
class AuditLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = ProfileStore::open(tmp / "p", keys);
        for (int i = 1; i <= 10; ++i)
            store->audit().append(1000 + i, "user-" + std::to_string(i % 3), "edit",
                                  "rec-" + std::to_string(i), {{"fields", {"child.firstName"}}});
        ASSERT_TRUE(store->audit().verify().ok);
    }
    // What an attacker with the key and the sqlite shell would do first.
    void dropTriggers()
    {
        store->db().exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    }
    TempDir tmp;
    MemoryKeyProvider keys;
    std::unique_ptr<ProfileStore> store;
};
} // namespace

TEST_F(AuditLogTest, ChainLinksAndHeadMatchesLastEntry)
{
    auto entries = store->audit().entries(0, 100);
    ASSERT_EQ(entries.size(), 10u);
    std::array<std::uint8_t, 32> zero{};
    EXPECT_EQ(entries[0].prevHash, zero);
    for (std::size_t i = 1; i < entries.size(); ++i) {
        EXPECT_EQ(entries[i].seq, static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(entries[i].prevHash, entries[i - 1].hash);
        EXPECT_EQ(AuditLog::computeHash(entries[i]), entries[i].hash);
    }
    const AuditHead head = store->audit().head();
    EXPECT_EQ(head.seq, 10);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, entries.back().hash.data(), 32);
    EXPECT_EQ(head.hashHex, hex);
    EXPECT_EQ(store->audit().verify().entriesChecked, 10);
    EXPECT_EQ(store->audit().forRecord("rec-4").size(), 1u);
}

TEST_F(AuditLogTest, TriggersRefuseUpdateAndDelete)
{
    EXPECT_THROW(store->db().exec("UPDATE audit_log SET user_id = 'x' WHERE seq = 3"), StoreError);
    EXPECT_THROW(store->db().exec("DELETE FROM audit_log WHERE seq = 3"), StoreError);
    EXPECT_TRUE(store->audit().verify().ok);
}

TEST_F(AuditLogTest, EditingOneByteIsDetectedAndNamed)
{
    dropTriggers();
    // Flip one character of entry 4's details through SQL.
    store->db().exec("UPDATE audit_log SET details = replace(details, 'child', 'chilD') "
                     "WHERE seq = 4");
    ASSERT_EQ(store->db().changes(), 1);
    const auto v = store->audit().verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 4);
    EXPECT_NE(v.problem.find("entry 4"), std::string::npos) << v.problem;
    EXPECT_NE(v.problem.find("altered"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, EditingTimestampOrUserIsDetected)
{
    dropTriggers();
    store->db().exec("UPDATE audit_log SET at = at + 1 WHERE seq = 7");
    EXPECT_EQ(store->audit().verify().firstBadSeq, 7);
}

TEST_F(AuditLogTest, RehashingAnEditedEntryBreaksTheNextLink)
{
    dropTriggers();
    auto e = store->audit().entries(4, 1).at(0); // entry 5
    e.userId = "someone-else";
    e.hash = AuditLog::computeHash(e);
    store->db()
        .prepare("UPDATE audit_log SET user_id = ?, hash = ? WHERE seq = 5")
        .bind(1, e.userId)
        .bindBlob(2, e.hash)
        .run();
    const auto v = store->audit().verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 6);
    EXPECT_NE(v.problem.find("does not link"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, DeletingAMiddleEntryIsDetectedAndNamed)
{
    dropTriggers();
    store->db().exec("DELETE FROM audit_log WHERE seq = 6");
    const auto v = store->audit().verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 6);
    EXPECT_NE(v.problem.find("entry 6 is missing"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, DeletingTheLastEntryIsDetectedThroughTheHead)
{
    dropTriggers();
    store->db().exec("DELETE FROM audit_log WHERE seq = 10");
    const auto v = store->audit().verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 10);
}

TEST_F(AuditLogTest, DeletingFirstEntryAndRenumberingIsDetected)
{
    dropTriggers();
    store->db().exec("DELETE FROM audit_log WHERE seq = 1; UPDATE audit_log SET seq = seq - 1;");
    const auto v = store->audit().verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 1);
}

TEST_F(AuditLogTest, AppendContinuesAcrossReopen)
{
    const auto head = store->audit().head();
    store.reset();
    store = ProfileStore::open(tmp / "p", keys);
    EXPECT_EQ(store->audit().head().hashHex, head.hashHex);
    EXPECT_EQ(store->audit().append(5000, "u", "login", ""), 11);
    EXPECT_TRUE(store->audit().verify().ok);
    EXPECT_THROW(store->audit().append(5000, "u", "", ""), StoreError);
}
