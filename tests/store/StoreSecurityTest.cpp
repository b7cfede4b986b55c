// Encryption at rest, wrong keys, fail-closed key handling and the order of the opening
// rules, all against real SQLCipher files on disk.
#include "core/store/FileKeyProvider.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

std::string hexOf(const SecretKey& key)
{
    SecretBuffer hex = key.toHex();
    return std::string(hex.view());
}

fs::path makeProfile(const fs::path& dir, MemoryKeyProvider& keys)
{
    auto store = ProfileStore::open(dir, keys);
    store->writer().commit(change(sampleRecord("rec-1", "Kofi", "Mensah")));
    return dir / ProfileStore::kDatabaseFile;
}

} // namespace

TEST(EncryptionAtRest, MarkerNeverReachesAnyFileAndStockSqliteCannotReadIt)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "profile";
    // Unique per run so no earlier file on the machine can satisfy or spoil the scan.
    const std::string marker = "Qzvyxmarker" + std::to_string(std::random_device{}());
    {
        auto store = ProfileStore::open(dir, keys);
        Record r = sampleRecord("rec-marker", marker, marker + "Family");
        store->writer().commit(change(r, OpKind::create()));
        store->drafts().save({"rec-marker", "child", {{"child.firstName", marker}}, 5});
        const std::string blob = "photo bytes " + marker;
        store->attachments().put("rec-marker", "child.photo", marker + ".jpg", "image/jpeg",
                                 {reinterpret_cast<const std::uint8_t*>(blob.data()), blob.size()},
                                 7);
        store->settings().set("note", marker);
        // While open the data sits in the WAL: that file must be ciphertext too.
        ASSERT_TRUE(fs::exists(dir / "vitalis.db-wal"));
        EXPECT_EQ(filesContaining(dir, marker), std::vector<std::string>{});
    }
    EXPECT_EQ(filesContaining(dir, marker), std::vector<std::string>{});
    // The key itself must not be written anywhere beside the database either.
    EXPECT_EQ(filesContaining(dir, hexOf(keys.loadKey("profile"))), std::vector<std::string>{});

    // Stock SQLite cannot read it, and reports why.
    const auto r = run("/usr/bin/sqlite3 " + shellQuote((dir / "vitalis.db").string()) +
                           " 'SELECT count(*) FROM sqlite_master;'",
                       tmp / "sqlite3.out");
    EXPECT_NE(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("not a database"), std::string::npos) << r.output;

    // Reopening with the right key still finds everything (the test is not vacuous).
    auto store = ProfileStore::open(dir, keys);
    EXPECT_EQ(store->records().get("rec-marker").fields["child.firstName"], marker);
}

TEST(EncryptionAtRest, SidecarRecordsParametersThatOpenTheFileWithTheSqlcipherShell)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "p1";
    makeProfile(dir, keys);
    const auto sidecar = ProfileSidecar::read(dir / ProfileStore::kSidecarFile);
    EXPECT_EQ(sidecar.cipher.pageSize, 2048);
    EXPECT_EQ(sidecar.cipher.compatibility, 3);
    EXPECT_EQ(sidecar.cipher.keyFormat, "raw-256");
    EXPECT_EQ(sidecar.sqlcipherVersion, "3.4.1");
    EXPECT_EQ(sidecar.profileId, "p1");

    // Follow the sidecar's recipe with the sqlcipher shell, as a later tool would.
    const std::string sql =
        "PRAGMA key = \"x'" + hexOf(keys.loadKey("p1")) +
        "'\";\nPRAGMA cipher_page_size = " + std::to_string(sidecar.cipher.pageSize) +
        ";\nSELECT id FROM records;\n";
    std::ofstream(tmp / "open.sql") << sql;
    const auto r = run("/usr/bin/sqlcipher " + shellQuote((dir / "vitalis.db").string()) + " < " +
                           shellQuote((tmp / "open.sql").string()),
                       tmp / "sqlcipher.out");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("rec-1"), std::string::npos) << r.output;
}

