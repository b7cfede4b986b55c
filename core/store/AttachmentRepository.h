// Documents and photos attached to records, kept inside the encrypted database as chunked
// BLOBs (never as plaintext files), each with a BLAKE2b-256 content hash checked on read.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vitalis
{

class Database;

struct AttachmentInfo {
    std::string id;
    std::string recordId;
    std::string fieldId;
    std::string name; // original file name, for display and export
    std::string mimeType;
    std::int64_t size = 0;
    std::string hashHex; // BLAKE2b-256 of the content
    std::int64_t createdAt = 0;
    std::string sha256;             // SHA-256 of the content: the upload protocol's hash
    std::string uploadState;        // pending, uploaded, remote (bytes on the server), downloaded
    std::int64_t uploadedBytes = 0; // the server's last acknowledged offset
    std::string uploadError;        // why the last upload attempt stopped ("" when fine)
};

class AttachmentRepository
{
public:
    // Chunks keep each row well inside SQLite's limits and let reads stream.
    static constexpr std::size_t kChunkSize = 256 * 1024;
    explicit AttachmentRepository(Database& db, std::int64_t maxSize = 32 * 1024 * 1024);

    // Throws StoreError(InvalidArgument) naming the file if it is empty or too large.
    AttachmentInfo put(const std::string& recordId, const std::string& fieldId,
                       const std::string& name, const std::string& mimeType,
                       std::span<const std::uint8_t> content, std::int64_t at);
    std::optional<AttachmentInfo> find(const std::string& id);
    std::vector<AttachmentInfo> forRecord(const std::string& recordId);
    // Throws StoreError(NotFound) or StoreError(Corrupt) if the bytes fail their hash.
    std::vector<std::uint8_t> read(const std::string& id);
    bool remove(const std::string& id);

    // Remembers an attachment a pulled record references (state "remote", no bytes yet);
    // false when the id is already known. The downloader fetches remote rows.
    bool putRemote(const AttachmentInfo& meta);
    std::vector<AttachmentInfo> remoteAttachments();
    // Stores an attachment that came from the server under its own id (state "downloaded"),
    // replacing its "remote" row. Throws StoreError(Corrupt) when the bytes do not hash to
    // `meta.sha256`.
    AttachmentInfo putDownloaded(const AttachmentInfo& meta, std::span<const std::uint8_t> content,
                                 std::int64_t at);
    // Bytes [offset, offset + length) clipped to the size, for one upload chunk.
    std::vector<std::uint8_t> readRange(const std::string& id, std::int64_t offset,
                                        std::int64_t length);
    // Attachments still to upload, oldest first.
    std::vector<AttachmentInfo> pendingUploads();
    // The SHA-256, computed (after a checked read) and kept when a version-2 row lacks it.
    std::string ensureSha256(const std::string& id);
    void setUploadedBytes(const std::string& id, std::int64_t bytes, const std::string& error);
    void markUploaded(const std::string& id);
    // Back to "pending" from 0 (the server lost it): uploaded again on the next sync.
    void markPending(const std::string& id, const std::string& error);

    static std::string sha256Hex(std::span<const std::uint8_t> content);

    static std::string contentHash(std::span<const std::uint8_t> content);

private:
    AttachmentInfo insert(AttachmentInfo info, std::span<const std::uint8_t> content);
    Database& m_db;
    std::int64_t m_maxSize;
};

} // namespace vitalis
