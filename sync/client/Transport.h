// The HTTP seam of the sync engine: one request, one answer. CurlTransport is the real one;
// the interface exists so the engine can be driven over any channel (tests use the real server).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace vitalis::sync
{

struct HttpRequest {
    std::string method = "POST";
    std::string path; // "/api/v1/push"; joined to the transport's base URL
    std::string body; // JSON text (the transport may gzip it)
    std::vector<std::pair<std::string, std::string>> headers;
};

struct HttpResponse {
    long status = 0;
    std::string body;                         // decoded (gunzipped) body
    std::optional<std::int64_t> retryAfterMs; // from a Retry-After header
    std::string etag;                         // the ETag header, as sent (quoted)
    std::uint64_t bytesSent = 0;              // on the wire, headers included
    std::uint64_t bytesReceived = 0;
};

// The request may or may not have reached the server: connection refused, reset, timed out,
// TLS failure. Retrying is the caller's decision (safe for push thanks to the ledger).
class TransportError : public std::runtime_error
{
public:
    enum class Kind { Connect, Timeout, Tls, Io, Cancelled };
    TransportError(Kind kind, const std::string& message)
        : std::runtime_error(message), m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Bytes moved so far in the current request (for progress bars).
using TransferProgress = std::function<void(std::uint64_t sent, std::uint64_t received)>;

class Transport
{
public:
    virtual ~Transport() = default;
    // Throws TransportError when no HTTP answer came back; any HTTP status is a response.
    // Several threads may send at once (a device keeps two pushes on the server).
    virtual HttpResponse send(const HttpRequest& request) = 0;
    // Checked during transfers: a set flag aborts the request with Kind::Cancelled.
    virtual void setCancelFlag(const std::atomic<bool>* flag) = 0;
    virtual void setProgress(TransferProgress progress) = 0;
};

} // namespace vitalis::sync
