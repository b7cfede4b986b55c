#include "sync/protocol/RecordJson.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/Op.h"
#include "sync/protocol/RecordRules.h"
#include "sync/protocol/RecordText.h"

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
           a.nationalIdState == b.nationalIdState && a.registeredAt == b.registeredAt &&
           a.notDuplicateOf == b.notDuplicateOf && fieldRevs == o.fieldRevs;
}

std::string encodeRecordText(const WireRecord& w)
{
    const Record& r = w.record;
    json revs = json::object();
    for (const auto& [field, rev] : w.fieldRevs)
        revs[field] = rev;
    const std::string fields = r.fields.is_object() ? r.fields.dump() : "{}";
    const std::string status(toString(r.status));
    const std::string notDuplicateOf =
        r.notDuplicateOf.empty() ? std::string() : json(r.notDuplicateOf).dump();
    std::string out;
    appendRecordText(out, {r.id, r.eventType, r.formId, r.formVersion, r.officeId, r.trackingId,
                           r.registrationNumber, status, r.statusReason, r.serverRevision, fields,
                           revs.dump(), r.createdAt, r.updatedAt, r.createdBy, r.updatedBy,
                           r.nationalIdState, r.registeredAt, notDuplicateOf});
    return out;
}

json encodeRecord(const WireRecord& w)
{
    return json::parse(encodeRecordText(w));
}

WireRecord decodeRecord(const json& value, const std::string& path)
{
    using namespace rules;
    ObjectReader r(value, path);
    WireRecord w;
    Record& rec = w.record;
    rec.id = r.requireString("id");
    if (!isCanonicalUuid(rec.id))
        throw DecodeError(r.pathOf("id"), "must be a lowercase canonical UUID");
    rec.eventType = r.requireString("event_type", kEventType);
    rec.formId = r.requireString("form_id", kFormId);
    rec.formVersion = static_cast<int>(r.requireInt("form_version", 1, kMaxFormVersion));
    rec.fields = r.requireObject("fields");
    const json& revs = r.requireObject("field_revs");
    for (auto it = revs.begin(); it != revs.end(); ++it)
        w.fieldRevs[it.key()] =
            readInt(it.value(), childPath(r.pathOf("field_revs"), it.key()), 0, kMaxCounter);
    rec.trackingId = r.requireString("tracking_id", kTrackingId);
    rec.registrationNumber =
        r.optionalString("registration_number", kRegistrationNumber).value_or("");
    rec.officeId = r.requireString("office_id", kOfficeId);
    const std::string status = r.requireString("status", kStatus);
    const auto st = recordStatusFromString(status);
    if (!st)
        throw DecodeError(r.pathOf("status"), "unknown status \"" + status + "\"");
    rec.status = *st;
    rec.statusReason = r.optionalString("status_reason", kStatusReason).value_or("");
    rec.serverRevision = r.requireInt("rev", 0, kMaxCounter);
    rec.createdAt = r.optionalInt("created_at", 0, kMaxCounter).value_or(0);
    rec.updatedAt = r.optionalInt("updated_at", 0, kMaxCounter).value_or(0);
    rec.createdBy = r.optionalString("created_by", kUserId).value_or("");
    rec.updatedBy = r.optionalString("updated_by", kUserId).value_or("");
    rec.nationalIdState = r.optionalString("national_id_state", {0, 16}).value_or("");
    if (!rec.nationalIdState.empty() && rec.nationalIdState != "waiting")
        throw DecodeError(r.pathOf("national_id_state"), "expected \"waiting\" when present");
    rec.registeredAt = r.optionalInt("registered_at", 0, kMaxCounter).value_or(0);
    rec.notDuplicateOf = readRecordIds(r.optional("not_duplicate_of"), r.pathOf("not_duplicate_of"),
                                       kMaxNotDuplicateOf);
    r.finish();
    return w;
}

} // namespace vitalis::protocol
