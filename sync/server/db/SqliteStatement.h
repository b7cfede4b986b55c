// One prepared statement on the SQLite handle under a QSQLITE connection, bound and read as
// UTF-8 as SQLite stores it: Qt's QSqlQuery turned every text into UTF-16 and back and named a
// placeholder for every value bound, a fifth of the server's push CPU.
#pragma once

#include <QString>
#include <QVariant>
#include <cstdint>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace vitalis::server
{

class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const QString& sql); // throws DbError
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binds `params` (as QSQLITE binds them: a null QString or QByteArray is NULL) and runs
    // the statement to its first row; throws DbError.
    void start(const QVariantList& params);
    // The next row (the first one start() reached, then each following); throws DbError.
    bool next();
    // Runs a started statement to its end; the rows it changed.
    int finish();
    void reset(); // releases the statement (and SQLite's read lock)

    QVariant value(int i) const;
    qint64 i64(int i) const;
    std::string text(int i) const;
    bool isNull(int i) const;

private:
    [[noreturn]] void fail(int rc);
    bool step();

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    bool m_first = false; // start() reached a row that next() has not handed out yet
    bool m_hasRow = false;
};

} // namespace vitalis::server
