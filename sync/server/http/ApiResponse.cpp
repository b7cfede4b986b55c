#include "sync/server/http/ApiResponse.h"

#include "sync/protocol/ErrorBody.h"

namespace vitalis::server
{

ApiResponse ApiResponse::json(int status, const nlohmann::json& body)
{
    ApiResponse r;
    r.status = status;
    // Replace invalid UTF-8 rather than throwing: a response must always be produced.
    const std::string text = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    r.body = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    return r;
}

ApiResponse ApiResponse::error(protocol::ErrorCode code, const std::string& message,
                               const std::string& path, const nlohmann::json& details)
{
    ApiResponse r =
        json(protocol::httpStatus(code), protocol::encodeError(code, message, path, details));
    r.errorCode = std::string(protocol::toString(code));
    return r;
}

ApiResponse ApiResponse::text(int status, QByteArray body, QByteArray contentType)
{
    ApiResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

} // namespace vitalis::server
