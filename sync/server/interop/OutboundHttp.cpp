#include "sync/server/interop/OutboundHttp.h"

#include <algorithm>
#include <chrono>
#include <curl/curl.h>
#include <random>

namespace vitalis::server
{

namespace
{

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out)
{
    auto* s = static_cast<std::string*>(out);
    if (s->size() < 64 * 1024) // answers that matter are small (a challenge, a JSON verdict)
        s->append(data, size * n);
    return size * n;
}

CURL* prepare(HttpCall& c, curl_slist*& list, std::int64_t timeoutMs)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return nullptr;
    for (const auto& h : c.headers)
        list = curl_slist_append(list, h.c_str());
    curl_easy_setopt(curl, CURLOPT_URL, c.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &c.result.body);
    if (!c.clientCert.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, c.clientCert.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLKEY, c.clientKey.c_str());
    }
    if (!c.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, c.caFile.c_str());
    if (c.body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, c.body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(c.body->size()));
    }
    return curl;
}

} // namespace

void performHttp(std::vector<HttpCall>& calls, std::int64_t timeoutMs)
{
    CURLM* multi = curl_multi_init();
    std::vector<CURL*> easy(calls.size(), nullptr);
    std::vector<curl_slist*> lists(calls.size(), nullptr);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < calls.size(); ++i) {
        easy[i] = prepare(calls[i], lists[i], timeoutMs);
        if (easy[i])
            curl_multi_add_handle(multi, easy[i]);
        else
            calls[i].result.error = "curl_easy_init failed";
    }
    int running = 1;
    while (running > 0) {
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            const auto i = static_cast<std::size_t>(
                std::find(easy.begin(), easy.end(), m->easy_handle) - easy.begin());
            HttpCall& c = calls[i];
            if (m->data.result == CURLE_OK)
                curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &c.result.status);
            else
                c.result.error = curl_easy_strerror(m->data.result);
            c.elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - start)
                              .count();
        }
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    for (std::size_t i = 0; i < calls.size(); ++i) {
        if (easy[i]) {
            curl_multi_remove_handle(multi, easy[i]);
            curl_easy_cleanup(easy[i]);
        }
        curl_slist_free_all(lists[i]);
    }
    curl_multi_cleanup(multi);
}

HttpResult sendHttp(HttpCall call, std::int64_t timeoutMs)
{
    std::vector<HttpCall> one{std::move(call)};
    performHttp(one, timeoutMs);
    return one[0].result;
}

std::int64_t retryBackoffMs(std::int64_t baseMs, std::int64_t maxMs, int attempts)
{
    const int shift = std::clamp(attempts - 1, 0, 30);
    const std::int64_t cap = std::max<std::int64_t>(1, std::min(maxMs, baseMs << shift));
    thread_local std::mt19937_64 rng{std::random_device{}()};
    return cap / 2 + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(cap / 2 + 1));
}

} // namespace vitalis::server
