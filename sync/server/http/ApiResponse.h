// A response built by a handler: status, body and headers; JSON helpers for the common case
// and for the {"error": {...}} body every failure carries.
#pragma once

#include "sync/protocol/ErrorCode.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server
{

struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    std::string errorCode; // for logs and metrics; empty on success

    static ApiResponse json(int status, const nlohmann::json& body);
    static ApiResponse error(protocol::ErrorCode code, const std::string& message,
                             const std::string& path = {},
                             const nlohmann::json& details = nlohmann::json::object());
    static ApiResponse text(int status, QByteArray body, QByteArray contentType);
};

} // namespace vitalis::server
