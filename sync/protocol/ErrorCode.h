// Request-level error codes of the sync API, their wire names and HTTP statuses.
// Wire names are part of the contract (docs/api.md) and never change once shipped.
#pragma once

#include <optional>
#include <string_view>

namespace vitalis::protocol
{

enum class ErrorCode {
    InvalidJson,         // body is not JSON (or too deeply nested)
    InvalidRequest,      // JSON of the wrong shape; `path` names the member
    UnsupportedProtocol, // protocol version outside the supported range
    UnsupportedSchema,   // record schema version outside the supported range
    PayloadTooLarge,     // body over the configured limit
    BatchTooLarge,       // more ops / a larger page than allowed
    LengthRequired,      // body without Content-Length (chunked uploads are refused)
    Unauthorized,        // missing, unknown, revoked or expired token
    Forbidden,           // authenticated but not allowed
    InvalidCredentials,  // wrong username or password
    AccountLocked,       // too many failed logins; retry later
    AccountDisabled,
    TotpRequired, // role needs a second factor; send `totp`
    TotpInvalid,
    TotpEnrolmentRequired, // token only good for enrolling a second factor
    NotFound,
    MethodNotAllowed,
    MutationGap,            // push skipped mutation ids; `expected_mutation_id` says which
    ResetRequired,          // pull cursor cannot be served; re-download
    DeviceMismatch,         // token bound to another device
    AttachmentsIncomplete,  // push: a record references attachments not fully uploaded; retry
    UploadOffsetMismatch,   // attachment chunk not at the acknowledged offset; `expected_offset`
    AttachmentHashMismatch, // uploaded bytes do not match the declared SHA-256
    UnsupportedMediaType,   // body sent with a Content-Type other than application/json
    TooManyRequests,        // too many failed logins from one client address; retry later
    TransactionReused,      // a sender's transaction id came back with another notification
    Internal,               // bug or infrastructure failure; retry later
    Unavailable,            // database unreachable or overloaded; retry later
};

std::string_view toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(std::string_view name);
int httpStatus(ErrorCode code);

} // namespace vitalis::protocol
