// The "Possible duplicates" queue on this device: the server's open duplicate flags of the
// records the user sees (GET /api/v1/duplicates), kept in the profile so the queue and the
// comparison screen work offline. A decision taken here drops the record from it at once.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

class ApiClient;

struct DuplicateCandidateView {
    std::string recordId;
    std::string trackingId;
    double score = 0;
    std::vector<std::string> matchedFields;
};

struct DuplicateQueueEntry {
    std::string recordId;
    std::string trackingId;
    std::vector<DuplicateCandidateView> candidates;
};

class DuplicateQueue
{
public:
    static constexpr const char* kSetting = "duplicates.queue"; // this class owns the key

    explicit DuplicateQueue(ProfileStore& store) : m_store(store) {}

    // Replaces the kept list with the server's; throws SyncError when it cannot be fetched.
    void refresh(ApiClient& api);
    // Stores the "duplicates" array of the server's answer (refresh, and tests).
    void store(const nlohmann::json& serverAnswer);
    // The kept entries whose record this device holds and has not archived, oldest first.
    std::vector<DuplicateQueueEntry> entries();
    std::optional<DuplicateQueueEntry> find(const std::string& recordId);
    // A decision was taken on this device: the record leaves the queue now, not at next sync.
    void forget(const std::string& recordId);

private:
    nlohmann::json kept();
    ProfileStore& m_store;
};

} // namespace vitalis::sync
