// The rules applyOne's steps share (PushOp.cpp for stored records, PushCreation.cpp for new
// ones): which statuses need every required field, how changes land (an approved correction's
// too, CorrectionService), the field_meta entry, the candidates an answer names.
#pragma once

#include "core/Record.h"
#include "sync/protocol/Op.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/dedup/DuplicateFlagStore.h"

#include <nlohmann/json.hpp>

namespace vitalis::server::push_rules
{

// Required fields are enforced from "declared" on; notifications and sent-back records may
// be incomplete.
inline bool enforcesRequired(RecordStatus s)
{
    return s == RecordStatus::Declared || s == RecordStatus::Validated ||
           s == RecordStatus::Registered || s == RecordStatus::Certified;
}

// Applies changes onto `fields` (core's rule: null clears); returns field -> [old, new] for
// the values that really changed, the shape the history stores.
inline nlohmann::json applyChanges(nlohmann::json& fields, const protocol::FieldChanges& changes)
{
    nlohmann::json diff = nlohmann::json::object();
    for (const auto& [field, change] : changes.applyChanged(fields))
        diff[field] = nlohmann::json::array({change.base, change.value});
    return diff;
}

// Who changed a field, when and at which revision (field_meta); one entry shared by every
// field an op changes.
inline nlohmann::json fieldMetaEntry(std::int64_t rev, const AuthContext& auth, std::int64_t now)
{
    return {{"rev", rev}, {"by", auth.userId}, {"device", auth.deviceId}, {"at", now}};
}

// The tracking IDs a push answer names for a record's open duplicate flag.
inline std::vector<std::string> trackingIdsOf(const DuplicateFlag& flag)
{
    std::vector<std::string> out;
    for (const auto& c : flag.candidates)
        out.push_back(c.value("tracking_id", std::string()));
    return out;
}

} // namespace vitalis::server::push_rules
