// The correction_requests table: a registered record's correction as it was asked for (the
// proposed field changes with the values the requester saw, the reason, the documents) and
// how it was decided. The only code that reads or writes that table.
#pragma once

#include "core/FieldChanges.h"
#include "sync/server/db/Db.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::server
{

struct CorrectionRequest {
    std::string id;
    std::string recordId;
    FieldChanges changes; // field -> {base: what the requester saw, value: proposed}
    std::string reasonCode;
    std::string reason;
    nlohmann::json documents = nlohmann::json::array();
    std::string requestedBy;
    std::string requestedDevice;
    std::int64_t requestedAt = 0;
    std::int64_t mutationId = 0;
    std::int64_t baseRev = 0;    // the record revision the requester saw
    std::int64_t requestRev = 0; // the revision the request itself made
    std::string status = "open"; // open | approved | rejected | conflict
    std::string decidedBy;
    std::int64_t decidedAt = 0;
    std::string decisionReason;
    std::int64_t decidedRev = 0;
    std::string conflictId; // status conflict: the conflict a person decides

    nlohmann::json toJson() const;
};

class CorrectionStore
{
public:
    static void insert(Db& db, const CorrectionRequest& c);
    static std::optional<CorrectionRequest> load(Db& db, const std::string& id);
    // Writes status and the decided_* columns.
    static void saveDecision(Db& db, const CorrectionRequest& c);
    static std::optional<CorrectionRequest> byConflict(Db& db, const std::string& conflictId);
    static std::vector<CorrectionRequest> forRecord(Db& db, const std::string& recordId);
    // Open requests (open or waiting on a conflict) of records whose location path starts
    // with `pathPrefix`, oldest first.
    static std::vector<CorrectionRequest> openIn(Db& db, const std::string& pathPrefix,
                                                 std::size_t limit);
};

} // namespace vitalis::server
