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

    static std::string contentHash(std::span<const std::uint8_t> content);

private:
    Database& m_db;
    std::int64_t m_maxSize;
};

} // namespace vitalis
