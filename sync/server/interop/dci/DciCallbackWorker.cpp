#include "sync/server/interop/dci/DciCallbackWorker.h"

#include "sync/server/interop/dci/DciTransactionStore.h"

#include <algorithm>
#include <cstdio>
#include <curl/curl.h>

namespace vitalis::server::dci
{

namespace
{

struct PostResult {
    long status = 0; // 0: no answer
    std::string error;
};

std::size_t discard(char*, std::size_t size, std::size_t n, void*)
{
    return size * n; // the requester's answer body carries nothing we use
}

PostResult post(const std::string& url, const std::string& body, std::int64_t timeoutMs)
{
    PostResult out;
    CURL* curl = curl_easy_init();
    if (!curl) {
        out.error = "curl_easy_init failed";
        return out;
    }
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    const CURLcode rc = curl_easy_perform(curl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &out.status);
    else
        out.error = curl_easy_strerror(rc);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return out;
}

} // namespace

void DciCallbackWorker::start()
{
    thread_ = std::thread([this] { run(); });
}

void DciCallbackWorker::stop()
{
    if (!thread_.joinable())
        return;
    stopping_ = true;
    wake_.notify_all();
    thread_.join();
}

std::int64_t DciCallbackWorker::backoffMs(int attempts) const
{
    const int shift = std::min(attempts, 30);
    return std::min(settings_.retryMaxMs, settings_.retryBaseMs << shift);
}

bool DciCallbackWorker::deliverDue(Db& db)
{
    const auto write = [&](const auto& work) {
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            work();
            tx.commit();
        });
    };
    const std::int64_t now = clock_.nowMillis();
    std::vector<DciTransaction> due;
    write([&] {
        due = DciTransactionStore::claimDue(db, now, settings_.requestTimeoutMs + 1000, 10);
    });
    for (const auto& t : due) {
        const PostResult r = post(t.callback, t.response, settings_.requestTimeoutMs);
        const std::int64_t after = clock_.nowMillis();
        const int status = static_cast<int>(r.status);
        if (r.status >= 200 && r.status < 300) {
            write([&] { DciTransactionStore::delivered(db, t.correlationId, status); });
            continue;
        }
        const bool dead = after - t.createdAt >= settings_.deadAfterMs;
        const std::string error = r.error.empty() ? "HTTP " + std::to_string(status) : r.error;
        write([&] {
            DciTransactionStore::failed(db, t.correlationId, status, error,
                                        after + backoffMs(t.attempts), dead);
        });
    }
    return !due.empty();
}

void DciCallbackWorker::run()
{
    while (!stopping_) {
        bool busy = false;
        try {
            busy = deliverDue(pool_.local());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "vitalis-server: dci callback worker: %s\n", e.what());
        }
        if (!busy) {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, std::chrono::milliseconds(settings_.pollMs),
                           [this] { return stopping_.load(); });
        }
    }
    pool_.releaseLocal();
}

} // namespace vitalis::server::dci
