// Resumable attachment upload messages (start/resume, state) and the attachment reference a
// record's attachment field holds: {attachmentId, name, mediaType, size, sha256, documentType}.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::protocol
{

// Hard protocol limits; a server may configure lower ones.
inline constexpr std::int64_t kMaxAttachmentBytes = 64LL * 1024 * 1024;
inline constexpr std::int64_t kMaxChunkBytes = 4LL * 1024 * 1024;

// POST /api/v1/attachments: starts an upload, or resumes the one with the same id.
struct AttachmentStart {
    std::string attachmentId; // device-chosen lowercase UUID
    std::string recordId;     // the record whose field will reference it
    std::int64_t size = 0;
    std::string sha256; // lowercase hex of the whole content
    std::string mediaType;
    std::string name; // original file name (display only)
    bool operator==(const AttachmentStart&) const = default;
};

// The server's answer to start, chunk, state and finish calls.
struct AttachmentState {
    std::string attachmentId;
    std::string recordId;
    std::int64_t size = 0;
    std::string sha256;
    std::string mediaType;
    std::string name;
    std::int64_t received = 0; // acknowledged bytes: the next chunk goes at this offset
    bool complete = false;     // finished and hash-checked
    std::int64_t maxChunkBytes = 0;
    std::int64_t resentBytes = 0; // chunk bytes that arrived again after being acknowledged
    bool operator==(const AttachmentState&) const = default;
};

// Throws DecodeError naming the member (JSON Pointer).
AttachmentStart decodeAttachmentStart(const nlohmann::json& body);
nlohmann::json encodeAttachmentStart(const AttachmentStart& start);
AttachmentState decodeAttachmentState(const nlohmann::json& body);
nlohmann::json encodeAttachmentState(const AttachmentState& state);

bool isSha256Hex(const std::string& s);

// One element of an attachment field's value that points at an uploaded attachment.
struct AttachmentRef {
    std::string field;
    std::string attachmentId;
    std::string name;
    std::string mediaType;
    std::int64_t size = 0;
    std::string sha256;
};

// Every reference in a record's fields (or an op's new values): elements of array values that
// are objects with a string "attachmentId". Elements without one (metadata only, as records
// made before uploads existed) are not references.
std::vector<AttachmentRef> attachmentRefs(const nlohmann::json& fields);

} // namespace vitalis::protocol
