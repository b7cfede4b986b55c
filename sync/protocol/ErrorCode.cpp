#include "sync/protocol/ErrorCode.h"

#include <array>

namespace vitalis::protocol
{
namespace
{
struct Entry {
    ErrorCode code;
    std::string_view name;
    int status;
};
constexpr std::array<Entry, 28> kEntries{{
    {ErrorCode::InvalidJson, "invalid_json", 400},
    {ErrorCode::InvalidRequest, "invalid_request", 400},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol_version", 400},
    {ErrorCode::UnsupportedSchema, "unsupported_schema_version", 400},
    {ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    {ErrorCode::BatchTooLarge, "batch_too_large", 413},
    {ErrorCode::LengthRequired, "length_required", 411},
    {ErrorCode::Unauthorized, "unauthorized", 401},
    {ErrorCode::Forbidden, "forbidden", 403},
    {ErrorCode::InvalidCredentials, "invalid_credentials", 401},
    {ErrorCode::AccountLocked, "account_locked", 423},
    {ErrorCode::AccountDisabled, "account_disabled", 403},
    {ErrorCode::TotpRequired, "totp_required", 401},
    {ErrorCode::TotpInvalid, "totp_invalid", 401},
    {ErrorCode::TotpEnrolmentRequired, "totp_enrolment_required", 403},
    {ErrorCode::NotFound, "not_found", 404},
    {ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    {ErrorCode::MutationGap, "mutation_gap", 409},
    {ErrorCode::ResetRequired, "reset_required", 410},
    {ErrorCode::DeviceMismatch, "device_mismatch", 403},
    {ErrorCode::AttachmentsIncomplete, "attachments_incomplete", 409},
    {ErrorCode::UploadOffsetMismatch, "upload_offset_mismatch", 409},
    {ErrorCode::AttachmentHashMismatch, "attachment_hash_mismatch", 422},
    {ErrorCode::UnsupportedMediaType, "unsupported_media_type", 415},
    {ErrorCode::TooManyRequests, "too_many_requests", 429},
    {ErrorCode::TransactionReused, "transaction_reused", 409},
    {ErrorCode::Internal, "internal_error", 500},
    {ErrorCode::Unavailable, "service_unavailable", 503},
}};
} // namespace

std::string_view toString(ErrorCode code)
{
    for (const auto& e : kEntries)
        if (e.code == code)
            return e.name;
    return "internal_error";
}

std::optional<ErrorCode> errorCodeFromString(std::string_view name)
{
    for (const auto& e : kEntries)
        if (e.name == name)
            return e.code;
    return std::nullopt;
}

int httpStatus(ErrorCode code)
{
    for (const auto& e : kEntries)
        if (e.code == code)
            return e.status;
    return 500;
}

} // namespace vitalis::protocol
