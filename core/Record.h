// The civil registration record as every part of Vitalis sees it.
// Plain data: the workflow, store and sync layers give it behaviour.
#pragma once

#include "core/RecordStatus.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{

struct Record {
    std::string id;        // UUID chosen by the creating device
    std::string eventType; // "birth", "death", ... (configurable)
    std::string formId;    // form the record was started with
    int formVersion = 0;   // and its version; validated against it forever
    nlohmann::json fields = nlohmann::json::object(); // field id -> value
    std::string trackingId;                           // made offline, see TrackingId
    std::string registrationNumber;                   // assigned by the server at registration
    std::string officeId;                             // owning office / jurisdiction node
    RecordStatus status = RecordStatus::Draft;
    std::string statusReason;        // e.g. why it was sent back for updates
    std::int64_t serverRevision = 0; // 0 = never seen by the server
    std::int64_t createdAt = 0;      // unix milliseconds, device clock
    std::int64_t updatedAt = 0;
    std::string createdBy; // user ids
    std::string updatedBy;
    // "waiting" while the national ID system has not answered for this registration (set by
    // the server, carried by the pull); empty otherwise. Not a status: see docs/architecture.md.
    std::string nationalIdState;
    // When it was registered (unix ms; the registrar's device time for an offline registration,
    // as the server keeps it); 0 before. Fees and the certificate's date count from it.
    std::int64_t registeredAt = 0;
    // Records a person decided this one is "not a duplicate" of (the server keeps the decision,
    // the pull carries it; set locally at once by the decision made here). The duplicate check
    // skips these pairs in both directions, so nobody is warned twice about a settled pair.
    std::vector<std::string> notDuplicateOf;
};

} // namespace vitalis
