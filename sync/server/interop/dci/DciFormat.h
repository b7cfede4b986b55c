// What every DCI message of the registry shares: the spec version, the registry type and the
// RFC 3339 times of headers and items. One place for the search answers and the notifications.
#pragma once

#include <QDateTime>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server::dci
{

inline constexpr const char* kVersion = "1.0.0";
inline constexpr const char* kCivil = "ns:org:RegistryType:Civil";

inline std::string isoTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

inline bool isoTime(const nlohmann::json& v)
{
    return v.is_string() &&
           QDateTime::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODateWithMs)
               .isValid();
}

} // namespace vitalis::server::dci
