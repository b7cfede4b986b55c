#include "core/store/ProfileStore.h"

#include "core/store/Schema.h"

#include <sys/stat.h>

namespace vitalis
{
namespace
{
namespace fs = std::filesystem;

void applyConnectionSettings(Database& db, const StoreOptions& o)
{
    const auto mode = db.queryOne("PRAGMA journal_mode = WAL");
    if (!mode || *mode != "wal")
        throw StoreError(StoreErrc::Sqlite, "database " + db.path().string() +
                                                " could not be switched to WAL mode (got '" +
                                                mode.value_or("") + "')");
    db.exec(o.synchronous == Synchronous::Full ? "PRAGMA synchronous = FULL"
                                               : "PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA busy_timeout = " + std::to_string(o.busyTimeoutMs));
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA cache_size = -" + std::to_string(o.cacheSizeKiB));
    db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(o.walAutocheckpointPages));
    // Sorts and temp indexes stay in memory: a temp file would hold plaintext-equivalent
    // pages outside the cipher (SQLCipher encrypts temp files, memory avoids them entirely).
    db.exec("PRAGMA temp_store = MEMORY");
    if (db.queryOne("PRAGMA foreign_keys") != std::optional<std::string>("1"))
        throw StoreError(StoreErrc::Sqlite, "foreign keys could not be enabled");
}

void prepareDirectory(const fs::path& dir)
{
    std::error_code ec;
    if (fs::exists(dir, ec)) {
        if (!fs::is_directory(dir, ec))
            throw StoreError(StoreErrc::BadProfile,
                             "profile path " + dir.string() + " is not a directory");
        return;
    }
    fs::create_directories(dir, ec);
    if (ec)
        throw StoreError(StoreErrc::BadProfile,
                         "cannot create profile directory " + dir.string() + ": " + ec.message());
    ::chmod(dir.c_str(), 0700);
}

std::string defaultProfileId(const fs::path& dir, const StoreOptions& o)
{
    if (!o.profileId.empty())
        return o.profileId;
    auto name = fs::absolute(dir).lexically_normal().filename().string();
    if (name.empty())
        name = fs::absolute(dir).lexically_normal().parent_path().filename().string();
    return name;
}
} // namespace

void requireSqlCipher(const std::optional<std::string>& cipherVersion)
{
    if (!cipherVersion || cipherVersion->empty())
        throw StoreError(StoreErrc::NotSqlCipher,
                         "the SQLite library in use is not SQLCipher (PRAGMA cipher_version "
                         "returned no row); refusing to store data unencrypted");
}

Database openCipherDatabase(const fs::path& file, const SecretKey& key, const CipherParams& params,
                            bool create, const Database::TraceHook& trace)
{
    Database db =
        Database::open(file, create ? Database::Mode::ReadWriteCreate : Database::Mode::ReadWrite);
    if (trace)
        db.setTraceHook(trace);
    db.key(key);
    requireSqlCipher(db.queryOne("PRAGMA cipher_version"));
    // SQLCipher 3.4 knows cipher_page_size; 4.x-only pragmas would "succeed" with no row,
    // so the value is read back rather than trusted.
    db.exec("PRAGMA cipher_page_size = " + std::to_string(params.pageSize));
    if (db.queryOne("PRAGMA cipher_page_size") !=
        std::optional<std::string>(std::to_string(params.pageSize)))
        throw StoreError(StoreErrc::NotSqlCipher, "SQLCipher did not accept cipher_page_size " +
                                                      std::to_string(params.pageSize));
    try {
        db.queryOne("SELECT count(*) FROM sqlite_master");
    } catch (const StoreError& e) {
        if (e.code() == StoreErrc::WrongKey)
            throw StoreError(StoreErrc::WrongKey,
                             "wrong key or not a Vitalis database: " + file.string(),
                             e.sqliteCode());
        throw;
    }
    return db;
}

