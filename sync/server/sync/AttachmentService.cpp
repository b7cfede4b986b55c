#include "sync/server/sync/AttachmentService.h"

#include "core/Scope.h"
#include "sync/protocol/AttachmentHash.h"
#include "sync/protocol/Op.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/PullService.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::AttachmentState;
using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;

constexpr const char* kColumns = "id, record_id, size, sha256, media_type, name, received, "
                                 "complete, resent_bytes, uploaded_by";

struct Upload {
    AttachmentState state;
    std::string uploadedBy;
};

std::optional<Upload> loadUpload(Db& db, const std::string& id, bool forUpdate)
{
    Rows r = db.query(QStringLiteral("SELECT ") + QString::fromLatin1(kColumns) +
                          QStringLiteral(" FROM attachment_uploads WHERE id = ?") +
                          (forUpdate ? db.forUpdate() : QString()),
                      {q(id)});
    if (!r.next())
        return std::nullopt;
    Upload u;
    u.state.attachmentId = r.text(0);
    u.state.recordId = r.text(1);
    u.state.size = r.i64(2);
    u.state.sha256 = r.text(3);
    u.state.mediaType = r.text(4);
    u.state.name = r.text(5);
    u.state.received = r.i64(6);
    u.state.complete = r.i64(7) == 1;
    u.state.resentBytes = r.i64(8);
    u.uploadedBy = r.text(9);
    return u;
}

void requireId(const std::string& id)
{
    if (!protocol::isCanonicalUuid(id))
        throw ApiError(ErrorCode::InvalidRequest,
                       "attachment id must be a lowercase canonical UUID", json::object(), "/id");
}

[[noreturn]] void notFound(const std::string& id)
{
    // Unknown and not-yours answer the same, so ids cannot be probed.
    throw ApiError(ErrorCode::NotFound, "no attachment upload " + id + " visible to you");
}
} // namespace

AttachmentService::AttachmentService(DbPool& pool, Directory& directory, const Clock& clock,
                                     AttachmentLimits limits)
    : pool_(pool), directory_(directory), clock_(clock), limits_(limits)
{
}

void AttachmentService::requireWriter(const AuthContext& auth, Db& db)
{
    const auto dir = directory_.current(db);
    const Role* role = dir->roles.find(auth.role);
    if (!role || !(role->has(scope::Notify) || role->has(scope::Declare) || role->has(scope::Edit)))
        throw ApiError(ErrorCode::Forbidden,
                       "your role '" + auth.role + "' cannot add documents to records");
}

AttachmentState AttachmentService::start(const AuthContext& auth,
                                         const protocol::AttachmentStart& s)
{
    Db& db = pool_.local();
    requireWriter(auth, db);
    if (s.size > limits_.maxAttachmentBytes)
        throw ApiError(ErrorCode::PayloadTooLarge,
                       "attachment '" + s.name + "' is " + std::to_string(s.size) +
                           " bytes; this server accepts at most " +
                           std::to_string(limits_.maxAttachmentBytes),
                       json::object(), "/size");
    {
        // A record the server already has must be in the caller's scope; a record it does
        // not have yet (uploads come before the declaration) is checked when it is pushed.
        const auto dir = directory_.current(db);
        auto rec = RecordStore::load(db, s.recordId, false);
        if (rec && !RecordScope::of(auth, *dir).contains(*rec))
            throw ApiError(ErrorCode::NotFound, "no record " + s.recordId + " in your jurisdiction",
                           json::object(), "/record_id");
    }
    AttachmentState out = withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        const std::int64_t now = clock_.nowMillis();
        auto u = loadUpload(db, s.attachmentId, true);
        if (u && (u->uploadedBy != auth.userId || u->state.recordId != s.recordId))
            notFound(s.attachmentId);
        const bool same = u && u->state.size == s.size && u->state.sha256 == s.sha256;
        if (u && !same && u->state.complete)
            throw ApiError(ErrorCode::AttachmentHashMismatch,
                           "attachment " + s.attachmentId +
                               " is already uploaded with other content; a changed file needs "
                               "a new attachment id",
                           {{"expected_sha256", u->state.sha256}, {"received_sha256", s.sha256}},
                           "/sha256");
        if (u && !same) {
            db.execute(QStringLiteral("DELETE FROM attachment_chunks WHERE upload_id = ?"),
                       {q(s.attachmentId)});
            db.execute(
                QStringLiteral("UPDATE attachment_uploads SET size = ?, sha256 = ?, "
                               "media_type = ?, name = ?, received = 0, updated_at = ? "
                               "WHERE id = ?"),
                {i64(s.size), q(s.sha256), q(s.mediaType), q(s.name), i64(now), q(s.attachmentId)});
        } else if (!u) {
            db.execute(QStringLiteral("INSERT INTO attachment_uploads (id, record_id, size, "
                                      "sha256, media_type, name, received, complete, "
                                      "resent_bytes, uploaded_by, device_id, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?)"),
                       {q(s.attachmentId), q(s.recordId), i64(s.size), q(s.sha256), q(s.mediaType),
                        q(s.name), q(auth.userId), q(auth.deviceId), i64(now), i64(now)});
        }
        auto fresh = loadUpload(db, s.attachmentId, false);
        tx.commit();
        return fresh->state;
    });
    out.maxChunkBytes = limits_.maxChunkBytes;
    return out;
}

