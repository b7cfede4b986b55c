// The server's history of one record (GET /api/v1/records/{id}/history) as people read it:
// who by name, on which device, when, what. Fetched with a one-off copy of the session so it can
// run on a worker thread without the profile's database connection.
#pragma once

#include "sync/client/CurlTransport.h"
#include "sync/client/RecordTimeline.h"
#include "sync/client/SyncError.h"

#include <atomic>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::sync
{

struct ServerHistoryEntry {
    std::int64_t rev = 0;
    std::string action; // "declare", "edit", "register", ...
    std::string outcome;
    std::string userId;
    std::string userName; // display name; "" when the server does not know it
    std::string deviceId;
    std::string deviceCode; // the device's short code; "" when unknown
    std::int64_t mutationId = 0;
    std::int64_t serverTime = 0;
    std::int64_t deviceTime = 0; // the acting device's clock (0 = unknown): shown, not trusted
    std::string statusFrom, statusTo, reason;
    std::vector<std::string> fields;                   // field ids the change touched
    nlohmann::json changes = nlohmann::json::object(); // field -> {"old": v, "new": v}
    // Corrections: the request this entry belongs to ({} for other entries), with its
    // proposed changes, reason code and status (docs/api.md, the history endpoint).
    nlohmann::json correction = nlohmann::json::object();
    // Certify: what was printed (template, language, collector, fee, the server's copy number).
    nlohmann::json print = nlohmann::json::object();
};

// A registration number a device offered for the record and the server voided (offline
// registration): a certificate printed with it is revoked.
struct VoidedNumberEntry {
    std::string number;
    std::string reason;
    std::int64_t at = 0; // server time
    std::string userName;
    std::string deviceCode;
};

struct ServerHistory {
    std::string recordId;
    std::int64_t rev = 0;
    std::vector<ServerHistoryEntry> entries; // oldest first
    std::vector<VoidedNumberEntry> voidedNumbers;
};

// What a fetch needs, read from the profile on the thread that owns it.
struct HistoryRequest {
    TransportOptions transport;
    std::string accessToken;
    std::string deviceId;
    std::string recordId;
};

ServerHistory parseServerHistory(const nlohmann::json& answer);

// One authenticated GET of `path` (the history; the statistics screen too). It never refreshes
// the session: the sync run owns the refresh token (two refreshers would race for it); an
// expired access token is SyncError(NotLoggedIn).
// Throws SyncError (Network when the server cannot be reached, Cancelled once `cancel` is set).
nlohmann::json authenticatedGet(const HistoryRequest& request, const std::string& path,
                                const std::atomic<bool>* cancel = nullptr);
ServerHistory fetchServerHistory(const HistoryRequest& request,
                                 const std::atomic<bool>* cancel = nullptr);

// This device's changes the server's history does not hold yet (not sent, waiting, refused):
// matched by this device's id and the change's mutation id. Oldest first.
std::vector<TimelineEntry> notOnServer(const ServerHistory& server,
                                       const std::vector<TimelineEntry>& local,
                                       const std::string& ownDeviceId);

} // namespace vitalis::sync
