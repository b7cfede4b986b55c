#include "sync/protocol/Op.h"

#include "core/RegistrationNumber.h"
#include "core/TrackingId.h"
#include "sync/protocol/JsonReader.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace vitalis::protocol
{

using nlohmann::json;

namespace
{
std::string actionList()
{
    std::string out;
    for (RecordAction a : kAllActions) {
        if (!isPushableAction(a))
            continue;
        if (!out.empty())
            out += ", ";
        out += toString(a);
    }
    return out;
}

constexpr std::int64_t kMaxRev = INT64_MAX / 2;
} // namespace

bool isPushableAction(RecordAction action)
{
    return action != RecordAction::CreateDraft;
}

bool isWorkflowAction(RecordAction action)
{
    return action != RecordAction::Edit && action != RecordAction::ResolveConflict &&
           action != RecordAction::CreateDraft;
}

bool isCanonicalUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

bool isValidFieldId(std::string_view s)
{
    if (s.empty() || s.size() > kMaxFieldIdLength)
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::vector<std::string> readRecordIds(const json* value, const std::string& path, std::size_t max)
{
    std::vector<std::string> out;
    if (!value)
        return out;
    if (!value->is_array() || value->size() > max)
        throw DecodeError(path,
                          "expected an array of at most " + std::to_string(max) + " record ids");
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json& v = (*value)[i];
        if (!v.is_string() || !isCanonicalUuid(v.get_ref<const std::string&>()))
            throw DecodeError(childPath(path, i), "must be a lowercase canonical UUID");
        if (std::find(out.begin(), out.end(), v.get<std::string>()) != out.end())
            throw DecodeError(childPath(path, i), "repeats a record id");
        out.push_back(v.get<std::string>());
    }
    return out;
}

namespace
{
// How many records one decision may name: the server flags at most a few per record.
constexpr std::size_t kMaxDecidedCandidates = 200;

// The correction members, kept together (see Op.h).
void decodeCorrection(ObjectReader& r, Op& op)
{
    op.correctionId = r.optionalString("correction_id", {36, 36}).value_or("");
    if (!op.correctionId.empty() && !isCanonicalUuid(op.correctionId))
        throw DecodeError(r.pathOf("correction_id"), "must be a lowercase canonical UUID");
    if (isCorrectionRequestAction(op.action) && op.correctionId.empty())
        throw DecodeError(r.pathOf("correction_id"),
                          "required for " + std::string(toString(op.action)));
    op.reasonCode = r.optionalString("reason_code", {1, 64}).value_or("");
    if (op.action == RecordAction::RequestCorrection && op.reasonCode.empty())
        throw DecodeError(r.pathOf("reason_code"), "required for request_correction");
    if (const json* docs = r.optional("documents")) {
        if (!docs->is_array())
            throw DecodeError(r.pathOf("documents"),
                              "expected an array, got " + std::string(jsonTypeName(*docs)));
        for (std::size_t i = 0; i < docs->size(); ++i)
            if (!(*docs)[i].is_object() || !(*docs)[i].contains("attachmentId"))
                throw DecodeError(childPath(r.pathOf("documents"), i),
                                  "expected an attachment reference with attachmentId");
        op.documents = *docs;
    }
}

// The duplicate members (see Op.h): mark_duplicate's original, the device's warning.
void decodeDuplicate(ObjectReader& r, Op& op)
{
    op.duplicateOf = r.optionalString("duplicate_of", {36, 36}).value_or("");
    if (!op.duplicateOf.empty() && !isCanonicalUuid(op.duplicateOf))
        throw DecodeError(r.pathOf("duplicate_of"), "must be a lowercase canonical UUID");
    if (op.action == RecordAction::MarkDuplicate && op.duplicateOf.empty())
        throw DecodeError(r.pathOf("duplicate_of"),
                          "required for mark_duplicate (the record this one duplicates)");
    if (!op.duplicateOf.empty() && op.action != RecordAction::MarkDuplicate)
        throw DecodeError(r.pathOf("duplicate_of"), "only a mark_duplicate op names an original");
    op.notDuplicateOf = readRecordIds(r.optional("not_duplicate_of"), r.pathOf("not_duplicate_of"),
                                      kMaxDecidedCandidates);
    if (!op.notDuplicateOf.empty() && op.action != RecordAction::MarkNotDuplicate)
        throw DecodeError(
            r.pathOf("not_duplicate_of"),
            "only a mark_not_duplicate op names the records it is not a duplicate of");
    if (const json* w = r.optional("duplicate_warning")) {
        ObjectReader d(*w, r.pathOf("duplicate_warning"));
        const json* c = d.optional("candidates");
        const std::string cPath = d.pathOf("candidates");
        if (!c || !c->is_array() || c->empty() || c->size() > 50)
            throw DecodeError(cPath, "expected an array of 1 to 50 tracking IDs");
        for (std::size_t i = 0; i < c->size(); ++i) {
            const TrackingIdParse parsed = (*c)[i].is_string()
                                               ? tracking_id::parse((*c)[i].get<std::string>())
                                               : TrackingIdParse{std::nullopt, "expected a string"};
            if (!parsed.id)
                throw DecodeError(childPath(cPath, i), "invalid tracking ID: " + parsed.error);
            op.deviceDuplicates.push_back(*parsed.id);
        }
        op.duplicateNote = d.optionalString("note", {0, kMaxReasonLength}).value_or("");
        d.finish();
    }
}

// One field's {"base", "value"}, read member by member: a birth has some fifty, and the
// pointer naming one is built only for an error.
FieldChange decodeFieldChange(const json& v, const std::string& changesPath,
                              const std::string& field)
{
    const auto path = [&] { return childPath(changesPath, field); };
    if (!v.is_object())
        throw DecodeError(path(), "expected an object, got " + std::string(jsonTypeName(v)));
    FieldChange fc;
    bool hasValue = false;
    const std::string* unknown = nullptr;
    for (auto m = v.begin(); m != v.end(); ++m) {
        if (m.key() == "value") {
            hasValue = true;
            fc.value = *m; // null clears the field
        } else if (m.key() == "base") {
            fc.base = *m;
        } else if (!unknown) {
            unknown = &m.key();
        }
    }
    if (!hasValue)
        throw DecodeError(path() + "/value",
                          "required member is missing (use null to clear a field)");
    if (unknown)
        throw DecodeError(childPath(path(), *unknown), "unknown member");
    return fc;
}
} // namespace

json attachmentValues(const Op& op)
{
    // Only array values can hold references: most ops copy nothing here.
    json values = json::object();
    for (const auto& [field, change] : op.changes)
        if (change.value.is_array())
            values[field] = change.value;
    return attachmentValues(op, std::move(values));
}

json attachmentValues(const Op& op, json changedArrays)
{
    if (!op.documents.empty())
        changedArrays["$documents"] = op.documents;
    return changedArrays;
}

Op decodeOp(const json& value, const std::string& path)
{
    ObjectReader r(value, path);
    Op op;
    op.mutationId = r.requireInt("mutation_id", 1, kMaxRev);
    op.recordId = r.requireString("record_id");
    if (!isCanonicalUuid(op.recordId))
        throw DecodeError(r.pathOf("record_id"), "must be a lowercase canonical UUID");
    const std::string actionName = r.requireString("action", {1, 64});
    const auto action = recordActionFromString(actionName);
    if (!action || !isPushableAction(*action))
        throw DecodeError(r.pathOf("action"), "unknown action \"" + actionName +
                                                  "\" (expected one of " + actionList() + ")");
    op.action = *action;
    op.baseRev = r.requireInt("base_rev", 0, kMaxRev);
    op.formId = r.requireString("form_id", {1, 128});
    op.formVersion = static_cast<int>(r.requireInt("form_version", 1, 1'000'000));
    op.clientTime = r.optionalInt("client_time", 0, kMaxRev).value_or(0);

    if (const json* header = r.optional("record")) {
        ObjectReader h(*header, r.pathOf("record"));
        RecordHeader rh;
        rh.eventType = h.requireString("event_type", {1, 64});
        rh.officeId = h.requireString("office_id", {1, 128});
        rh.trackingId = h.requireString("tracking_id", {1, 64});
        const TrackingIdParse parsed = tracking_id::parse(rh.trackingId);
        if (!parsed.id)
            throw DecodeError(h.pathOf("tracking_id"), "invalid tracking ID: " + parsed.error);
        rh.trackingId = *parsed.id;
        rh.createdAt = h.optionalInt("created_at", 0, kMaxRev).value_or(0);
        h.finish();
        op.header = std::move(rh);
    }
    if (op.baseRev == 0 && !op.header)
        throw DecodeError(r.pathOf("record"),
                          "required when base_rev is 0 (the op creates the record)");

    if (const json* changes = r.optional("changes")) {
        const std::string changesPath = r.pathOf("changes");
        if (!changes->is_object())
            throw DecodeError(changesPath,
                              "expected an object, got " + std::string(jsonTypeName(*changes)));
        for (auto it = changes->begin(); it != changes->end(); ++it) {
            if (!isValidFieldId(it.key()))
                throw DecodeError(childPath(changesPath, it.key()),
                                  "invalid field id (1-128 characters of A-Z a-z 0-9 _ . -)");
            op.changes.emplace(it.key(), decodeFieldChange(it.value(), changesPath, it.key()));
        }
    }
    op.reason = r.optionalString("reason", {0, kMaxReasonLength}).value_or("");
    op.conflictId = r.optionalString("conflict_id", {1, 64}).value_or("");
    if (op.action == RecordAction::ResolveConflict && op.conflictId.empty())
        throw DecodeError(r.pathOf("conflict_id"), "required for resolve_conflict");
    op.registrationNumber = r.optionalString("registration_number", {1, 64}).value_or("");
    if (!op.registrationNumber.empty()) {
        if (op.action != RecordAction::Register)
            throw DecodeError(r.pathOf("registration_number"),
                              "only a register op carries a registration number");
        if (!registration_number::parse(op.registrationNumber))
            throw DecodeError(r.pathOf("registration_number"),
                              "not a registration number (OFFICE-YYYY-NNNNNN): \"" +
                                  op.registrationNumber + "\"");
    }
    decodeCorrection(r, op);
    if (const json* print = r.optional("print")) {
        if (op.action != RecordAction::Certify)
            throw DecodeError(r.pathOf("print"), "only a certify op carries a print");
        op.print = decodeCertificatePrint(*print, r.pathOf("print"));
    }
    decodeDuplicate(r, op);
    r.finish();
    return op;
}

json encodeOp(const Op& op)
{
    json j = {{"mutation_id", op.mutationId},  {"record_id", op.recordId},
              {"action", toString(op.action)}, {"base_rev", op.baseRev},
              {"form_id", op.formId},          {"form_version", op.formVersion}};
    if (op.clientTime)
        j["client_time"] = op.clientTime;
    if (op.header) {
        json h = {{"event_type", op.header->eventType},
                  {"office_id", op.header->officeId},
                  {"tracking_id", op.header->trackingId}};
        if (op.header->createdAt)
            h["created_at"] = op.header->createdAt;
        j["record"] = std::move(h);
    }
    if (!op.changes.empty()) {
        j["changes"] = op.changes.toJson();
    }
    if (!op.reason.empty())
        j["reason"] = op.reason;
    if (!op.conflictId.empty())
        j["conflict_id"] = op.conflictId;
    if (!op.registrationNumber.empty())
        j["registration_number"] = op.registrationNumber;
    if (!op.correctionId.empty())
        j["correction_id"] = op.correctionId;
    if (!op.reasonCode.empty())
        j["reason_code"] = op.reasonCode;
    if (!op.documents.empty())
        j["documents"] = op.documents;
    if (op.print)
        j["print"] = encodeCertificatePrint(*op.print);
    if (!op.duplicateOf.empty())
        j["duplicate_of"] = op.duplicateOf;
    if (!op.notDuplicateOf.empty())
        j["not_duplicate_of"] = op.notDuplicateOf;
    if (!op.deviceDuplicates.empty()) {
        j["duplicate_warning"] = {{"candidates", op.deviceDuplicates}};
        if (!op.duplicateNote.empty())
            j["duplicate_warning"]["note"] = op.duplicateNote;
    }
    return j;
}

std::string encodeOpText(const Op& op, std::string_view changesJson)
{
    if (!changesJson.empty() && !op.changes.empty())
        throw std::invalid_argument("encodeOpText: the changes are given twice");
    std::string out = encodeOp(op).dump();
    if (changesJson.empty())
        return out;
    // Every op has members (mutation_id first): the changes follow them. Members are not
    // ordered on the wire; the encoder's own order only makes equal ops equal text.
    out.pop_back();
    out.reserve(out.size() + changesJson.size() + 13);
    out += ",\"changes\":";
    out += changesJson;
    out += '}';
    return out;
}

} // namespace vitalis::protocol
