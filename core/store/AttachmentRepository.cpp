#include "core/store/AttachmentRepository.h"

#include "core/store/Database.h"

#include <sodium.h>

namespace vitalis
{
namespace
{
constexpr const char* kSelect = "SELECT id, record_id, field_id, name, mime_type, size, hash, "
                                "created_at, sha256, upload_state, uploaded_bytes, upload_error "
                                "FROM attachments ";

AttachmentInfo readInfo(const Statement& st)
{
    AttachmentInfo a;
    a.id = st.text(0);
    a.recordId = st.text(1);
    a.fieldId = st.text(2);
    a.name = st.text(3);
    a.mimeType = st.text(4);
    a.size = st.int64(5);
    a.hashHex = st.text(6);
    a.createdAt = st.int64(7);
    a.sha256 = st.text(8);
    a.uploadState = st.text(9);
    a.uploadedBytes = st.int64(10);
    a.uploadError = st.text(11);
    return a;
}

// TODO(core/Uuid.h): use the shared UUID generator once it lands in core.
std::string randomId()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // UUID v4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    std::string s(hex);
    return s.substr(0, 8) + '-' + s.substr(8, 4) + '-' + s.substr(12, 4) + '-' + s.substr(16, 4) +
           '-' + s.substr(20);
}
} // namespace

AttachmentRepository::AttachmentRepository(Database& db, std::int64_t maxSize)
    : m_db(db), m_maxSize(maxSize)
{
}

std::string AttachmentRepository::sha256Hex(std::span<const std::uint8_t> content)
{
    if (sodium_init() < 0)
        throw StoreError(StoreErrc::Sqlite, "libsodium could not be initialised");
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, content.data(), content.size());
    char hex[2 * sizeof h + 1];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return hex;
}

std::string AttachmentRepository::contentHash(std::span<const std::uint8_t> content)
{
    if (sodium_init() < 0)
        throw StoreError(StoreErrc::Sqlite, "libsodium could not be initialised");
    unsigned char h[crypto_generichash_BYTES];
    crypto_generichash(h, sizeof h, content.data(), content.size(), nullptr, 0);
    char hex[2 * sizeof h + 1];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return hex;
}

AttachmentInfo AttachmentRepository::put(const std::string& recordId, const std::string& fieldId,
                                         const std::string& name, const std::string& mimeType,
                                         std::span<const std::uint8_t> content, std::int64_t at)
{
    AttachmentInfo a;
    a.id = randomId();
    a.recordId = recordId;
    a.fieldId = fieldId;
    a.name = name;
    a.mimeType = mimeType;
    a.createdAt = at;
    a.uploadState = "pending";
    return insert(a, content);
}

bool AttachmentRepository::putRemote(const AttachmentInfo& meta)
{
    if (find(meta.id))
        return false;
    m_db.cached("INSERT INTO attachments(id, record_id, field_id, name, mime_type, size, hash, "
                "chunk_count, created_at, sha256, upload_state, uploaded_bytes) "
                "VALUES (?,?,?,?,?,?,'',0,?,?,'remote',0)")
        .bind(1, meta.id)
        .bind(2, meta.recordId)
        .bind(3, meta.fieldId)
        .bind(4, meta.name)
        .bind(5, meta.mimeType)
        .bind(6, meta.size)
        .bind(7, meta.createdAt)
        .bind(8, meta.sha256)
        .run();
    return true;
}

std::vector<AttachmentInfo> AttachmentRepository::remoteAttachments()
{
    Statement st =
        m_db.cached(std::string(kSelect) + "WHERE upload_state = 'remote' ORDER BY created_at");
    std::vector<AttachmentInfo> out;
    while (st.step())
        out.push_back(readInfo(st));
    return out;
}

