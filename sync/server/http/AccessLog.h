// One line per answered request (time, client address, user, method and route pattern,
// status, bytes sent, duration) to a file or stderr. Never tokens, bodies or raw paths.
#pragma once

#include <QString>
#include <cstdio>

namespace vitalis::server
{

struct AccessLogEntry {
    QString remote;
    QString user; // empty before authentication
    QString method;
    QString route; // the route pattern, e.g. /api/v1/records/{id}
    int status = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

class AccessLog
{
public:
    // `target` is a file path (appended to), "-" for stderr, or empty for no log.
    explicit AccessLog(const QString& target);
    ~AccessLog();
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    bool enabled() const { return out_ != nullptr; }
    // Called on the event-loop thread only, so lines never interleave.
    void write(const AccessLogEntry& e, qint64 nowMillis);

private:
    std::FILE* out_ = nullptr;
    bool owned_ = false;
};

} // namespace vitalis::server
