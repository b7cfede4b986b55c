// How vitalis-cli shows records, outbox entries and audit entries: JSON for --json, short
// aligned text lines otherwise.
#pragma once

#include "core/Record.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/ConflictRepository.h"
#include "core/store/OutboxRepository.h"

#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::cli
{

std::string isoTime(std::int64_t millis); // UTC, ISO 8601
nlohmann::json recordJson(const Record& r);
std::string recordLine(const Record& r);
// `updatedBy`: the person who last changed it, by name when the profile knows them.
std::string recordDetails(const Record& r, const std::string& updatedBy);
// `show`: the record plus its documents with their upload state.
nlohmann::json recordJson(const Record& r, const std::vector<AttachmentInfo>& attachments);
std::string recordDetails(const Record& r, const std::string& updatedBy,
                          const std::vector<AttachmentInfo>& attachments);
nlohmann::json attachmentJson(const AttachmentInfo& a);
std::string attachmentLine(const AttachmentInfo& a);
std::string outboxHint(const OutboxEntry& e); // what the user can do about it
nlohmann::json outboxJson(const OutboxEntry& e);
std::string outboxLine(const OutboxEntry& e);
nlohmann::json auditJson(const AuditEntry& e);
std::string auditLine(const AuditEntry& e);
// One open conflict: record, field, the three values, who changed it on the other side and when.
std::string conflictLine(const Conflict& c, const std::string& theirName);

} // namespace vitalis::cli
