// Blocking HTTP for tests, over libcurl as the client does it: the status, the body (parsed
// when it is JSON), the response headers with lower-case names.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test
{

struct HttpResponse {
    long status = 0;
    nlohmann::json body;
    std::string raw;
    std::map<std::string, std::string> headers; // lower-case names
    std::string curlError;                      // transport failure (status 0)
};

HttpResponse httpRequest(const std::string& method, const std::string& url,
                         const std::string& body = {},
                         const std::map<std::string, std::string>& headers = {},
                         long timeoutMs = 30000);

} // namespace vitalis::test