TEST(WrongKey, RefusedWithClearErrorAndNoByteChanges)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "profile";
    makeProfile(dir, keys);
    const auto before = hashTree(dir);
    ASSERT_TRUE(before.count("vitalis.db"));
    ASSERT_TRUE(before.count("profile.json"));

    keys.setKey("profile", SecretKey::generate());
    try {
        ProfileStore::open(dir, keys);
        FAIL() << "opening with another key succeeded";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::WrongKey);
        EXPECT_NE(std::string(e.what()).find("wrong key or not a Vitalis database"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(hashTree(dir), before); // same files, same bytes: no -wal/-shm appeared either
}

TEST(WrongKey, ForeignFileIsNotAVitalisDatabaseAndStaysUntouched)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "profile";
    fs::create_directories(dir);
    {
        std::ofstream f(dir / "vitalis.db", std::ios::binary);
        for (int i = 0; i < 8192; ++i)
            f.put(static_cast<char>(i * 31));
    }
    keys.setKey("profile", SecretKey::generate());
    const auto before = hashTree(dir);
    try {
        ProfileStore::open(dir, keys);
        FAIL() << "a random file opened as a database";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::WrongKey) << e.what();
        EXPECT_NE(std::string(e.what()).find("not a Vitalis database"), std::string::npos);
    }
    EXPECT_EQ(hashTree(dir), before);
}

TEST(FailClosed, LockedKeyringNeverCreatesANewKeyForAnExistingDatabase)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "profile";
    makeProfile(dir, keys);
    const int creates = keys.createCalls();
    const auto before = hashTree(dir);

    keys.setLocked(true);
    try {
        ProfileStore::open(dir, keys);
        FAIL() << "opened without a key";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::KeyringUnavailable);
        EXPECT_NE(std::string(e.what()).find("the keyring is locked or unavailable"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(keys.createCalls(), creates);
    EXPECT_EQ(hashTree(dir), before);
}

TEST(FailClosed, MissingKeyEntryIsAnErrorNotANewProfile)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "profile";
    makeProfile(dir, keys);
    const int creates = keys.createCalls();
    keys.forget("profile"); // a locked Secret Service reads as "not found"
    try {
        ProfileStore::open(dir, keys);
        FAIL() << "opened without a key";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::KeyringUnavailable) << e.what();
    }
    EXPECT_EQ(keys.createCalls(), creates);
    // And the original key still opens it: nothing was replaced.
}

TEST(FailClosed, FileKeyProviderRoundTripAndPermissions)
{
    TempDir tmp;
    FileKeyProvider keys(tmp / "keys");
    {
        auto store = ProfileStore::open(tmp / "alice", keys);
        store->settings().set("x", "1");
    }
    const fs::path keyFile = keys.keyPath("alice");
    EXPECT_EQ(fs::status(keyFile).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(ProfileStore::open(tmp / "alice", keys)->settings().get("x"), "1");
    EXPECT_THROW(keys.createKey("alice"), KeyUnavailable); // never overwrites

    fs::permissions(keyFile, fs::perms::group_read, fs::perm_options::add);
    try {
        ProfileStore::open(tmp / "alice", keys);
        FAIL() << "accepted a group-readable key file";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::KeyringUnavailable);
        EXPECT_NE(std::string(e.what()).find("chmod 600"), std::string::npos) << e.what();
    }
    fs::permissions(keyFile, fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace);
    std::ofstream(keyFile, std::ios::trunc) << "not-hex";
    try {
        keys.loadKey("alice");
        FAIL();
    } catch (const KeyUnavailable& e) {
        EXPECT_NE(std::string(e.what()).find("malformed"), std::string::npos) << e.what();
        EXPECT_FALSE(e.notFound());
    }
    try {
        keys.loadKey("nobody");
        FAIL();
    } catch (const KeyUnavailable& e) {
        EXPECT_TRUE(e.notFound());
    }
}

