#include "core/store/Database.h"

#define SQLITE_HAS_CODEC 1
#include "core/store/SecretKey.h"

#include <sqlite3.h>
#include <utility>

namespace vitalis
{
namespace
{
StoreErrc classify(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return StoreErrc::WrongKey;
    case SQLITE_CORRUPT:
        return StoreErrc::Corrupt;
    default:
        return StoreErrc::Sqlite;
    }
}

std::string snippet(std::string_view sql)
{
    constexpr std::size_t kMax = 120;
    std::string s(sql.substr(0, kMax));
    if (sql.size() > kMax)
        s += "...";
    return s;
}
} // namespace

// ---------------------------------------------------------------- Statement

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_owned(other.m_owned)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        Statement tmp(std::move(*this));
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owned = other.m_owned;
    }
    return *this;
}

void Statement::fail(int rc) const
{
    sqlite3* db = sqlite3_db_handle(m_stmt);
    const char* sql = sqlite3_sql(m_stmt);
    const int ext = db ? sqlite3_extended_errcode(db) : rc;
    throw StoreError(classify(rc),
                     std::string("SQLite error: ") +
                         (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) + " (code " +
                         std::to_string(ext) + ") in: " + snippet(sql ? sql : ""),
                     ext);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // An empty view may have a null data(): SQLite would store NULL instead of ''.
    if (int rc = sqlite3_bind_text64(m_stmt, index, text.data() ? text.data() : "", text.size(),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    // A zero-length blob must stay a blob, not NULL: pass a non-null pointer.
    static const std::uint8_t kEmpty = 0;
    if (int rc = sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? &kEmpty : bytes.data(),
                                     bytes.size(), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // sqlite3_step's legacy rc can be generic; reset() yields the specific code.
    const int specific = sqlite3_reset(m_stmt);
    fail(specific != SQLITE_OK ? specific : rc);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::span<const std::uint8_t> Statement::blobView(int column) const
{
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::span<const std::uint8_t>(p, static_cast<std::size_t>(n))
             : std::span<const std::uint8_t>();
}

std::vector<std::uint8_t> Statement::blob(int column) const
{
    auto v = blobView(column);
    return {v.begin(), v.end()};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// ---------------------------------------------------------------- Database

Database::Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}

Database Database::open(const std::filesystem::path& path, Mode mode)
{
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open database " + path.string() + ": " +
                          (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw StoreError(StoreErrc::Sqlite, msg, rc);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db, path);
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_anyStatement(other.m_anyStatement), m_trace(std::move(other.m_trace)),
      m_cache(std::move(other.m_cache)), m_rollbackOnly(other.m_rollbackOnly)
{
    other.m_cache.clear();
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_anyStatement = other.m_anyStatement;
        m_trace = std::move(other.m_trace);
        m_cache = std::move(other.m_cache);
        m_rollbackOnly = other.m_rollbackOnly;
        other.m_cache.clear();
    }
    return *this;
}

void Database::finalizeCache() noexcept
{
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    m_cache.clear();
}

void Database::close()
{
    if (!m_db)
        return;
    finalizeCache();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::fail(int rc, std::string_view context) const
{
    const int ext = m_db ? sqlite3_extended_errcode(m_db) : rc;
    throw StoreError(classify(rc),
                     std::string("SQLite error: ") +
                         (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)) + " (code " +
                         std::to_string(ext) + ") in: " + snippet(context),
                     ext);
}

void Database::key(const SecretKey& key)
{
    if (m_anyStatement)
        throw StoreError(StoreErrc::InvalidArgument,
                         "the database key must be set before any other statement runs");
    if (m_trace)
        (*m_trace)("<key>");
    // sqlite3_key is what PRAGMA key calls, minus the SQL parser's unwiped copy of the text.
    SecretBuffer literal = key.toSqlCipherRawKey();
    const int rc = sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        fail(rc, "sqlite3_key");
}

void Database::exec(std::string_view sql)
{
    std::string copy(sql); // sqlite3_exec needs NUL termination
    m_anyStatement = true;
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        fail(rc, sql);
    }
}

Statement Database::prepare(std::string_view sql)
{
    m_anyStatement = true;
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    return Statement(stmt, true);
}

Statement Database::cached(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        Statement fresh = prepare(sql);
        it = m_cache.emplace(sql, std::exchange(fresh.m_stmt, nullptr)).first;
    }
    return Statement(it->second, false);
}

std::vector<std::string> Database::queryColumn(std::string_view sql)
{
    Statement st = prepare(sql);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::optional<std::string> Database::queryOne(std::string_view sql)
{
    auto rows = queryColumn(sql);
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::int64_t Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::setTraceHook(TraceHook hook)
{
    if (!hook) {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        m_trace.reset();
        return;
    }
    m_trace = std::make_unique<TraceHook>(std::move(hook));
    sqlite3_trace_v2(
        m_db, SQLITE_TRACE_STMT,
        [](unsigned, void* ctx, void* stmt, void*) -> int {
            const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
            (*static_cast<TraceHook*>(ctx))(sql ? sql : "");
            return 0;
        },
        m_trace.get());
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database& db) : m_db(db), m_joined(db.inTransaction())
{
    if (!m_joined) {
        m_db.cached("BEGIN IMMEDIATE").run();
        m_db.m_rollbackOnly = false;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_joined) {
        m_db.m_rollbackOnly = true;
        return;
    }
    try {
        if (m_db.inTransaction())
            m_db.cached("ROLLBACK").run();
    } catch (...) {
        // A failed rollback leaves SQLite to roll back when the connection closes.
    }
    m_db.m_rollbackOnly = false;
}

void Transaction::commit()
{
    if (m_joined) {
        m_done = true;
        return;
    }
    if (m_db.m_rollbackOnly)
        throw StoreError(StoreErrc::InvalidArgument,
                         "a nested step of this transaction failed; it cannot be committed");
    m_db.cached("COMMIT").run();
    m_done = true;
}

namespace
{
template <class Value>
void setKeyed(Database& db, std::string_view table, std::string_view keyColumn,
              std::string_view key, const Value& value)
{
    const std::string t(table), k(keyColumn);
    Transaction tx(db);
    db.cached("UPDATE OR FAIL " + t + " SET value = ? WHERE " + k + " = ?")
        .bind(1, value)
        .bind(2, key)
        .run();
    if (db.changes() == 0)
        db.cached("INSERT INTO " + t + "(" + k + ", value) VALUES (?, ?)")
            .bind(1, key)
            .bind(2, value)
            .run();
    tx.commit();
}
} // namespace

void setKeyedValue(Database& db, std::string_view table, std::string_view keyColumn,
                   std::string_view key, std::string_view value)
{
    setKeyed(db, table, keyColumn, key, value);
}

void setKeyedValue(Database& db, std::string_view table, std::string_view keyColumn,
                   std::string_view key, std::int64_t value)
{
    setKeyed(db, table, keyColumn, key, value);
}

} // namespace vitalis
