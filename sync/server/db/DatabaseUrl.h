// Where the server keeps its data: an embedded SQLite file or a PostgreSQL database,
// parsed from one URL (sqlite:PATH, postgres://user:pass@host:port/db).
#pragma once

#include <QString>
#include <optional>

namespace vitalis::server
{

enum class Dialect { Sqlite, Postgres };

struct DatabaseUrl {
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // QPSQL connect options, e.g. "sslmode=require"

    // Throws std::invalid_argument saying what is wrong with the URL.
    static DatabaseUrl parse(const QString& url);
    static DatabaseUrl sqliteFile(const QString& path);
    QString redacted() const; // for logs: never prints the password
};

} // namespace vitalis::server
