// Correction requests as a device shows them: the server's (GET /api/v1/corrections, with
// people's names) and this device's own that have not reached it yet (its outbox), so a
// request made offline shows at once with its values.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

class ApiClient;

struct CorrectionRequestView {
    std::string id;
    std::string recordId;
    std::string status; // open | approved | rejected | conflict | not_sent (this device)
    nlohmann::json changes = nlohmann::json::object(); // field -> {"old": v, "new": v}
    std::string reasonCode;
    std::string reason;
    std::string requestedBy;
    std::string requestedByName; // "" when unknown (not sent yet: this device's user)
    std::int64_t requestedAt = 0;
    std::string decidedByName;
    std::string decisionReason;
};

// The "corrections" array of GET /api/v1/corrections or /records/{id}/corrections.
std::vector<CorrectionRequestView> parseCorrectionRequests(const nlohmann::json& answer);
// Open requests in the user's jurisdiction, or every request of one record.
std::vector<CorrectionRequestView> fetchCorrectionRequests(ApiClient& api,
                                                           const std::string& recordId = {});
// This device's requests still in its outbox (not yet answered by the server), oldest first.
std::vector<CorrectionRequestView> unsentCorrectionRequests(ProfileStore& store);

} // namespace vitalis::sync
