#include "sync/server/db/Db.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <atomic>

namespace vitalis::server
{

namespace
{
DbError::Kind classify(const QSqlError& error, Dialect dialect)
{
    const QString code = error.nativeErrorCode();
    if (dialect == Dialect::Postgres) {
        if (code == u"40001" || code == u"40P01" || code == u"55P03")
            return DbError::Kind::Retryable;
        if (code == u"23505")
            return DbError::Kind::UniqueViolation;
        if (code.startsWith(u"08") || code == u"57P01" || code == u"57P03" ||
            error.type() == QSqlError::ConnectionError)
            return DbError::Kind::Unavailable;
        return DbError::Kind::Other;
    }
    if (error.type() == QSqlError::ConnectionError)
        return DbError::Kind::Unavailable;
    return classifySqlite(code.toInt(), error.text().toStdString());
}

sqlite3* sqliteHandle(const QString& connection)
{
    const QVariant h = QSqlDatabase::database(connection, false).driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        throw DbError(DbError::Kind::Unavailable, "the QSQLITE driver gave no SQLite handle");
    return *static_cast<sqlite3* const*>(h.constData());
}
} // namespace

DbError::Kind classifySqlite(int n, const std::string& message)
{
    // Primary codes: 5 BUSY, 6 LOCKED, 19 CONSTRAINT (extended 2067 UNIQUE, 1555 PK).
    if (n == 5 || n == 6 || (n & 0xff) == 5 || (n & 0xff) == 6)
        return DbError::Kind::Retryable;
    if (n == 2067 || n == 1555 || (n == 19 && message.find("UNIQUE") != std::string::npos))
        return DbError::Kind::UniqueViolation;
    return DbError::Kind::Other;
}

Db::Db(const DbSettings& settings, const QString& connectionName, int ordinal)
    : name_(connectionName), dialect_(settings.url.dialect), ordinal_(ordinal)
{
    const DatabaseUrl& url = settings.url;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        dialect_ == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name_);
    if (!db.isValid())
        throw DbError(DbError::Kind::Unavailable,
                      "the Qt Sql driver for " +
                          std::string(dialect_ == Dialect::Sqlite ? "QSQLITE" : "QPSQL") +
                          " is not installed");
    if (dialect_ == Dialect::Sqlite) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(settings.busyTimeoutMs));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        QString opts = url.options;
        if (!opts.contains(u"connect_timeout"))
            opts += opts.isEmpty() ? QStringLiteral("connect_timeout=10")
                                   : QStringLiteral(";connect_timeout=10");
        db.setConnectOptions(opts);
    }
    if (!db.open()) {
        const QSqlError err = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
        throw DbError(DbError::Kind::Unavailable, "cannot open database " +
                                                      url.redacted().toStdString() + ": " +
                                                      err.text().toStdString());
    }
    if (dialect_ == Dialect::Sqlite) {
        executeRaw(QStringLiteral("PRAGMA journal_mode=WAL"));
        executeRaw(QStringLiteral("PRAGMA synchronous=%1").arg(settings.sqliteSynchronous));
        executeRaw(QStringLiteral("PRAGMA foreign_keys=ON"));
        // 64 MiB page cache per connection: at a million records the default 2 MiB turns every
        // index insert into a read.
        executeRaw(QStringLiteral("PRAGMA cache_size=-65536"));
        // Every pushed op runs in a savepoint, whose journal of original pages (~80 for a
        // birth) SQLite writes to a temporary file past 64 KiB: two write calls per page.
        executeRaw(QStringLiteral("PRAGMA temp_store=MEMORY"));
        sqlite_ = sqliteHandle(name_);
    } else {
        executeRaw(QStringLiteral("SET client_min_messages TO warning"));
    }
}

Db::~Db()
{
    native_.clear(); // finalized before Qt closes the handle
    cache_.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

void Db::fail(const QSqlError& error, const QString& sql) const
{
    throw DbError(classify(error, dialect_), "SQL error [" + error.nativeErrorCode().toStdString() +
                                                 "] " + error.text().toStdString() +
                                                 " in: " + sql.left(200).toStdString());
}

QSqlQuery& Db::prepared(const QString& sql)
{
    auto it = cache_.find(sql);
    if (it != cache_.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(name_, false));
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        fail(q->lastError(), sql);
    return *cache_.emplace(sql, std::move(q)).first->second;
}

SqliteStatement& Db::native(const QString& sql)
{
    auto it = native_.find(sql);
    if (it != native_.end())
        return *it->second;
    return *native_.emplace(sql, std::make_unique<SqliteStatement>(sqlite_, sql)).first->second;
}

Rows Db::query(const QString& sql, const QVariantList& params)
{
    if (sqlite_) {
        SqliteStatement& st = native(sql);
        st.start(params);
        return Rows(st);
    }
    QSqlQuery& q = prepared(sql);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        q.finish();
        fail(err, sql);
    }
    return Rows(q);
}

