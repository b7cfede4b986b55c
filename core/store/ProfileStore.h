// One user profile's encrypted database: opens (or creates) <profileDir>/vitalis.db with the
// key from a KeyProvider under the opening rules below, migrates it, and hands out the
// repositories. One connection, used from one thread at a time.
#pragma once

#include "core/store/AttachmentRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/ConflictRepository.h"
#include "core/store/Database.h"
#include "core/store/DraftRepository.h"
#include "core/store/KeyProvider.h"
#include "core/store/LocalChangeWriter.h"
#include "core/store/LocalUserRepository.h"
#include "core/store/OutboxRepository.h"
#include "core/store/ProfileSidecar.h"
#include "core/store/RecordRepository.h"
#include "core/store/RecordSearch.h"
#include "core/store/SettingsRepository.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace vitalis
{

enum class Synchronous { Normal, Full };

struct StoreOptions {
    std::string profileId; // key lookup name; default: the profile directory's name
    Synchronous synchronous = Synchronous::Normal; // Full: survive power loss, not just crashes
    int busyTimeoutMs = 5000;
    int cacheSizeKiB = 16 * 1024; // page cache per connection
    int walAutocheckpointPages = 4000;
    int newDatabasePageSize = CipherParams{}.pageSize; // NEW databases; existing: profile.json
    SearchConfig search;
    PinPolicy pinPolicy;
    std::int64_t maxAttachmentBytes = 32 * 1024 * 1024;
    Database::TraceHook trace; // sees "<key>" and every statement, from the first one
};

class ProfileStore
{
public:
    static constexpr const char* kDatabaseFile = "vitalis.db";
    static constexpr const char* kSidecarFile = "profile.json";

    // Opening rules, in order:
    //  1. Database exists -> KeyProvider::loadKey; if that fails: StoreError(KeyringUnavailable)
    //     "the keyring is locked or unavailable" and NO new key is made. New database ->
    //     loadKey (a crash may have left the key before the first write), else createKey.
    //  2. The raw key is the first thing on the connection (sqlite3_key, x'<hex>').
    //  3. PRAGMA cipher_version must return a row (refuse plain SQLite).
    //  4. cipher_page_size from profile.json, read back and checked.
    //  5. SELECT count(*) FROM sqlite_master: SQLITE_NOTADB -> StoreError(WrongKey)
    //     "wrong key or not a Vitalis database", with no byte of any file changed.
    //  6. WAL, synchronous, busy timeout, foreign keys, cache; then migrations.
    static std::unique_ptr<ProfileStore> open(const std::filesystem::path& profileDir,
                                              KeyProvider& keys, StoreOptions options = {});

    // Benchmarks only: the same schema and code on the same library with no key, to measure
    // what encryption costs. Never use for user data.
    static std::unique_ptr<ProfileStore>
    openUnencryptedForBenchmark(const std::filesystem::path& profileDir, StoreOptions options = {});

    ~ProfileStore();
    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    Database& db() { return m_db; }
    const std::filesystem::path& profileDir() const { return m_dir; }
    const StoreOptions& options() const { return m_options; }
    int schemaVersion();

    RecordRepository& records() { return m_records; }
    DraftRepository& drafts() { return m_drafts; }
    OutboxRepository& outbox() { return m_outbox; }
    ConflictRepository& conflicts() { return m_conflicts; }
    AuditLog& audit() { return m_audit; }
    SettingsRepository& settings() { return m_settings; }
    LocalUserRepository& users() { return m_users; }
    AttachmentRepository& attachments() { return m_attachments; }
    LocalChangeWriter& writer() { return m_writer; }

    // Checkpoints the WAL into the main file (e.g. before a backup or on quit).
    void checkpoint();
    std::string integrityCheck(); // "ok" or SQLite's first complaint

private:
    ProfileStore(Database db, std::filesystem::path dir, StoreOptions options);
    static std::unique_ptr<ProfileStore> finishOpen(Database db, std::filesystem::path dir,
                                                    StoreOptions options);
    Database m_db;
    std::filesystem::path m_dir;
    StoreOptions m_options;
    RecordRepository m_records;
    DraftRepository m_drafts;
    OutboxRepository m_outbox;
    ConflictRepository m_conflicts;
    AuditLog m_audit;
    SettingsRepository m_settings;
    LocalUserRepository m_users;
    AttachmentRepository m_attachments;
    LocalChangeWriter m_writer;
};

// Step 3 on its own so it can be tested: refuses a library whose cipher_version is empty.
void requireSqlCipher(const std::optional<std::string>& cipherVersion);

// Steps 2-5 on a bare connection (used by ProfileStore and by tests that build fixtures).
Database openCipherDatabase(const std::filesystem::path& file, const SecretKey& key,
                            const CipherParams& params, bool create,
                            const Database::TraceHook& trace = {});

} // namespace vitalis
