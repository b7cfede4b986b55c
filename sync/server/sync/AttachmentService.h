// Resumable attachment uploads: start/resume, chunks appended at the acknowledged offset (each
// in its own transaction, so an acknowledged chunk survives a crash), state, finish with a
// SHA-256 check, and download of finished attachments for callers who may see the record.
#pragma once

#include "core/Clock.h"
#include "sync/protocol/AttachmentMessages.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"

#include <QByteArray>
#include <string>

namespace vitalis::server
{

struct AttachmentLimits {
    std::int64_t maxAttachmentBytes = 32LL * 1024 * 1024;
    std::int64_t maxChunkBytes = 1024 * 1024;
};

struct AttachmentContent {
    QByteArray bytes;
    std::string mediaType;
    std::string sha256;
    std::string name;
};

class AttachmentService
{
public:
    AttachmentService(DbPool& pool, Directory& directory, const Clock& clock,
                      AttachmentLimits limits = {});

    // Same id and declaration again: the current state (resume). Another declaration for an
    // unfinished upload restarts it; for a finished one it is attachment_hash_mismatch.
    protocol::AttachmentState start(const AuthContext& auth, const protocol::AttachmentStart& s);
    // A chunk already acknowledged is acknowledged again without being stored twice; any
    // other offset than the acknowledged one is upload_offset_mismatch.
    protocol::AttachmentState putChunk(const AuthContext& auth, const std::string& id,
                                       std::int64_t offset, const QByteArray& bytes);
    protocol::AttachmentState state(const AuthContext& auth, const std::string& id);
    // Hashes the stored chunks; a mismatch discards them (attachment_hash_mismatch).
    protocol::AttachmentState finish(const AuthContext& auth, const std::string& id);
    AttachmentContent content(const AuthContext& auth, const std::string& id);

private:
    void requireWriter(const AuthContext& auth, Db& db);
    DbPool& pool_;
    Directory& directory_;
    const Clock& clock_;
    AttachmentLimits limits_;
};

} // namespace vitalis::server
