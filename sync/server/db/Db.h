// One Qt Sql connection with a prepared-statement cache, typed errors and the SQL dialect,
// plus DbPool (one connection per worker thread) and Transaction (RAII, savepoints).
#pragma once

#include "sync/server/db/DatabaseUrl.h"
#include "sync/server/db/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace vitalis::server
{

class DbError : public std::runtime_error
{
public:
    enum class Kind {
        Unavailable,     // cannot connect / connection lost
        Retryable,       // deadlock, serialization failure, busy: run the transaction again
        UniqueViolation, // a constraint the caller may want to turn into a 4xx
        Other,
    };
    DbError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// SQLite's extended result code as a DbError kind (shared by the Qt and the native paths).
DbError::Kind classifySqlite(int code, const std::string& message);

struct DbSettings {
    DatabaseUrl url;
    QString sqliteSynchronous = QStringLiteral("FULL"); // FULL survives power loss
    int busyTimeoutMs = 15000;
};

// Rows of a cached statement (Qt's on PostgreSQL, SQLite's own on SQLite); releases the
// statement (and SQLite's read lock) when destroyed.
class Rows
{
public:
    explicit Rows(QSqlQuery& q) : q_(&q) {}
    explicit Rows(SqliteStatement& s) : s_(&s) {}
    Rows(Rows&& o) noexcept : q_(o.q_), s_(o.s_) { o.q_ = nullptr, o.s_ = nullptr; }
    Rows(const Rows&) = delete;
    ~Rows()
    {
        if (q_)
            q_->finish();
        if (s_)
            s_->reset();
    }
    bool next() { return s_ ? s_->next() : q_->next(); }
    QVariant value(int i) const { return s_ ? s_->value(i) : q_->value(i); }
    qint64 i64(int i) const { return s_ ? s_->i64(i) : q_->value(i).toLongLong(); }
    QString str(int i) const { return value(i).toString(); }
    std::string text(int i) const
    {
        return s_ ? s_->text(i) : q_->value(i).toString().toStdString();
    }
    bool isNull(int i) const { return s_ ? s_->isNull(i) : q_->value(i).isNull(); }

private:
    QSqlQuery* q_ = nullptr;
    SqliteStatement* s_ = nullptr;
};

class Db
{
public:
    // `ordinal`: the pool's number for this connection (see counterSlot).
    Db(const DbSettings& settings, const QString& connectionName, int ordinal = 0);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    Dialect dialect() const { return dialect_; }
    bool isPostgres() const { return dialect_ == Dialect::Postgres; }

    // Positional '?' parameters. Statements are prepared once per connection and reused.
    Rows query(const QString& sql, const QVariantList& params = {});
    int execute(const QString& sql, const QVariantList& params = {}); // rows affected
    void executeRaw(const QString& sql); // unprepared (DDL, BEGIN, PRAGMA)
    // Transaction control (BEGIN, SAVEPOINT, RELEASE, COMMIT): prepared once on SQLite, where
    // parsing the statement costs more than running it; plain text on PostgreSQL, which cannot
    // prepare it.
    void control(const QString& sql);
    std::optional<qint64> scalarInt(const QString& sql, const QVariantList& params = {});

    // " FOR UPDATE" on PostgreSQL; nothing on SQLite, where the write lock is database-wide.
    QString forUpdate() const;
    // A number for the transaction open on this connection, never given twice in the process
    // (0 when none): what is read once per transaction and does not change under the writer
    // within it (the statistics configuration, a topic's subscribers) is remembered under it
    // instead of read again for every record.
    std::uint64_t transactionSerial() const { return transaction_; }
    // Which of `slots` copies of a shared counter row this connection adds to. PostgreSQL:
    // distinct for the connections of one process (salted by the process id across processes),
    // so concurrent transactions never wait on each other's counter rows until they commit.
    // SQLite: always 0, its writes are one at a time anyway.
    int counterSlot(int slots) const;
    bool ping();

private:
    friend class Transaction;
    QSqlQuery& prepared(const QString& sql);
    SqliteStatement& native(const QString& sql);
    [[noreturn]] void fail(const QSqlError& error, const QString& sql) const;

    QString name_;
    Dialect dialect_;
    int ordinal_ = 0;
    std::uint64_t transaction_ = 0; // 0: no transaction open
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> cache_;
    sqlite3* sqlite_ = nullptr; // the QSQLITE connection's handle (SQLite only)
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> native_;
};

// Hands each thread its own connection (Qt Sql connections are thread-bound). On SQLite all
// write transactions of this process also go through one mutex, so they queue here instead
// of spinning on SQLITE_BUSY.
class DbPool
{
public:
    explicit DbPool(DbSettings settings) : settings_(std::move(settings)) {}
    Db& local();
    // Closes this thread's connection, if it has one. Workers call it on their own thread at
    // shutdown: a connection left to the thread's exit would race ~QCoreApplication.
    void releaseLocal();
    const DbSettings& settings() const { return settings_; }
    std::mutex& sqliteWriteMutex() { return writeMutex_; }

private:
    DbSettings settings_;
    std::mutex writeMutex_;
};

class Transaction
{
public:
    enum class Mode { Write, ReadSnapshot };
    Transaction(Db& db, std::mutex* sqliteWriteMutex, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;

    void commit();
    void rollback();
    void savepoint(const QString& name);
    void rollbackTo(const QString& name);
    void release(const QString& name);

private:
    Db& db_;
    std::unique_lock<std::mutex> lock_;
    bool open_ = false;
};

// Runs `work` (which opens its own Transaction) again when the database says the
// transaction lost a race (deadlock, serialization failure, busy).
template <typename F> auto withRetry(F&& work, int attempts = 5)
{
    for (int i = 1;; ++i) {
        try {
            return work();
        } catch (const DbError& e) {
            if (e.kind() != DbError::Kind::Retryable || i >= attempts)
                throw;
        }
    }
}

} // namespace vitalis::server
