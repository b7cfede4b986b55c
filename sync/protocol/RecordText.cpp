#include "sync/protocol/RecordText.h"

#include "sync/protocol/ProtocolVersion.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace vitalis::protocol
{

namespace
{
void appendKey(std::string& out, std::string_view key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendString(std::string& out, std::string_view key, std::string_view value)
{
    appendKey(out, key);
    appendJsonString(out, value);
    out += ',';
}

void appendRaw(std::string& out, std::string_view key, std::string_view raw)
{
    appendKey(out, key);
    out += raw;
    out += ',';
}

void appendInt(std::string& out, std::string_view key, std::int64_t value)
{
    appendRaw(out, key, std::to_string(value));
}
} // namespace

void appendJsonString(std::string& out, std::string_view value)
{
    // Ids, codes, names in ASCII: nothing to escape, and copying them is most of a record's
    // head. Anything else goes to nlohmann's serializer.
    const bool plain = std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
    });
    if (!plain) {
        out += nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    out += value;
    out += '"';
}

void appendRecordText(std::string& o, const RecordTextParts& p)
{
    o.reserve(o.size() + 400 + p.fieldsJson.size() + p.fieldRevsJson.size());
    o += '{';
    appendString(o, "id", p.id);
    appendString(o, "event_type", p.eventType);
    appendString(o, "form_id", p.formId);
    appendInt(o, "form_version", p.formVersion);
    appendString(o, "office_id", p.officeId);
    appendString(o, "tracking_id", p.trackingId);
    appendString(o, "registration_number", p.registrationNumber);
    appendString(o, "status", p.status);
    appendString(o, "status_reason", p.statusReason);
    appendInt(o, "rev", p.rev);
    appendRaw(o, "fields", p.fieldsJson);
    appendRaw(o, "field_revs", p.fieldRevsJson);
    appendInt(o, "created_at", p.createdAt);
    appendInt(o, "updated_at", p.updatedAt);
    appendString(o, "created_by", p.createdBy);
    appendString(o, "updated_by", p.updatedBy);
    if (!p.nationalIdState.empty())
        appendString(o, "national_id_state", p.nationalIdState);
    if (p.registeredAt > 0)
        appendInt(o, "registered_at", p.registeredAt);
    if (!p.notDuplicateOfJson.empty() && p.notDuplicateOfJson != "[]")
        appendRaw(o, "not_duplicate_of", p.notDuplicateOfJson);
    o.back() = '}';
}

std::string upsertChangeText(std::string_view recordText)
{
    std::string out;
    out.reserve(recordText.size() + 32);
    out += "{\"type\":\"upsert\",\"record\":";
    out += recordText;
    out += '}';
    return out;
}

std::string removedChangeText(std::string_view recordId)
{
    std::string out = "{";
    appendString(out, "type", "removed");
    appendString(out, "record_id", recordId);
    out.back() = '}';
    return out;
}

std::string pullResponseText(const std::vector<std::string>& changes, const PullPageTail& t)
{
    std::size_t size = 200 + t.cursor.size();
    for (const auto& c : changes)
        size += c.size() + 1;
    std::string out;
    out.reserve(size);
    out += '{';
    appendInt(out, "protocol", kProtocolVersion);
    appendKey(out, "changes");
    out += '[';
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (i)
            out += ',';
        out += changes[i];
    }
    out += "],";
    appendString(out, "cursor", t.cursor);
    appendRaw(out, "has_more", t.hasMore ? "true" : "false");
    appendInt(out, "last_mutation_id", t.lastMutationId);
    appendInt(out, "reference_version", t.referenceVersion);
    out.back() = '}';
    return out;
}

} // namespace vitalis::protocol
