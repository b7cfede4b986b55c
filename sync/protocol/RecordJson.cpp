#include "sync/protocol/RecordJson.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/Op.h"

namespace vitalis::protocol
{

using nlohmann::json;

bool WireRecord::operator==(const WireRecord& o) const
{
    const Record& a = record;
    const Record& b = o.record;
    return a.id == b.id && a.eventType == b.eventType && a.formId == b.formId &&
           a.formVersion == b.formVersion && a.fields == b.fields && a.trackingId == b.trackingId &&
           a.registrationNumber == b.registrationNumber && a.officeId == b.officeId &&
           a.status == b.status && a.statusReason == b.statusReason &&
           a.serverRevision == b.serverRevision && a.createdAt == b.createdAt &&
           a.updatedAt == b.updatedAt && a.createdBy == b.createdBy && a.updatedBy == b.updatedBy &&
           fieldRevs == o.fieldRevs;
}

json encodeRecord(const WireRecord& w)
{
    const Record& r = w.record;
    json revs = json::object();
    for (const auto& [field, rev] : w.fieldRevs)
        revs[field] = rev;
    return json{{"id", r.id},
                {"event_type", r.eventType},
                {"form_id", r.formId},
                {"form_version", r.formVersion},
                {"fields", r.fields},
                {"field_revs", std::move(revs)},
                {"tracking_id", r.trackingId},
                {"registration_number", r.registrationNumber},
                {"office_id", r.officeId},
                {"status", toString(r.status)},
                {"status_reason", r.statusReason},
                {"rev", r.serverRevision},
                {"created_at", r.createdAt},
                {"updated_at", r.updatedAt},
                {"created_by", r.createdBy},
                {"updated_by", r.updatedBy}};
}

WireRecord decodeRecord(const json& value, const std::string& path)
{
    constexpr std::int64_t kMax = INT64_MAX / 2;
    ObjectReader r(value, path);
    WireRecord w;
    Record& rec = w.record;
    rec.id = r.requireString("id");
    if (!isCanonicalUuid(rec.id))
        throw DecodeError(r.pathOf("id"), "must be a lowercase canonical UUID");
    rec.eventType = r.requireString("event_type", {1, 64});
    rec.formId = r.requireString("form_id", {1, 128});
    rec.formVersion = static_cast<int>(r.requireInt("form_version", 1, 1'000'000));
    rec.fields = r.requireObject("fields");
    const json& revs = r.requireObject("field_revs");
    for (auto it = revs.begin(); it != revs.end(); ++it)
        w.fieldRevs[it.key()] =
            readInt(it.value(), childPath(r.pathOf("field_revs"), it.key()), 0, kMax);
    rec.trackingId = r.requireString("tracking_id", {0, 64});
    rec.registrationNumber = r.optionalString("registration_number", {0, 64}).value_or("");
    rec.officeId = r.requireString("office_id", {1, 128});
    const std::string status = r.requireString("status", {1, 64});
    const auto st = recordStatusFromString(status);
    if (!st)
        throw DecodeError(r.pathOf("status"), "unknown status \"" + status + "\"");
    rec.status = *st;
    rec.statusReason = r.optionalString("status_reason", {0, kMaxReasonLength}).value_or("");
    rec.serverRevision = r.requireInt("rev", 0, kMax);
    rec.createdAt = r.optionalInt("created_at", 0, kMax).value_or(0);
    rec.updatedAt = r.optionalInt("updated_at", 0, kMax).value_or(0);
    rec.createdBy = r.optionalString("created_by", {0, 128}).value_or("");
    rec.updatedBy = r.optionalString("updated_by", {0, 128}).value_or("");
    r.finish();
    return w;
}

} // namespace vitalis::protocol
