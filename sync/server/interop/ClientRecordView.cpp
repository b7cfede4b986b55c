#include "sync/server/interop/ClientRecordView.h"

namespace vitalis::server
{

using nlohmann::json;

json clientRecordView(const StoredRecord& s, const std::vector<std::string>& allowedFields)
{
    const Record& r = s.record;
    json fields = json::object();
    if (allowedFields.empty()) {
        fields = r.fields;
    } else {
        for (const auto& f : allowedFields)
            if (r.fields.contains(f))
                fields[f] = r.fields[f];
    }
    json record = {{"id", r.id},
                   {"tracking_id", r.trackingId},
                   {"event_type", r.eventType},
                   {"status", toString(r.status)},
                   {"office_id", r.officeId},
                   {"rev", r.serverRevision},
                   {"created_at", r.createdAt},
                   {"updated_at", r.updatedAt},
                   {"fields", fields}};
    if (!r.registrationNumber.empty())
        record["registration_number"] = r.registrationNumber;
    return record;
}

} // namespace vitalis::server
