// Adds a document to a record on this device: the bytes go into the encrypted profile and the
// record's attachment field gains a reference {attachmentId, name, mediaType, size, sha256,
// documentType}, in one transaction with the edit's outbox entry. The upload happens at sync.
#pragma once

#include "core/store/AttachmentRepository.h"
#include "sync/client/LocalRecordService.h"

#include <cstdint>
#include <span>
#include <string>

namespace vitalis::sync
{

struct NewAttachment {
    std::string recordId;
    std::string fieldId;
    std::string name;         // file name shown to people
    std::string mediaType;    // image/jpeg, application/pdf, ...
    std::string documentType; // one of the field's documentTypes
};

class AttachmentLinker
{
public:
    AttachmentLinker(ProfileStore& store, LocalRecordService& records, const Clock& clock);

    // Throws StoreError (empty, too large), WorkflowError (the role may not edit the record)
    // or FieldValidationError; nothing is saved then.
    AttachmentInfo attach(const Actor& actor, const NewAttachment& what,
                          std::span<const std::uint8_t> bytes);

    // A supporting document of a correction request: the bytes go into the profile (uploaded
    // at sync like any attachment), and the reference returned goes into the request's op,
    // not into a field. Call it in the transaction that saves the request.
    nlohmann::json storeDocument(const NewAttachment& what, std::span<const std::uint8_t> bytes);

    static nlohmann::json reference(const AttachmentInfo& info, const std::string& documentType);

private:
    ProfileStore& m_store;
    LocalRecordService& m_records;
    const Clock& m_clock;
};

} // namespace vitalis::sync