AttachmentInfo AttachmentRepository::putDownloaded(const AttachmentInfo& meta,
                                                   std::span<const std::uint8_t> content,
                                                   std::int64_t at)
{
    if (sha256Hex(content) != meta.sha256)
        throw StoreError(StoreErrc::Corrupt, "downloaded attachment " + meta.id + " ('" +
                                                 meta.name + "') does not match its SHA-256");
    AttachmentInfo a = meta;
    a.createdAt = at;
    a.uploadState = "downloaded";
    a.uploadedBytes = static_cast<std::int64_t>(content.size());
    a.uploadError.clear();
    Transaction tx(m_db);
    m_db.cached("DELETE FROM attachments WHERE id = ? AND upload_state = 'remote'")
        .bind(1, a.id)
        .run();
    a = insert(a, content);
    tx.commit();
    return a;
}

AttachmentInfo AttachmentRepository::insert(AttachmentInfo a, std::span<const std::uint8_t> content)
{
    const std::string& name = a.name;
    if (a.recordId.empty())
        throw StoreError(StoreErrc::InvalidArgument, "attachment '" + name + "' needs a record id");
    if (content.empty())
        throw StoreError(StoreErrc::InvalidArgument, "attachment '" + name + "' is empty");
    if (static_cast<std::int64_t>(content.size()) > m_maxSize)
        throw StoreError(StoreErrc::InvalidArgument,
                         "attachment '" + name + "' is " + std::to_string(content.size()) +
                             " bytes; the limit is " + std::to_string(m_maxSize) + " bytes");
    a.size = static_cast<std::int64_t>(content.size());
    a.hashHex = contentHash(content);
    a.sha256 = sha256Hex(content);
    const std::size_t chunks = (content.size() + kChunkSize - 1) / kChunkSize;

    Transaction tx(m_db);
    m_db.cached("INSERT INTO attachments(id, record_id, field_id, name, mime_type, size, hash, "
                "chunk_count, created_at, sha256, upload_state, uploaded_bytes) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, a.id)
        .bind(2, a.recordId)
        .bind(3, a.fieldId)
        .bind(4, a.name)
        .bind(5, a.mimeType)
        .bind(6, a.size)
        .bind(7, a.hashHex)
        .bind(8, static_cast<std::int64_t>(chunks))
        .bind(9, a.createdAt)
        .bind(10, a.sha256)
        .bind(11, a.uploadState)
        .bind(12, a.uploadedBytes)
        .run();
    for (std::size_t i = 0; i < chunks; ++i) {
        const std::size_t off = i * kChunkSize;
        m_db.cached("INSERT INTO attachment_chunks(attachment_id, idx, data) VALUES (?,?,?)")
            .bind(1, a.id)
            .bind(2, static_cast<std::int64_t>(i))
            .bindBlob(3, content.subspan(off, std::min(kChunkSize, content.size() - off)))
            .run();
    }
    tx.commit();
    return a;
}

std::optional<AttachmentInfo> AttachmentRepository::find(const std::string& id)
{
    Statement st = m_db.cached(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readInfo(st);
}

std::vector<AttachmentInfo> AttachmentRepository::forRecord(const std::string& recordId)
{
    Statement st = m_db.cached(std::string(kSelect) + "WHERE record_id = ? ORDER BY created_at");
    st.bind(1, recordId);
    std::vector<AttachmentInfo> out;
    while (st.step())
        out.push_back(readInfo(st));
    return out;
}

std::vector<std::uint8_t> AttachmentRepository::read(const std::string& id)
{
    auto info = find(id);
    if (!info)
        throw StoreError(StoreErrc::NotFound, "attachment " + id + " does not exist");
    std::vector<std::uint8_t> out;
    out.reserve(static_cast<std::size_t>(info->size));
    Statement st =
        m_db.cached("SELECT idx, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY idx");
    st.bind(1, id);
    std::int64_t expected = 0;
    while (st.step()) {
        if (st.int64(0) != expected)
            throw StoreError(StoreErrc::Corrupt, "attachment " + id + " ('" + info->name +
                                                     "') is missing chunk " +
                                                     std::to_string(expected));
        auto bytes = st.blobView(1);
        out.insert(out.end(), bytes.begin(), bytes.end());
        ++expected;
    }
    if (static_cast<std::int64_t>(out.size()) != info->size || contentHash(out) != info->hashHex)
        throw StoreError(StoreErrc::Corrupt, "attachment " + id + " ('" + info->name +
                                                 "') does not match its stored hash");
    return out;
}

bool AttachmentRepository::remove(const std::string& id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM attachment_chunks WHERE attachment_id = ?").bind(1, id).run();
    m_db.cached("DELETE FROM attachments WHERE id = ?").bind(1, id).run();
    const bool removed = m_db.changes() > 0;
    tx.commit();
    return removed;
}

std::vector<std::uint8_t> AttachmentRepository::readRange(const std::string& id,
                                                          std::int64_t offset, std::int64_t length)
{
    auto info = find(id);
    if (!info)
        throw StoreError(StoreErrc::NotFound, "attachment " + id + " does not exist");
    const std::int64_t end = std::min(info->size, offset + length);
    std::vector<std::uint8_t> out;
    if (offset < 0 || offset >= end)
        return out;
    out.reserve(static_cast<std::size_t>(end - offset));
    const auto chunk = static_cast<std::int64_t>(kChunkSize);
    Statement st = m_db.cached("SELECT idx, data FROM attachment_chunks WHERE attachment_id = ? "
                               "AND idx >= ? AND idx <= ? ORDER BY idx");
    st.bind(1, id).bind(2, offset / chunk).bind(3, (end - 1) / chunk);
    std::int64_t expected = offset / chunk;
    while (st.step()) {
        if (st.int64(0) != expected)
            throw StoreError(StoreErrc::Corrupt, "attachment " + id + " ('" + info->name +
                                                     "') is missing chunk " +
                                                     std::to_string(expected));
        const std::int64_t base = expected * chunk;
        auto bytes = st.blobView(1);
        const std::int64_t from = std::max<std::int64_t>(offset, base) - base;
        const std::int64_t to =
            std::min<std::int64_t>(end, base + static_cast<std::int64_t>(bytes.size())) - base;
        if (to > from)
            out.insert(out.end(), bytes.begin() + from, bytes.begin() + to);
        ++expected;
    }
    if (static_cast<std::int64_t>(out.size()) != end - offset)
        throw StoreError(StoreErrc::Corrupt, "attachment " + id + " ('" + info->name +
                                                 "') is shorter than its recorded size");
    return out;
}

std::vector<AttachmentInfo> AttachmentRepository::pendingUploads()
{
    Statement st =
        m_db.cached(std::string(kSelect) + "WHERE upload_state = 'pending' ORDER BY created_at");
    std::vector<AttachmentInfo> out;
    while (st.step())
        out.push_back(readInfo(st));
    return out;
}

std::string AttachmentRepository::ensureSha256(const std::string& id)
{
    auto info = find(id);
    if (!info)
        throw StoreError(StoreErrc::NotFound, "attachment " + id + " does not exist");
    if (!info->sha256.empty())
        return info->sha256;
    const std::string h = sha256Hex(read(id));
    m_db.cached("UPDATE attachments SET sha256 = ? WHERE id = ?").bind(1, h).bind(2, id).run();
    return h;
}

void AttachmentRepository::setUploadedBytes(const std::string& id, std::int64_t bytes,
                                            const std::string& error)
{
    m_db.cached("UPDATE attachments SET uploaded_bytes = ?, upload_error = ? WHERE id = ?")
        .bind(1, bytes)
        .bind(2, error)
        .bind(3, id)
        .run();
}

void AttachmentRepository::markUploaded(const std::string& id)
{
    m_db.cached("UPDATE attachments SET upload_state = 'uploaded', uploaded_bytes = size, "
                "upload_error = '' WHERE id = ?")
        .bind(1, id)
        .run();
}

void AttachmentRepository::markPending(const std::string& id, const std::string& error)
{
    m_db.cached("UPDATE attachments SET upload_state = 'pending', uploaded_bytes = 0, "
                "upload_error = ? WHERE id = ?")
        .bind(1, error)
        .bind(2, id)
        .run();
}

} // namespace vitalis
