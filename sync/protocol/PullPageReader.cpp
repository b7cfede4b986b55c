#include "sync/protocol/PullPageReader.h"

#include "core/JsonPointer.h"
#include "sync/protocol/AttachmentScan.h"
#include "sync/protocol/DomToJson.h"
#include "sync/protocol/JsonReader.h"
#include "sync/protocol/ProtocolVersion.h"
#include "sync/protocol/RecordRules.h"

#include <array>
#include <simdjson.h>

namespace vitalis::protocol
{

namespace
{
namespace dom = simdjson::dom;

// Where a value sits, as a chain on the stack: the JSON Pointer text is only built for an error.
struct Where {
    const Where* parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool isIndex = false;

    Where child(std::string_view k) const { return {this, k, 0, false}; }
    Where at(std::size_t i) const { return {this, {}, i, true}; }
    std::string str() const
    {
        if (!parent)
            return {};
        return parent->str() + (isIndex ? "/" + std::to_string(index) : jsonPointerSegment(key));
    }
};

std::string_view typeName(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::NULL_VALUE:
        return "null";
    case dom::element_type::BOOL:
        return "boolean";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
        return "integer";
    case dom::element_type::DOUBLE:
        return "number";
    case dom::element_type::STRING:
        return "string";
    case dom::element_type::ARRAY:
        return "array";
    case dom::element_type::OBJECT:
        return "object";
    }
    return "unsupported value";
}

[[noreturn]] void wrongType(const Where& w, std::string_view expected, dom::element e)
{
    throw DecodeError(w.str(),
                      "expected " + std::string(expected) + ", got " + std::string(typeName(e)));
}

std::string_view readString(dom::element e, const Where& w, StringRule rule)
{
    std::string_view s;
    if (e.get_string().get(s))
        wrongType(w, "a string", e);
    if (s.size() < rule.minLength)
        throw DecodeError(w.str(), rule.minLength == 1
                                       ? std::string("must not be empty")
                                       : "must be at least " + std::to_string(rule.minLength) +
                                             " characters");
    if (s.size() > rule.maxLength)
        throw DecodeError(w.str(), "longer than " + std::to_string(rule.maxLength) + " bytes");
    return s;
}

std::int64_t readInt(dom::element e, const Where& w, std::int64_t min, std::int64_t max)
{
    std::int64_t v = 0;
    if (e.type() == dom::element_type::UINT64)
        throw DecodeError(w.str(), "integer out of range"); // simdjson: only above INT64_MAX
    if (e.get_int64().get(v))
        wrongType(w, "an integer", e);
    if (v < min || v > max)
        throw DecodeError(w.str(), "must be between " + std::to_string(min) + " and " +
                                       std::to_string(max) + ", got " + std::to_string(v));
    return v;
}

// The members of one object by name; unknown ones are refused, null ones count as absent
// and a repeated one keeps its last value (as the nlohmann codec does).
template <std::size_t N> class Members
{
public:
    Members(dom::element e, const std::array<std::string_view, N>& names, const Where& where)
        : m_names(names), m_where(where)
    {
        dom::object obj;
        if (e.get_object().get(obj))
            wrongType(where, "an object", e);
        for (dom::key_value_pair kv : obj) {
            const std::size_t i = indexOf(kv.key);
            if (i == N)
                throw DecodeError(where.child(kv.key).str(), "unknown member");
            m_seen[i] = true;
            m_present[i] = !kv.value.is_null();
            m_values[i] = kv.value;
        }
    }
    bool seen(std::string_view name) const { return m_seen[indexOf(name)]; }
    const dom::element* get(std::string_view name) const
    {
        const std::size_t i = indexOf(name);
        return m_present[i] ? &m_values[i] : nullptr;
    }
    dom::element require(std::string_view name) const
    {
        if (const dom::element* e = get(name))
            return *e;
        throw DecodeError(m_where.child(name).str(), "required member is missing");
    }
    std::string string(std::string_view name, StringRule rule = {}) const
    {
        return std::string(readString(require(name), m_where.child(name), rule));
    }
    std::string optString(std::string_view name, StringRule rule) const
    {
        const dom::element* e = get(name);
        return e ? std::string(readString(*e, m_where.child(name), rule)) : std::string();
    }
    std::int64_t integer(std::string_view name, std::int64_t min, std::int64_t max) const
    {
        return readInt(require(name), m_where.child(name), min, max);
    }
    std::int64_t optInt(std::string_view name, std::int64_t min, std::int64_t max) const
    {
        const dom::element* e = get(name);
        return e ? readInt(*e, m_where.child(name), min, max) : 0;
    }
    const Where& where() const { return m_where; }

private:
    std::size_t indexOf(std::string_view name) const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (m_names[i] == name)
                return i;
        return N;
    }
    const std::array<std::string_view, N>& m_names;
    const Where& m_where;
    std::array<dom::element, N> m_values{};
    std::array<bool, N> m_present{};
    std::array<bool, N> m_seen{}; // null included
};

