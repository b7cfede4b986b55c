// Thin RAII layer over the SQLCipher C API: Database (one connection), Statement (prepared,
// owning or borrowed from the connection's cache) and Transaction (joins an open one).
#pragma once

#include "core/store/StoreError.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vitalis
{

class SecretKey;

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based like SQLite's; values are copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& text);

    // true while a row is available; false when done. Throws StoreError on failure.
    bool step();
    // For statements that return no rows (or whose rows are irrelevant).
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    std::span<const std::uint8_t> blobView(int column) const; // valid until next step/reset
    int columnCount() const;

    sqlite3_stmt* handle() const noexcept { return m_stmt; }

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, bool owned) : m_stmt(stmt), m_owned(owned) {}
    [[noreturn]] void fail(int rc) const;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_owned = true; // false: borrowed from the cache, reset instead of finalized
};

class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate };

    // Opens the file without touching it beyond what SQLite's open does (no statement runs).
    static Database open(const std::filesystem::path& path, Mode mode);

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Keys the connection with the raw-key form x'<hex>' (no KDF). Must come before any
    // statement; throws if one already ran. The literal lives only in a wiped buffer.
    void key(const SecretKey& key);

    void exec(std::string_view sql); // one or more statements, no parameters
    Statement prepare(std::string_view sql);
    // Statement prepared once per connection and reused; reset when the returned handle dies.
    Statement cached(const std::string& sql);
    // First column of every row as text (for pragmas). Checks the returned rows, not just rc.
    std::vector<std::string> queryColumn(std::string_view sql);
    std::optional<std::string> queryOne(std::string_view sql);

    std::int64_t lastInsertRowid() const;
    int changes() const;
    bool inTransaction() const;
    void close();
    bool isOpen() const noexcept { return m_db != nullptr; }
    sqlite3* handle() const noexcept { return m_db; }
    const std::filesystem::path& path() const noexcept { return m_path; }

    // Receives "<key>" for keying and the text of every statement the connection starts,
    // in order. Tests use it to prove the key is the first thing on the connection.
    using TraceHook = std::function<void(std::string_view)>;
    void setTraceHook(TraceHook hook);

    [[noreturn]] void fail(int rc, std::string_view context) const;

private:
    explicit Database(sqlite3* db, std::filesystem::path path);
    void finalizeCache() noexcept;
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    bool m_anyStatement = false;
    std::unique_ptr<TraceHook> m_trace; // stable address for the C callback
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
    friend class Transaction;
    bool m_rollbackOnly = false; // a joined inner transaction failed
};

// Immediate transaction (takes the write lock up front so commits cannot fail on upgrade).
//
// The one-row rule: a write statement that changes one row says OR FAIL (UPDATE OR FAIL,
// INSERT OR FAIL when the table has triggers; a keyed "set" is an UPDATE OR FAIL, then an
// INSERT when no row was there, never INSERT OR REPLACE on a NOT NULL column). Under the
// default ABORT, SQLite 3.15 opens a statement journal inside a transaction for any UPDATE,
// any statement firing a trigger and any REPLACE, and SQLCipher encrypts every page that
// journal holds: 3-5 page encryptions per row written, more than the row's own pages
// (measured, docs/performance.md). Statement-level undo buys nothing here: a failed step
// makes the whole transaction rollback-only (below), I/O errors roll it back anyway, and for
// one row SQLite checks every constraint before it writes, so FAIL and ABORT leave the same
// rows. Statements over many rows keep ABORT.
// Rolls back unless commit() was called. Inside an open transaction it JOINS it instead of
// opening a SAVEPOINT: SQLCipher encrypts every page a savepoint journals, which measured
// ~3x slower commits. A joined transaction that ends without commit() marks the outer one
// rollback-only, so a caught exception can never commit half a change.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_joined = false;
    bool m_done = false;
};

// A keyed set under the one-row rule: UPDATE OR FAIL the row of `table` (columns `keyColumn`,
// value), INSERT it when none was there, in one transaction (SQLite 3.15 has no UPSERT).
void setKeyedValue(Database& db, std::string_view table, std::string_view keyColumn,
                   std::string_view key, std::string_view value);
void setKeyedValue(Database& db, std::string_view table, std::string_view keyColumn,
                   std::string_view key, std::int64_t value);

} // namespace vitalis
