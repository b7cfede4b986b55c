// The server's outgoing HTTP calls (WebSub deliveries, DCI callbacks, the national ID hook):
// libcurl, several calls at once so a slow receiver holds up no one else, optional client
// certificate (mutual TLS). Status 0 means no answer (network error, timeout, dropped).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vitalis::server
{

struct HttpResult {
    long status = 0; // 0: no answer (network error, timeout)
    std::string body;
    std::string error;
};

struct HttpCall {
    std::string url;
    const std::string* body = nullptr; // null for a GET
    std::vector<std::string> headers;
    std::string clientCert; // PEM files for mutual TLS; empty: none
    std::string clientKey;
    std::string caFile; // PEM bundle the receiver's certificate must chain to; empty: system
    HttpResult result;
    std::int64_t elapsedMs = 0;
};

// Runs the calls at once; each gets its result and elapsed time.
void performHttp(std::vector<HttpCall>& calls, std::int64_t timeoutMs);
// One call.
HttpResult sendHttp(HttpCall call, std::int64_t timeoutMs);

// The wait before retry number `attempts` (1 = the first retry): doubling from `baseMs` up to
// `maxMs`, then 50-100 % of it, so the retries of many calls that failed together (a
// receiver's outage) spread out instead of arriving as one wave.
std::int64_t retryBackoffMs(std::int64_t baseMs, std::int64_t maxMs, int attempts);

} // namespace vitalis::server