// The nesting limit parseJsonBody applies to every body, counted the same way (the body is 0).
void checkDepth(dom::element e, int depth)
{
    const bool container = e.is_object() || e.is_array();
    if (!container)
        return;
    if (depth >= kMaxJsonDepth)
        throw DecodeError("",
                          "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                          ErrorCode::InvalidJson);
    if (e.is_object())
        for (dom::key_value_pair kv : dom::object(e))
            checkDepth(kv.value, depth + 1);
    else
        for (dom::element child : dom::array(e))
            checkDepth(child, depth + 1);
}

constexpr int kFieldsDepth = 4; // body, changes, change, record, fields

void readFields(dom::element e, const Where& where, PullChange& change)
{
    dom::object obj;
    if (e.get_object().get(obj))
        wrongType(where, "an object", e);
    checkDepth(e, kFieldsDepth);
    // Parsed only where an attachment is named: most document lists describe paper seen at
    // the desk, and parsing them was a tenth of reading a page.
    for (dom::key_value_pair kv : obj)
        if (namesAttachment(kv.value))
            change.attachmentFields[std::string(kv.key)] = *domToJson(kv.value);
    change.fieldsJson = simdjson::minify(e);
}

const std::array<std::string_view, 19> kRecordMembers = {"id",
                                                         "event_type",
                                                         "form_id",
                                                         "form_version",
                                                         "fields",
                                                         "field_revs",
                                                         "tracking_id",
                                                         "registration_number",
                                                         "office_id",
                                                         "status",
                                                         "status_reason",
                                                         "rev",
                                                         "created_at",
                                                         "updated_at",
                                                         "created_by",
                                                         "updated_by",
                                                         "national_id_state",
                                                         "registered_at",
                                                         "not_duplicate_of"};

WireRecord readRecord(dom::element e, const Where& where, PullChange& change)
{
    using namespace rules;
    const Members m(e, kRecordMembers, where);
    WireRecord w;
    Record& rec = w.record;
    rec.id = m.string("id");
    if (!isCanonicalUuid(rec.id))
        throw DecodeError(where.child("id").str(), "must be a lowercase canonical UUID");
    rec.eventType = m.string("event_type", kEventType);
    rec.formId = m.string("form_id", kFormId);
    rec.formVersion = static_cast<int>(m.integer("form_version", 1, kMaxFormVersion));
    rec.fields = nullptr;
    readFields(m.require("fields"), where.child("fields"), change);
    const Where revsAt = where.child("field_revs");
    const dom::element revs = m.require("field_revs");
    if (!revs.is_object())
        wrongType(revsAt, "an object", revs);
    // Checked as the codec checks them, not kept: no device reads a field's revision, and a
    // map of fifty strings per record was a tenth of reading a page.
    for (dom::key_value_pair kv : dom::object(revs))
        readInt(kv.value, revsAt.child(kv.key), 0, kMaxCounter);
    rec.trackingId = m.string("tracking_id", kTrackingId);
    rec.registrationNumber = m.optString("registration_number", kRegistrationNumber);
    rec.officeId = m.string("office_id", kOfficeId);
    const std::string status = m.string("status", kStatus);
    const auto st = recordStatusFromString(status);
    if (!st)
        throw DecodeError(where.child("status").str(), "unknown status \"" + status + "\"");
    rec.status = *st;
    rec.statusReason = m.optString("status_reason", kStatusReason);
    rec.serverRevision = m.integer("rev", 0, kMaxCounter);
    rec.createdAt = m.optInt("created_at", 0, kMaxCounter);
    rec.updatedAt = m.optInt("updated_at", 0, kMaxCounter);
    rec.createdBy = m.optString("created_by", kUserId);
    rec.updatedBy = m.optString("updated_by", kUserId);
    rec.nationalIdState = m.optString("national_id_state", {0, 16});
    if (!rec.nationalIdState.empty() && rec.nationalIdState != "waiting")
        throw DecodeError(where.child("national_id_state").str(),
                          "expected \"waiting\" when present");
    rec.registeredAt = m.optInt("registered_at", 0, kMaxCounter);
    if (const dom::element* ids = m.get("not_duplicate_of")) {
        // Rare (records a person decided on): the nlohmann reader's rule, not a second copy.
        const nlohmann::json list = *domToJson(*ids);
        rec.notDuplicateOf =
            readRecordIds(&list, where.child("not_duplicate_of").str(), kMaxNotDuplicateOf);
    }
    return w;
}

const std::array<std::string_view, 3> kChangeMembers = {"type", "record", "record_id"};

PullChange readChange(dom::element e, const Where& where)
{
    const Members m(e, kChangeMembers, where);
    const std::string type = m.string("type");
    PullChange change;
    if (type == "upsert") {
        if (m.seen("record_id"))
            throw DecodeError(where.child("record_id").str(), "unknown member");
        change.type = ChangeType::Upsert;
        change.record = readRecord(m.require("record"), where.child("record"), change);
        change.recordId = change.record->record.id;
    } else if (type == "removed") {
        if (m.seen("record"))
            throw DecodeError(where.child("record").str(), "unknown member");
        change.type = ChangeType::Removed;
        change.recordId = m.string("record_id");
        if (!isCanonicalUuid(change.recordId))
            throw DecodeError(where.child("record_id").str(), "must be a lowercase canonical UUID");
    } else {
        throw DecodeError(where.child("type").str(),
                          "unknown change type \"" + type + "\" (expected upsert or removed)");
    }
    return change;
}

template <std::size_t N> void checkVersions(const Members<N>& m)
{
    const std::int64_t pv =
        readInt(m.require("protocol"), m.where().child("protocol"), INT64_MIN, INT64_MAX);
    if (pv < kMinProtocolVersion || pv > kMaxProtocolVersion)
        throw DecodeError(m.where().child("protocol").str(),
                          "protocol version " + std::to_string(pv) + " is not supported",
                          ErrorCode::UnsupportedProtocol);
    if (const dom::element* s = m.get("schema_version")) {
        const std::int64_t sv =
            readInt(*s, m.where().child("schema_version"), INT64_MIN, INT64_MAX);
        if (sv < kMinSchemaVersion || sv > kMaxSchemaVersion)
            throw DecodeError(m.where().child("schema_version").str(),
                              "record schema version " + std::to_string(sv) + " is not supported",
                              ErrorCode::UnsupportedSchema);
    }
}

const std::array<std::string_view, 7> kPageMembers = {
    "protocol", "schema_version",   "changes",          "cursor",
    "has_more", "last_mutation_id", "reference_version"};
} // namespace

