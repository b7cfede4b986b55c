// The two conversions every server service needs to bind std::string and 64-bit values to
// Qt Sql queries; one definition instead of a private copy per service.
#pragma once

#include <QString>
#include <QVariant>
#include <cstdint>
#include <string>

namespace vitalis::server::sql
{

inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

inline QVariant i64(std::int64_t v)
{
    return QVariant::fromValue<qint64>(v);
}

} // namespace vitalis::server::sql