ProfileStore::ProfileStore(Database db, fs::path dir, StoreOptions options)
    : m_db(std::move(db)), m_dir(std::move(dir)), m_options(std::move(options)),
      m_records(m_db, m_options.search), m_drafts(m_db), m_outbox(m_db), m_conflicts(m_db),
      m_audit(m_db), m_settings(m_db), m_users(m_db, m_options.pinPolicy),
      m_attachments(m_db, m_options.maxAttachmentBytes),
      m_writer(m_db, m_records, m_outbox, m_audit, m_drafts, m_attachments)
{
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<ProfileStore> ProfileStore::finishOpen(Database db, fs::path dir,
                                                       StoreOptions options)
{
    applyConnectionSettings(db, options);
    migrateSchema(db, MigrationContext{options.search});
    return std::unique_ptr<ProfileStore>(
        new ProfileStore(std::move(db), std::move(dir), std::move(options)));
}

std::unique_ptr<ProfileStore> ProfileStore::open(const fs::path& profileDir, KeyProvider& keys,
                                                 StoreOptions options)
{
    prepareDirectory(profileDir);
    const std::string profileId = defaultProfileId(profileDir, options);
    const fs::path dbFile = profileDir / kDatabaseFile;
    const fs::path sidecarFile = profileDir / kSidecarFile;
    std::error_code ec;
    // A first transaction may sit only in the WAL (main file still empty) after a crash.
    auto nonEmpty = [&](const fs::path& p) {
        return fs::exists(p, ec) && fs::file_size(p, ec) > 0;
    };
    const bool exists = nonEmpty(dbFile) || nonEmpty(dbFile.string() + "-wal");

    std::optional<ProfileSidecar> sidecar;
    if (fs::exists(sidecarFile, ec))
        sidecar = ProfileSidecar::read(sidecarFile);
    CipherParams params;
    if (sidecar)
        params = sidecar->cipher;
    else if (!exists)
        params.pageSize = options.newDatabasePageSize;

    auto key = [&]() -> std::optional<SecretKey> {
        try {
            if (exists)
                return keys.loadKey(profileId);
            // New database: reuse a key that a crash left behind before the first write,
            // create one only if there is none. Any other failure (locked) is an error.
            try {
                return keys.loadKey(profileId);
            } catch (const KeyUnavailable& e) {
                if (!e.notFound())
                    throw;
            }
            return keys.createKey(profileId);
        } catch (const KeyUnavailable& e) {
            // Fail closed: an existing database never gets a fresh key.
            throw StoreError(StoreErrc::KeyringUnavailable,
                             std::string("the keyring is locked or unavailable: cannot ") +
                                 (exists ? "load" : "create") + " the key of profile '" +
                                 profileId + "' (" + keys.describe() + "): " + e.what() +
                                 (exists ? "; the database was not touched" : ""));
        }
    }();

    Database db = openCipherDatabase(dbFile, *key, params, !exists, options.trace);
    key.reset(); // wiped now: SQLCipher keeps its own derived copy

    if (!sidecar) {
        ProfileSidecar s;
        s.profileId = profileId;
        s.database = kDatabaseFile;
        s.sqlcipherVersion = db.queryOne("PRAGMA cipher_version").value_or("");
        s.cipher = params;
        s.write(sidecarFile);
    }
    options.profileId = profileId;
    return finishOpen(std::move(db), profileDir, std::move(options));
}

std::unique_ptr<ProfileStore> ProfileStore::openUnencryptedForBenchmark(const fs::path& profileDir,
                                                                        StoreOptions options)
{
    prepareDirectory(profileDir);
    Database db = Database::open(profileDir / kDatabaseFile, Database::Mode::ReadWriteCreate);
    if (options.trace)
        db.setTraceHook(options.trace);
    db.exec("PRAGMA page_size = " + std::to_string(options.newDatabasePageSize));
    return finishOpen(std::move(db), profileDir, std::move(options));
}

int ProfileStore::schemaVersion()
{
    return vitalis::schemaVersion(m_db);
}

void ProfileStore::checkpoint()
{
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::string ProfileStore::integrityCheck()
{
    return m_db.queryOne("PRAGMA integrity_check").value_or("no answer");
}

} // namespace vitalis
