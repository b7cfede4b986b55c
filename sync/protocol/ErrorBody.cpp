#include "sync/protocol/ErrorBody.h"

namespace vitalis::protocol
{

using nlohmann::json;

json encodeError(ErrorCode code, const std::string& message, const std::string& path,
                 const json& details)
{
    json e = {{"code", toString(code)}, {"message", message}};
    if (!path.empty())
        e["path"] = path;
    if (details.is_object())
        for (auto it = details.begin(); it != details.end(); ++it)
            e[it.key()] = it.value();
    return json{{"error", std::move(e)}};
}

ErrorBody decodeError(const json& body)
{
    ErrorBody out;
    if (!body.is_object() || !body.contains("error") || !body["error"].is_object())
        return out;
    const json& e = body["error"];
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (it.key() == "code" && it->is_string())
            out.code = it->get<std::string>();
        else if (it.key() == "message" && it->is_string())
            out.message = it->get<std::string>();
        else if (it.key() == "path" && it->is_string())
            out.path = it->get<std::string>();
        else
            out.details[it.key()] = it.value();
    }
    return out;
}

} // namespace vitalis::protocol
