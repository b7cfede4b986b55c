// What every DCI message of the registry shares: the spec version, the registry type and the
// RFC 3339 times of headers and items. One place for the search answers and the notifications.
#pragma once

#include <QDateTime>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::server::dci
{

inline constexpr const char* kVersion = "1.0.0";
inline constexpr const char* kCivil = "ns:org:RegistryType:Civil";

inline std::string isoTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

// Unix ms of an RFC 3339 date-time; nullopt when `v` is not one.
inline std::optional<std::int64_t> isoMillis(const nlohmann::json& v)
{
    if (!v.is_string())
        return std::nullopt;
    const QDateTime t =
        QDateTime::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODateWithMs);
    return t.isValid() ? std::optional<std::int64_t>(t.toMSecsSinceEpoch()) : std::nullopt;
}

inline bool isoTime(const nlohmann::json& v)
{
    return v.is_string() &&
           QDateTime::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODateWithMs)
               .isValid();
}

} // namespace vitalis::server::dci
