#include "sync/client/AttachmentUploader.h"

#include "core/store/ProfileStore.h"
#include "sync/protocol/AttachmentMessages.h"

#include <algorithm>

namespace vitalis::sync
{

using nlohmann::json;

AttachmentUploader::AttachmentUploader(ProfileStore& store, ApiClient& api, std::int64_t chunkBytes)
    : m_store(store), m_api(api), m_chunkBytes(std::max<std::int64_t>(1, chunkBytes))
{
}

UploadTally AttachmentUploader::run(const std::function<void(const UploadTally&)>& progress)
{
    UploadTally tally;
    std::vector<AttachmentInfo> todo;
    for (auto& a : m_store.attachments().pendingUploads()) {
        const auto rec = m_store.records().find(a.recordId);
        // A draft never leaves the device, and neither do its documents.
        if (!rec || rec->status == RecordStatus::Draft)
            continue;
        tally.bytesTotal += static_cast<std::uint64_t>(a.size - a.uploadedBytes);
        todo.push_back(std::move(a));
    }
    if (progress && !todo.empty())
        progress(tally);
    for (const auto& a : todo)
        uploadOne(a, tally, progress);
    return tally;
}

void AttachmentUploader::uploadOne(const AttachmentInfo& a, UploadTally& tally,
                                   const std::function<void(const UploadTally&)>& progress)
{
    AttachmentRepository& repo = m_store.attachments();
    const std::string path = "/api/v1/attachments/" + a.id;
    try {
        protocol::AttachmentStart start{a.id,
                                        a.recordId,
                                        a.size,
                                        repo.ensureSha256(a.id),
                                        a.mimeType.empty() ? "application/octet-stream"
                                                           : a.mimeType,
                                        a.name};
        auto state = protocol::decodeAttachmentState(
            m_api.send("POST", "/api/v1/attachments", protocol::encodeAttachmentStart(start)));
        // The server's acknowledged offset decides where to go on: it is at or past ours
        // unless the server lost data (restored from a backup), and then we start lower.
        std::int64_t offset = state.received;
        repo.setUploadedBytes(a.id, offset, "");
        const std::int64_t chunk = std::min(m_chunkBytes, state.maxChunkBytes);
        while (!state.complete && offset < a.size) {
            const auto bytes = repo.readRange(a.id, offset, chunk);
            try {
                state = protocol::decodeAttachmentState(
                    json::parse(m_api.sendRaw("PUT", path + "?offset=" + std::to_string(offset),
                                              std::string(bytes.begin(), bytes.end()))));
            } catch (const SyncError& e) {
                if (e.code() != "upload_offset_mismatch")
                    throw;
                offset = e.details().value("expected_offset", std::int64_t{0});
                continue;
            }
            tally.bytesSent += bytes.size();
            offset = state.received;
            repo.setUploadedBytes(a.id, offset, "");
            if (progress)
                progress(tally);
        }
        if (!state.complete)
            state = protocol::decodeAttachmentState(m_api.send("POST", path + "/finish", json()));
        if (!state.complete)
            throw SyncError(SyncError::Kind::Server,
                            "the server did not finish attachment " + a.id);
        repo.markUploaded(a.id);
        ++tally.uploaded;
    } catch (const SyncError& e) {
        if (e.kind() != SyncError::Kind::Refused)
            throw; // network, session, cancel: the acknowledged offset is already stored
        // The server refused this attachment (hash mismatch, too large, not allowed): keep
        // the reason where the outbox shows it; the next sync tries again.
        repo.setUploadedBytes(a.id, e.code() == "attachment_hash_mismatch" ? 0 : a.uploadedBytes,
                              e.what());
        ++tally.failed;
    } catch (const protocol::DecodeError& e) {
        repo.setUploadedBytes(a.id, a.uploadedBytes,
                              std::string("the server's answer is not an upload state: ") +
                                  e.what());
        ++tally.failed;
    }
}

std::string AttachmentUploader::waitingReason(const nlohmann::json& attachmentValues)
{
    for (const auto& ref : protocol::attachmentRefs(attachmentValues)) {
        const auto a = m_store.attachments().find(ref.attachmentId);
        if (!a || a->uploadState != "pending")
            continue; // uploaded, or came from the server
        std::string why = "waiting for attachment '" + a->name + "' (" + a->id +
                          ") to upload: " + std::to_string(a->uploadedBytes) + " of " +
                          std::to_string(a->size) + " bytes acknowledged";
        if (!a->uploadError.empty())
            why += "; last error: " + a->uploadError;
        return why;
    }
    return {};
}

} // namespace vitalis::sync