int Db::execute(const QString& sql, const QVariantList& params)
{
    if (sqlite_) {
        SqliteStatement& st = native(sql);
        st.start(params);
        return st.finish();
    }
    QSqlQuery& q = prepared(sql);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        q.finish();
        fail(err, sql);
    }
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

void Db::executeRaw(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(name_, false));
    if (!q.exec(sql))
        fail(q.lastError(), sql);
}

void Db::control(const QString& sql)
{
    if (dialect_ == Dialect::Sqlite)
        execute(sql);
    else
        executeRaw(sql);
}

std::optional<qint64> Db::scalarInt(const QString& sql, const QVariantList& params)
{
    Rows r = query(sql, params);
    if (!r.next() || r.isNull(0))
        return std::nullopt;
    return r.i64(0);
}

QString Db::forUpdate() const
{
    return dialect_ == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

int Db::counterSlot(int slots) const
{
    if (dialect_ != Dialect::Postgres || slots <= 1)
        return 0;
    // Two server processes on one database number their connections alike; the pid moves
    // each process's run of slots so their first connections rarely meet.
    const auto salt = static_cast<std::uint64_t>(QCoreApplication::applicationPid()) * 7919u;
    return static_cast<int>((salt + static_cast<std::uint64_t>(ordinal_)) %
                            static_cast<std::uint64_t>(slots));
}

bool Db::ping()
{
    try {
        return scalarInt(QStringLiteral("SELECT 1")).value_or(0) == 1;
    } catch (const DbError&) {
        return false;
    }
}

namespace
{
// thread_local, so each worker thread keeps its connection until releaseLocal().
std::unordered_map<const DbPool*, std::unique_ptr<Db>>& threadConnections()
{
    thread_local std::unordered_map<const DbPool*, std::unique_ptr<Db>> connections;
    return connections;
}
} // namespace

void DbPool::releaseLocal()
{
    threadConnections().erase(this);
}

Db& DbPool::local()
{
    auto& connections = threadConnections();
    auto it = connections.find(this);
    if (it != connections.end())
        return *it->second;
    static std::atomic<int> counter{0};
    const int ordinal = counter.fetch_add(1);
    const QString name = QStringLiteral("vitalis-%1").arg(ordinal);
    return *connections.emplace(this, std::make_unique<Db>(settings_, name, ordinal)).first->second;
}

Transaction::Transaction(Db& db, std::mutex* sqliteWriteMutex, Mode mode) : db_(db)
{
    if (db_.isPostgres()) {
        db_.executeRaw(mode == Mode::Write
                           ? QStringLiteral("BEGIN")
                           : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    } else if (mode == Mode::Write) {
        if (sqliteWriteMutex)
            lock_ = std::unique_lock<std::mutex>(*sqliteWriteMutex);
        db_.control(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        db_.executeRaw(QStringLiteral("BEGIN"));
    }
    open_ = true;
    static std::atomic<std::uint64_t> serials{0};
    db_.transaction_ = ++serials;
}

Transaction::~Transaction()
{
    if (open_) {
        try {
            rollback();
        } catch (...) {
            // The connection is gone; the server already answers 5xx for this request.
        }
    }
}

void Transaction::commit()
{
    db_.control(QStringLiteral("COMMIT"));
    open_ = false;
    db_.transaction_ = 0;
    if (lock_.owns_lock())
        lock_.unlock();
}

void Transaction::rollback()
{
    open_ = false;
    db_.transaction_ = 0;
    db_.control(QStringLiteral("ROLLBACK"));
    if (lock_.owns_lock())
        lock_.unlock();
}

void Transaction::savepoint(const QString& name)
{
    db_.executeRaw(u"SAVEPOINT "_qs + name);
}

void Transaction::rollbackTo(const QString& name)
{
    db_.executeRaw(u"ROLLBACK TO SAVEPOINT "_qs + name);
}

void Transaction::release(const QString& name)
{
    db_.executeRaw(u"RELEASE SAVEPOINT "_qs + name);
}

} // namespace vitalis::server
