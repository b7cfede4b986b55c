#include "sync/client/AttachmentLinker.h"

#include "core/store/ProfileStore.h"

namespace vitalis::sync
{

using nlohmann::json;

AttachmentLinker::AttachmentLinker(ProfileStore& store, LocalRecordService& records,
                                   const Clock& clock)
    : m_store(store), m_records(records), m_clock(clock)
{
}

json AttachmentLinker::reference(const AttachmentInfo& a, const std::string& documentType)
{
    return json{{"attachmentId", a.id}, {"name", a.name},     {"mediaType", a.mimeType},
                {"size", a.size},       {"sha256", a.sha256}, {"documentType", documentType}};
}

json AttachmentLinker::storeDocument(const NewAttachment& what, std::span<const std::uint8_t> bytes)
{
    const AttachmentInfo info = m_store.attachments().put(
        what.recordId, what.fieldId, what.name, what.mediaType, bytes, m_clock.nowMillis());
    return reference(info, what.documentType);
}

AttachmentInfo AttachmentLinker::attach(const Actor& actor, const NewAttachment& what,
                                        std::span<const std::uint8_t> bytes)
{
    Transaction tx(m_store.db());
    const Record record = m_store.records().get(what.recordId);
    AttachmentInfo info = m_store.attachments().put(what.recordId, what.fieldId, what.name,
                                                    what.mediaType, bytes, m_clock.nowMillis());
    json value = json::array();
    if (auto it = record.fields.find(what.fieldId); it != record.fields.end() && it->is_array())
        value = *it;
    value.push_back(reference(info, what.documentType));
    m_records.editFields(actor, what.recordId, json{{what.fieldId, value}});
    tx.commit();
    return info;
}

} // namespace vitalis::sync