struct PullPageReader::Impl {
    dom::parser parser;
};

PullPageReader::PullPageReader() : m_impl(std::make_unique<Impl>()) {}
PullPageReader::~PullPageReader() = default;

PullResponse PullPageReader::read(std::string& body, const HeadSeen& onHead, bool rewritten)
{
    if (body.empty())
        throw DecodeError("", "body is empty; a JSON object is expected", ErrorCode::InvalidJson);
    body.reserve(body.size() + simdjson::SIMDJSON_PADDING);
    dom::element doc;
    if (auto err = m_impl->parser.parse(body.data(), body.size(), false).get(doc)) {
        if (err != simdjson::NUMBER_ERROR || rewritten)
            throw DecodeError("", std::string("malformed JSON: ") + simdjson::error_message(err),
                              ErrorCode::InvalidJson);
        // A number simdjson cannot hold (an integer past 64 bits) that JSON allows and the
        // codec reads as a double. Never in the server's own text, which holds such a value
        // as a double; the page is read as the codec reads it, then as text written by the
        // one encoder, so both readers accept the same pages.
        std::string written = encodePullResponseText(decodePullResponse(parseJsonBody(body)));
        return read(written, onHead, true);
    }
    const Where root;
    const Members m(doc, kPageMembers, root);
    checkVersions(m);
    PullResponse resp;
    const Where changesAt = root.child("changes");
    const dom::element changes = m.require("changes");
    if (!changes.is_array())
        wrongType(changesAt, "an array", changes);
    resp.cursor = m.string("cursor", rules::kCursor);
    if (const dom::element* more = m.get("has_more"); more && more->get_bool().get(resp.hasMore))
        wrongType(root.child("has_more"), "a boolean", *more);
    resp.lastMutationId = m.integer("last_mutation_id", 0, rules::kMaxCounter);
    resp.referenceVersion = m.optInt("reference_version", 0, rules::kMaxCounter);
    if (onHead)
        onHead(resp);
    resp.changes.reserve(dom::array(changes).size());
    std::size_t i = 0;
    for (dom::element c : dom::array(changes))
        resp.changes.push_back(readChange(c, changesAt.at(i++)));
    return resp;
}

} // namespace vitalis::protocol
