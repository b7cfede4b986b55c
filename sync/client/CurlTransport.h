// Transport over libcurl: HTTPS with certificate verification (custom CA file, optional
// public-key pins with a backup), gzip both ways, connect/transfer timeouts, low-speed abort.
#pragma once

#include "sync/client/Transport.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace vitalis::sync
{

struct TransportOptions {
    std::string baseUrl; // "https://registry.example.org" (no trailing slash needed)
    std::string caFile;  // PEM bundle for self-hosted servers; "" = system store
    std::vector<std::string> pinnedKeys; // "sha256//BASE64" each; primary + backup
    bool verifyTls = true;               // never false outside tests of the refusal itself
    long connectTimeoutMs = 10'000;
    long transferTimeoutMs = 120'000;     // whole request; a 2G batch must fit in it
    long lowSpeedBytesPerSec = 64;        // abort when slower than this ...
    long lowSpeedSeconds = 30;            // ... for this long (a stalled link)
    std::size_t gzipRequestsAbove = 1024; // request bodies larger than this are gzipped
    std::string userAgent = "vitalis-sync/1";
};

class CurlTransport final : public Transport
{
public:
    explicit CurlTransport(TransportOptions options);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    HttpResponse send(const HttpRequest& request) override;
    void setCancelFlag(const std::atomic<bool>* flag) override { m_cancel = flag; }
    void setProgress(TransferProgress progress) override { m_progress = std::move(progress); }
    const TransportOptions& options() const { return m_options; }

private:
    // A CURL* serves one request at a time; idle ones are reused so their connections stay
    // alive between requests, and requests sent at once each take their own.
    void* takeHandle();
    void giveBack(void* handle);

    TransportOptions m_options;
    std::mutex m_idleMutex;
    std::vector<void*> m_idle;
    const std::atomic<bool>* m_cancel = nullptr;
    TransferProgress m_progress;
    friend struct CurlCallbacks;
};

// gzip (RFC 1952) of `data` with zlib; exposed for the benchmark's wire-size comparison.
std::string gzipBytes(const std::string& data, int level = 6);

} // namespace vitalis::sync
