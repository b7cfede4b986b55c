#include "sync/client/AttachmentDownloader.h"

#include "core/store/ProfileStore.h"
#include "sync/protocol/AttachmentMessages.h"

namespace vitalis::sync
{

AttachmentDownloader::AttachmentDownloader(ProfileStore& store, ApiClient& api, const Clock& clock)
    : m_store(store), m_api(api), m_clock(clock)
{
}

int AttachmentDownloader::remember(const std::string& recordId,
                                   const std::vector<protocol::AttachmentRef>& refs)
{
    int added = 0;
    for (const auto& ref : refs) {
        if (!protocol::isCanonicalUuid(ref.attachmentId) || !protocol::isSha256Hex(ref.sha256))
            continue; // not something the server could hold
        AttachmentInfo meta;
        meta.id = ref.attachmentId;
        meta.recordId = recordId;
        meta.fieldId = ref.field;
        meta.name = ref.name;
        meta.mimeType = ref.mediaType;
        meta.size = ref.size;
        meta.sha256 = ref.sha256;
        meta.createdAt = m_clock.nowMillis();
        if (m_store.attachments().putRemote(meta))
            ++added;
    }
    return added;
}

DownloadTally AttachmentDownloader::run()
{
    DownloadTally tally;
    for (const auto& a : m_store.attachments().remoteAttachments()) {
        try {
            const std::string bytes =
                m_api.sendRaw("GET", "/api/v1/attachments/" + a.id + "/content", {});
            const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
            m_store.attachments().putDownloaded(a, {data, bytes.size()}, m_clock.nowMillis());
            ++tally.downloaded;
            tally.bytes += bytes.size();
        } catch (const SyncError& e) {
            if (e.kind() != SyncError::Kind::Refused)
                throw;
            m_store.attachments().setUploadedBytes(a.id, 0, e.what());
            ++tally.failed;
        } catch (const StoreError& e) {
            m_store.attachments().setUploadedBytes(a.id, 0, e.what());
            ++tally.failed;
        }
    }
    return tally;
}

} // namespace vitalis::sync