AttachmentState AttachmentService::putChunk(const AuthContext& auth, const std::string& id,
                                            std::int64_t offset, const QByteArray& bytes)
{
    requireId(id);
    if (bytes.isEmpty())
        throw ApiError(ErrorCode::InvalidRequest, "an attachment chunk needs a non-empty body");
    if (bytes.size() > limits_.maxChunkBytes)
        throw ApiError(ErrorCode::PayloadTooLarge,
                       "a chunk is at most " + std::to_string(limits_.maxChunkBytes) + " bytes");
    Db& db = pool_.local();
    const std::int64_t len = bytes.size();
    AttachmentState out = withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        auto u = loadUpload(db, id, true);
        if (!u || u->uploadedBy != auth.userId)
            notFound(id);
        AttachmentState& st = u->state;
        if (offset + len <= st.received) {
            // Acknowledged before (the answer was lost): acknowledge again, store nothing.
            db.execute(QStringLiteral("UPDATE attachment_uploads SET resent_bytes = "
                                      "resent_bytes + ? WHERE id = ?"),
                       {i64(len), q(id)});
            st.resentBytes += len;
            tx.commit();
            return st;
        }
        if (offset != st.received || st.complete)
            throw ApiError(ErrorCode::UploadOffsetMismatch,
                           "attachment " + id + ": the next chunk goes at offset " +
                               std::to_string(st.received) + ", not " + std::to_string(offset),
                           {{"expected_offset", st.received}}, "?offset");
        if (offset + len > st.size)
            throw ApiError(ErrorCode::InvalidRequest,
                           "attachment " + id + ": a chunk of " + std::to_string(len) +
                               " bytes at offset " + std::to_string(offset) +
                               " runs past the declared size " + std::to_string(st.size));
        db.execute(QStringLiteral("INSERT INTO attachment_chunks (upload_id, byte_offset, data) "
                                  "VALUES (?, ?, ?)"),
                   {q(id), i64(offset), QVariant(bytes)});
        db.execute(QStringLiteral("UPDATE attachment_uploads SET received = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   {i64(offset + len), i64(clock_.nowMillis()), q(id)});
        st.received = offset + len;
        tx.commit();
        return st;
    });
    out.maxChunkBytes = limits_.maxChunkBytes;
    return out;
}

AttachmentState AttachmentService::state(const AuthContext& auth, const std::string& id)
{
    requireId(id);
    Db& db = pool_.local();
    auto u = loadUpload(db, id, false);
    if (!u || u->uploadedBy != auth.userId)
        notFound(id);
    u->state.maxChunkBytes = limits_.maxChunkBytes;
    return u->state;
}

AttachmentState AttachmentService::finish(const AuthContext& auth, const std::string& id)
{
    requireId(id);
    Db& db = pool_.local();
    std::string received; // set when the hash did not match
    AttachmentState out = withRetry([&] {
        received.clear();
        Transaction tx(db, &pool_.sqliteWriteMutex());
        auto u = loadUpload(db, id, true);
        if (!u || u->uploadedBy != auth.userId)
            notFound(id);
        AttachmentState& st = u->state;
        if (st.complete)
            return st;
        if (st.received != st.size)
            throw ApiError(ErrorCode::UploadOffsetMismatch,
                           "attachment " + id + " has " + std::to_string(st.received) + " of " +
                               std::to_string(st.size) + " bytes; send the rest first",
                           {{"expected_offset", st.received}});
        protocol::AttachmentHash hash;
        {
            Rows r = db.query(QStringLiteral("SELECT data FROM attachment_chunks WHERE "
                                             "upload_id = ? ORDER BY byte_offset"),
                              {q(id)});
            while (r.next()) {
                const QByteArray b = r.value(0).toByteArray();
                hash.update(std::span(reinterpret_cast<const std::uint8_t*>(b.constData()),
                                      static_cast<std::size_t>(b.size())));
            }
        }
        const std::string actual = hash.hex();
        if (actual != st.sha256) {
            // Start again from zero: we cannot tell which chunk was wrong.
            db.execute(QStringLiteral("DELETE FROM attachment_chunks WHERE upload_id = ?"),
                       {q(id)});
            db.execute(QStringLiteral("UPDATE attachment_uploads SET received = 0 WHERE id = ?"),
                       {q(id)});
            received = actual;
            tx.commit();
            return st;
        }
        db.execute(QStringLiteral("UPDATE attachment_uploads SET complete = 1, completed_at = ? "
                                  "WHERE id = ?"),
                   {i64(clock_.nowMillis()), q(id)});
        st.complete = true;
        tx.commit();
        return st;
    });
    if (!received.empty())
        throw ApiError(ErrorCode::AttachmentHashMismatch,
                       "attachment " + id + ": the " + std::to_string(out.size) +
                           " bytes received hash to " + received + ", not the declared " +
                           out.sha256 + "; the upload starts again at offset 0",
                       {{"expected_sha256", out.sha256}, {"received_sha256", received}});
    out.maxChunkBytes = limits_.maxChunkBytes;
    return out;
}

AttachmentContent AttachmentService::content(const AuthContext& auth, const std::string& id)
{
    requireId(id);
    Db& db = pool_.local();
    auto u = loadUpload(db, id, false);
    if (!u || !u->state.complete)
        notFound(id);
    if (u->uploadedBy != auth.userId) {
        const auto dir = directory_.current(db);
        auto rec = RecordStore::load(db, u->state.recordId, false);
        // Visible once the record that references it is visible to the caller.
        if (!rec || !RecordScope::of(auth, *dir).contains(*rec))
            notFound(id);
    }
    AttachmentContent c;
    c.mediaType = u->state.mediaType;
    c.sha256 = u->state.sha256;
    c.name = u->state.name;
    c.bytes.reserve(static_cast<qsizetype>(u->state.size));
    Rows r = db.query(QStringLiteral("SELECT data FROM attachment_chunks WHERE upload_id = ? "
                                     "ORDER BY byte_offset"),
                      {q(id)});
    while (r.next())
        c.bytes.append(r.value(0).toByteArray());
    return c;
}

} // namespace vitalis::server
