// The server's SQLite statements (Db on SQLite, through SqliteStatement): values bound and read
// as Qt's QSQLITE bound and read them, and SQLite's errors as typed DbErrors naming the SQL.
#include "sync/server/db/Db.h"
#include "tests/support/QtTestApp.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace vitalis::server;

namespace
{
struct SqliteDb {
    QTemporaryDir dir;
    std::unique_ptr<Db> db;
    SqliteDb()
    {
        vitalis::test::qtTestApp(); // Qt loads its SQL drivers only under an application
        DbSettings s;
        s.url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("t.db")));
        db = std::make_unique<Db>(s, QStringLiteral("sqlite-statement-test"));
        db->executeRaw(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, "
                                      "n BIGINT, x REAL, b BLOB)"));
    }
};
} // namespace

TEST(SqliteStatement, BindsAndReadsValuesAsQtDid)
{
    SqliteDb t;
    Db& db = *t.db;
    const QString insert =
        QStringLiteral("INSERT INTO t (id, name, n, x, b) VALUES (?, ?, ?, ?, ?)");
    const std::string arabic = "\xd8\xb9\xd8\xa7\xd8\xa6\xd8\xb4\xd8\xa9 Banda";
    EXPECT_EQ(db.execute(insert, {QStringLiteral("a"), QString::fromStdString(arabic),
                                  QVariant::fromValue<qint64>(9007199254740993LL), 2.5,
                                  QByteArray("\x00\x01", 2)}),
              1);
    // A null QString and an empty QVariant bind NULL (QSqlResult's rule); an empty one is text.
    EXPECT_EQ(
        db.execute(insert, {QStringLiteral("b"), QString(), QVariant(), QVariant(), QVariant()}),
        1);
    EXPECT_EQ(db.execute(insert, {QStringLiteral("c"), QStringLiteral(""), true, 1, QVariant()}),
              1);

    Rows r = db.query(QStringLiteral("SELECT id, name, n, x, b FROM t ORDER BY id"));
    ASSERT_TRUE(r.next());
    EXPECT_EQ(r.text(1), arabic);
    EXPECT_EQ(r.str(1), QString::fromStdString(arabic));
    EXPECT_EQ(r.i64(2), 9007199254740993LL);
    EXPECT_DOUBLE_EQ(r.value(3).toDouble(), 2.5);
    EXPECT_EQ(r.value(4).toByteArray(), QByteArray("\x00\x01", 2));
    ASSERT_TRUE(r.next());
    EXPECT_TRUE(r.isNull(1));
    EXPECT_TRUE(r.isNull(2));
    EXPECT_EQ(r.text(1), "");
    EXPECT_EQ(r.i64(2), 0);
    ASSERT_TRUE(r.next());
    EXPECT_FALSE(r.isNull(1)) << "an empty string is not NULL";
    EXPECT_EQ(r.i64(2), 1) << "a bool binds as an integer";
    EXPECT_FALSE(r.next());
    EXPECT_FALSE(r.next()) << "stays at the end";

    EXPECT_EQ(db.execute(QStringLiteral("UPDATE t SET n = 7 WHERE id <> ?"), {QStringLiteral("a")}),
              2);
    EXPECT_EQ(db.scalarInt(QStringLiteral("SELECT SUM(n) FROM t WHERE id <> 'a'")), 14);
    EXPECT_EQ(db.scalarInt(QStringLiteral("SELECT n FROM t WHERE id = 'none'")), std::nullopt);
}

TEST(SqliteStatement, ErrorsAreTypedAndNameTheStatement)
{
    SqliteDb t;
    Db& db = *t.db;
    const QString insert = QStringLiteral("INSERT INTO t (id) VALUES (?)");
    db.execute(insert, {QStringLiteral("a")});
    try {
        db.execute(insert, {QStringLiteral("a")});
        FAIL() << "a second row with the same key was written";
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::UniqueViolation);
        EXPECT_NE(std::string(e.what()).find("INSERT INTO t (id)"), std::string::npos) << e.what();
    }
    // The statement is usable again after its error.
    EXPECT_EQ(db.execute(insert, {QStringLiteral("b")}), 1);
    try {
        db.query(QStringLiteral("SELECT missing_column FROM t"));
        FAIL() << "a statement naming a missing column was prepared";
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::Other);
        EXPECT_NE(std::string(e.what()).find("no such column: missing_column"), std::string::npos)
            << e.what();
    }
    // A transaction rolled back leaves nothing of its statements.
    {
        Transaction tx(db, nullptr);
        db.execute(insert, {QStringLiteral("c")});
    }
    EXPECT_EQ(db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM t")), 2);
}
