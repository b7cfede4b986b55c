// The conversions every server service needs to bind std::string and 64-bit values to Qt Sql
// queries, and fixed-size IN lists; one definition instead of a private copy per service.
#pragma once

#include <QString>
#include <QVariant>
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

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

// Calls f(marks, params) for each run of up to `chunk` ids: marks is "?, ?, ..." of exactly
// `chunk` places and a short last run repeats its last id, so one prepared statement serves
// every call instead of one per list length.
template <class F>
void forEachIdChunk(const std::vector<std::string>& ids, std::size_t chunk, F&& f)
{
    QString marks;
    for (std::size_t k = 0; k < chunk; ++k)
        marks += k ? QStringLiteral(", ?") : QStringLiteral("?");
    for (std::size_t i = 0; i < ids.size(); i += chunk) {
        QVariantList params;
        for (std::size_t k = 0; k < chunk; ++k)
            params << q(ids[std::min(i + k, ids.size() - 1)]);
        f(marks, params);
    }
}

} // namespace vitalis::server::sql
