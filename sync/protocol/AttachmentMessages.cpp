#include "sync/protocol/AttachmentMessages.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/Op.h"

namespace vitalis::protocol
{

using nlohmann::json;

bool isSha256Hex(const std::string& s)
{
    if (s.size() != 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

namespace
{
std::string readUuid(ObjectReader& r, std::string_view key)
{
    std::string id = r.requireString(key, {36, 36});
    if (!isCanonicalUuid(id))
        throw DecodeError(r.pathOf(key), "must be a lowercase canonical UUID");
    return id;
}

std::string readSha256(ObjectReader& r)
{
    std::string h = r.requireString("sha256", {64, 64});
    if (!isSha256Hex(h))
        throw DecodeError(r.pathOf("sha256"), "must be 64 lowercase hex digits (SHA-256)");
    return h;
}

std::string readMediaType(ObjectReader& r)
{
    std::string m = r.requireString("media_type", {3, 127});
    if (m.find('/') == std::string::npos)
        throw DecodeError(r.pathOf("media_type"), "must be a media type such as image/jpeg");
    return m;
}
} // namespace

AttachmentStart decodeAttachmentStart(const json& body)
{
    ObjectReader r(body, "");
    AttachmentStart s;
    r.optionalInt("protocol", 1, 1000);
    s.attachmentId = readUuid(r, "attachment_id");
    s.recordId = readUuid(r, "record_id");
    s.size = r.requireInt("size", 1, kMaxAttachmentBytes);
    s.sha256 = readSha256(r);
    s.mediaType = readMediaType(r);
    s.name = r.optionalString("name", {0, 255}).value_or("");
    r.finish();
    return s;
}

json encodeAttachmentStart(const AttachmentStart& s)
{
    return json{{"protocol", 1},           {"attachment_id", s.attachmentId},
                {"record_id", s.recordId}, {"size", s.size},
                {"sha256", s.sha256},      {"media_type", s.mediaType},
                {"name", s.name}};
}

AttachmentState decodeAttachmentState(const json& body)
{
    ObjectReader r(body, "");
    AttachmentState s;
    s.attachmentId = readUuid(r, "attachment_id");
    s.recordId = readUuid(r, "record_id");
    s.size = r.requireInt("size", 1, kMaxAttachmentBytes);
    s.sha256 = readSha256(r);
    s.mediaType = readMediaType(r);
    s.name = r.optionalString("name", {0, 255}).value_or("");
    s.received = r.requireInt("received", 0, s.size);
    s.complete = r.optionalBool("complete", false);
    s.maxChunkBytes = r.requireInt("max_chunk_bytes", 1, kMaxChunkBytes);
    s.resentBytes = r.optionalInt("resent_bytes", 0, INT64_MAX).value_or(0);
    r.finish();
    return s;
}

json encodeAttachmentState(const AttachmentState& s)
{
    return json{{"attachment_id", s.attachmentId},
                {"record_id", s.recordId},
                {"size", s.size},
                {"sha256", s.sha256},
                {"media_type", s.mediaType},
                {"name", s.name},
                {"received", s.received},
                {"complete", s.complete},
                {"max_chunk_bytes", s.maxChunkBytes},
                {"resent_bytes", s.resentBytes}};
}

std::vector<AttachmentRef> attachmentRefs(const json& fields)
{
    std::vector<AttachmentRef> out;
    if (!fields.is_object())
        return out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().is_array())
            continue;
        for (const json& e : it.value()) {
            if (!e.is_object())
                continue;
            auto id = e.find("attachmentId");
            if (id == e.end() || !id->is_string())
                continue;
            AttachmentRef a;
            a.field = it.key();
            a.attachmentId = id->get<std::string>();
            a.name = e.value("name", "");
            a.mediaType = e.value("mediaType", "");
            if (auto s = e.find("size"); s != e.end() && s->is_number_integer())
                a.size = s->get<std::int64_t>();
            a.sha256 = e.value("sha256", "");
            out.push_back(std::move(a));
        }
    }
    return out;
}

} // namespace vitalis::protocol
