#include "sync/server/db/SqliteStatement.h"

#include "sync/server/db/Db.h"

#include <QByteArray>
#include <sqlite3.h>

namespace vitalis::server
{

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql) : m_db(db), m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail(int rc)
{
    const int code = sqlite3_extended_errcode(m_db);
    const std::string message = sqlite3_errmsg(m_db);
    if (m_stmt)
        sqlite3_reset(m_stmt);
    throw DbError(classifySqlite(code ? code : rc, message),
                  "SQL error [" + std::to_string(code ? code : rc) + "] " + message +
                      " in: " + m_sql.left(200).toStdString());
}

namespace
{
// QSqlResultPrivate::isVariantNull's rule: a null QString or QByteArray binds as NULL.
bool bindsNull(const QVariant& v)
{
    if (v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return static_cast<const QString*>(v.constData())->isNull();
    if (v.typeId() == QMetaType::QByteArray)
        return static_cast<const QByteArray*>(v.constData())->isNull();
    return false;
}
} // namespace

void SqliteStatement::start(const QVariantList& params)
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& v = params[i];
        const int at = i + 1;
        int rc = SQLITE_OK;
        if (bindsNull(v)) {
            rc = sqlite3_bind_null(m_stmt, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, at, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_stmt, at, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const auto* b = static_cast<const QByteArray*>(v.constData());
                rc = sqlite3_bind_blob64(m_stmt, at, b->constData(),
                                         static_cast<sqlite3_uint64>(b->size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text64(m_stmt, at, utf8.constData(),
                                         static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
            }
            }
        }
        if (rc != SQLITE_OK)
            fail(rc);
    }
    m_hasRow = step();
    m_first = true;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

bool SqliteStatement::next()
{
    if (m_first) {
        m_first = false;
        return m_hasRow;
    }
    if (!m_hasRow)
        return false;
    m_hasRow = step();
    return m_hasRow;
}

int SqliteStatement::finish()
{
    while (next()) {
    }
    const int changed = sqlite3_changes(m_db);
    reset();
    return changed;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_first = m_hasRow = false;
}

QVariant SqliteStatement::value(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(sqlite3_column_int64(m_stmt, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, i);
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, i));
    }
    case SQLITE_NULL:
        return {};
    default: {
        const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return QString::fromUtf8(s, sqlite3_column_bytes(m_stmt, i));
    }
    }
}

qint64 SqliteStatement::i64(int i) const
{
    const int type = sqlite3_column_type(m_stmt, i);
    if (type == SQLITE_TEXT || type == SQLITE_FLOAT)
        return value(i).toLongLong(); // as QVariant converts them
    return sqlite3_column_int64(m_stmt, i);
}

std::string SqliteStatement::text(int i) const
{
    if (sqlite3_column_type(m_stmt, i) == SQLITE_FLOAT)
        return value(i).toString().toStdString(); // as QVariant writes a double
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    return s ? std::string(s, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i)))
             : std::string();
}

bool SqliteStatement::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

} // namespace vitalis::server