TEST(OpeningRules, KeyIsTheFirstThingOnTheConnectionThenCipherChecksThenVerification)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    makeProfile(tmp / "profile", keys);
    std::vector<std::string> trace;
    StoreOptions options;
    options.trace = [&](std::string_view s) { trace.emplace_back(s); };
    auto store = ProfileStore::open(tmp / "profile", keys, options);
    ASSERT_GE(trace.size(), 5u);
    EXPECT_EQ(trace[0], "<key>");
    EXPECT_EQ(trace[1], "PRAGMA cipher_version");
    EXPECT_EQ(trace[2], "PRAGMA cipher_page_size = 2048");
    EXPECT_EQ(trace[3], "PRAGMA cipher_page_size");
    EXPECT_EQ(trace[4], "SELECT count(*) FROM sqlite_master");
    EXPECT_EQ(trace[5], "PRAGMA journal_mode = WAL");
    for (const auto& s : trace)
        EXPECT_EQ(s.find(hexOf(keys.loadKey("profile"))), std::string::npos) << "key in trace";
}

TEST(OpeningRules, KeyAfterAnyStatementIsRefused)
{
    TempDir tmp;
    Database db = Database::open(tmp / "x.db", Database::Mode::ReadWriteCreate);
    db.queryOne("PRAGMA cipher_version");
    EXPECT_THROW(db.key(SecretKey::generate()), StoreError);
}

TEST(OpeningRules, CipherVersionMustReturnARow)
{
    try {
        requireSqlCipher(std::nullopt);
        FAIL() << "accepted a library without cipher_version";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::NotSqlCipher);
        EXPECT_NE(std::string(e.what()).find("not SQLCipher"), std::string::npos);
    }
    EXPECT_THROW(requireSqlCipher(std::string()), StoreError);
    TempDir tmp;
    Database db = Database::open(tmp / "x.db", Database::Mode::ReadWriteCreate);
    const auto version = db.queryOne("PRAGMA cipher_version");
    EXPECT_NO_THROW(requireSqlCipher(version));
    EXPECT_EQ(version, "3.4.1");
    // A SQLCipher 4-only pragma "succeeds" with no row on 3.4.1: rows are what we check.
    EXPECT_EQ(db.queryOne("PRAGMA cipher_hmac_algorithm"), std::nullopt);
}

TEST(OpeningRules, ConnectionSettingsAreInForce)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    StoreOptions options;
    options.synchronous = Synchronous::Full;
    auto store = ProfileStore::open(tmp / "profile", keys, options);
    EXPECT_EQ(store->db().queryOne("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(store->db().queryOne("PRAGMA synchronous"), "2");
    EXPECT_EQ(store->db().queryOne("PRAGMA foreign_keys"), "1");
    EXPECT_EQ(store->db().queryOne("PRAGMA busy_timeout"), "5000");
    EXPECT_EQ(store->db().queryOne("PRAGMA cipher_page_size"), "2048");
    auto normal = ProfileStore::open(tmp / "other", keys);
    EXPECT_EQ(normal->db().queryOne("PRAGMA synchronous"), "1");
}

TEST(SecretKeyTest, HexRoundTripAndRejectsBadInput)
{
    SecretKey k = SecretKey::generate();
    SecretBuffer hex = k.toHex();
    ASSERT_EQ(hex.size(), 64u);
    SecretKey back = SecretKey::fromHex(hex.view());
    EXPECT_TRUE(back.equals(k));
    EXPECT_FALSE(SecretKey::generate().equals(k));
    EXPECT_THROW(SecretKey::fromHex("abcd"), std::invalid_argument);
    EXPECT_THROW(SecretKey::fromHex(std::string(64, 'g')), std::invalid_argument);
    SecretBuffer raw = k.toSqlCipherRawKey();
    EXPECT_EQ(raw.view().substr(0, 2), "x'");
    EXPECT_EQ(raw.view().substr(2, 64), hex.view());
    EXPECT_EQ(raw.view().back(), '\'');
    SecretBuffer moved = std::move(hex);
    EXPECT_EQ(moved.size(), 64u);
    EXPECT_TRUE(hex.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty
}
