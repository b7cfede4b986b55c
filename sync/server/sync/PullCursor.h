// The opaque pull cursor: where a device is in the change log (or in its initial snapshot),
// which database and which scope it was issued for, and a check of the log row it points at
// so a cursor from before a restore is detected instead of silently skipping changes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vitalis::server
{

struct PullCursor {
    enum class Mode { Snapshot, Log };
    Mode mode = Mode::Snapshot;
    std::string instance; // database identity (server_meta.instance_id)
    std::int64_t seq = 0; // Snapshot: the log position the snapshot was taken at
    std::string after;    // Snapshot: last record id delivered; Log: check of row `seq`
    std::string scope;    // digest of role + jurisdiction + filters

    std::string encode() const; // base64url, opaque to clients
    static std::optional<PullCursor> decode(const std::string& text);
};

} // namespace vitalis::server
