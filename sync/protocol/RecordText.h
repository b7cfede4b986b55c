// The one writer of a record's and a pull page's wire JSON text. The server passes the JSON
// texts it stores (fields, field_revs) untouched; the codec passes dumped values: one format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::protocol
{

// A record's members as text; fieldsJson and fieldRevsJson must already be JSON objects.
struct RecordTextParts {
    std::string_view id, eventType, formId;
    std::int64_t formVersion = 0;
    std::string_view officeId, trackingId, registrationNumber, status, statusReason;
    std::int64_t rev = 0;
    std::string_view fieldsJson, fieldRevsJson;
    std::int64_t createdAt = 0, updatedAt = 0;
    std::string_view createdBy, updatedBy;
    std::string_view nationalIdState;    // written only when not empty
    std::int64_t registeredAt = 0;       // written only when registered
    std::string_view notDuplicateOfJson; // a JSON array of record ids; written only when not empty
};

void appendRecordText(std::string& out, const RecordTextParts& parts);

// `value` as a JSON string (quoted, escaped; invalid UTF-8 replaced, never sent as JSON no
// parser accepts). The one writer of a string in the texts above and in field_revs.
void appendJsonString(std::string& out, std::string_view value);

// One element of a pull page's "changes".
std::string upsertChangeText(std::string_view recordText);
std::string removedChangeText(std::string_view recordId);

struct PullPageTail {
    std::string_view cursor;
    bool hasMore = false;
    std::int64_t lastMutationId = 0;
    std::int64_t referenceVersion = 0;
};

// The whole pull response around change texts made by the two functions above.
std::string pullResponseText(const std::vector<std::string>& changes, const PullPageTail& tail);

} // namespace vitalis::protocol
