#include "app/cli/RecordFormatting.h"

#include "core/TrackingId.h"

#include <QDateTime>

namespace vitalis::cli
{
namespace
{

// A column at least `width` wide and always followed by two spaces, so a long value (a user id,
// a long status) never runs into the next column.
std::string pad(std::string s, std::size_t width)
{
    s.append(s.size() + 2 <= width ? width - s.size() : 2, ' ');
    return s;
}

} // namespace

std::string isoTime(std::int64_t millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODate).toStdString();
}

nlohmann::json recordJson(const Record& r)
{
    nlohmann::json j = {{"id", r.id},
                        {"event", r.eventType},
                        {"form", r.formId},
                        {"formVersion", r.formVersion},
                        {"trackingId", r.trackingId},
                        {"registrationNumber", r.registrationNumber},
                        {"status", std::string(toString(r.status))},
                        {"statusReason", r.statusReason},
                        {"office", r.officeId},
                        {"serverRevision", r.serverRevision},
                        {"createdAt", isoTime(r.createdAt)},
                        {"updatedAt", isoTime(r.updatedAt)},
                        {"createdBy", r.createdBy},
                        {"updatedBy", r.updatedBy},
                        {"fields", r.fields}};
    if (!r.nationalIdState.empty()) // "waiting": the national ID system has not answered yet
        j["nationalIdState"] = r.nationalIdState;
    if (!r.notDuplicateOf.empty()) // record ids a person decided it is not a duplicate of
        j["notDuplicateOf"] = r.notDuplicateOf;
    return j;
}

std::string recordLine(const Record& r)
{
    return pad(tracking_id::display(r.trackingId), 13) + pad(std::string(toString(r.status)), 18) +
           pad(r.eventType, 7) + pad(isoTime(r.updatedAt), 22) + r.id;
}

std::string recordDetails(const Record& r, const std::string& updatedBy)
{
    std::string out = "tracking ID   " + tracking_id::display(r.trackingId) + "\n" +
                      "record id     " + r.id + "\n" + "event         " + r.eventType + " (form " +
                      r.formId + " v" + std::to_string(r.formVersion) + ")\n" + "status        " +
                      std::string(toString(r.status)) + "\n";
    if (!r.statusReason.empty())
        out += "reason        " + r.statusReason + "\n";
    if (!r.registrationNumber.empty())
        out += "registration  " + r.registrationNumber + "\n";
    if (r.nationalIdState == "waiting")
        out += "national ID   waiting for the national ID system\n";
    out += "office        " + r.officeId + "\n" + "updated       " + isoTime(r.updatedAt) + " by " +
           updatedBy + "\n" + "fields:\n";
    for (const auto& [k, v] : r.fields.items())
        out += "  " + pad(k, 30) + " " + (v.is_string() ? v.get<std::string>() : v.dump()) + "\n";
    return out;
}

nlohmann::json attachmentJson(const AttachmentInfo& a)
{
    return {{"id", a.id},
            {"recordId", a.recordId},
            {"field", a.fieldId},
            {"name", a.name},
            {"mediaType", a.mimeType},
            {"size", a.size},
            {"sha256", a.sha256},
            {"uploadState", a.uploadState},
            {"uploadedBytes", a.uploadedBytes},
            {"uploadError", a.uploadError}};
}

std::string attachmentLine(const AttachmentInfo& a)
{
    std::string state;
    if (a.uploadState == "pending")
        state = "to upload: " + std::to_string(a.uploadedBytes) + " of " + std::to_string(a.size) +
                " bytes acknowledged by the server";
    else if (a.uploadState == "uploaded")
        state = "uploaded";
    else if (a.uploadState == "remote")
        state = "on the server, not downloaded yet";
    else
        state = a.uploadState;
    std::string line = pad(a.fieldId, 20) + " " + pad(a.name, 24) + " " + pad(a.mimeType, 16) +
                       " " + std::to_string(a.size) + " bytes  " + state;
    if (!a.uploadError.empty())
        line += " (last error: " + a.uploadError + ")";
    return line;
}

nlohmann::json recordJson(const Record& r, const std::vector<AttachmentInfo>& attachments)
{
    nlohmann::json j = recordJson(r);
    j["attachments"] = nlohmann::json::array();
    for (const auto& a : attachments)
        j["attachments"].push_back(attachmentJson(a));
    return j;
}

std::string recordDetails(const Record& r, const std::string& updatedBy,
                          const std::vector<AttachmentInfo>& attachments)
{
    std::string out = recordDetails(r, updatedBy);
    if (attachments.empty())
        return out;
    out += "attachments:\n";
    for (const auto& a : attachments)
        out += "  " + attachmentLine(a) + "\n";
    return out;
}

std::string outboxHint(const OutboxEntry& e)
{
    if (e.state == OutboxState::WaitingRetry && e.lastError.find("attachment") != std::string::npos)
        return "waits until its documents are on the server; the next sync uploads them (show " +
               e.recordId + " lists their upload state)";
    switch (e.state) {
    case OutboxState::Queued:
        return "waits for the next sync";
    case OutboxState::Sending:
        return "on its way; if no sync is running, the next one sends it again (exactly once)";
    case OutboxState::WaitingRetry:
        return "retried automatically" +
               (e.nextAttemptAt ? " after " + isoTime(e.nextAttemptAt) : std::string()) +
               "; check the network or the server";
    case OutboxState::Applied:
    case OutboxState::Merged:
        return "";
    case OutboxState::Conflict:
        return "decide it: vitalis-cli conflicts, then resolve " + e.recordId;
    case OutboxState::Resolved:
        return "conflict decided; the decision goes to the server as its own op";
    case OutboxState::Rejected:
        return "fix the record (show " + e.recordId + ") and submit it again";
    }
    return "";
}

nlohmann::json outboxJson(const OutboxEntry& e)
{
    return {{"mutationId", e.mutationId},
            {"record", e.recordId},
            {"kind", e.kind.name()},
            {"baseRevision", e.baseRevision},
            {"state", std::string(toString(e.state))},
            {"lastError", e.lastError},
            {"attempts", e.attempts},
            {"changes", e.changes},
            {"payload", e.payload},
            {"createdAt", isoTime(e.createdAt)},
            {"updatedAt", isoTime(e.updatedAt)},
            {"nextAttemptAt",
             e.nextAttemptAt ? nlohmann::json(isoTime(e.nextAttemptAt)) : nlohmann::json()},
            {"hint", outboxHint(e)}};
}

std::string outboxLine(const OutboxEntry& e)
{
    std::string line =
        pad(std::to_string(e.mutationId), 7) + pad(std::string(toString(e.state)), 15) +
        pad(std::string(e.kind.name()), 18) + pad(std::to_string(e.attempts) + "x", 5) + e.recordId;
    if (!e.lastError.empty())
        line += "  (" + e.lastError + ")";
    if (const auto hint = outboxHint(e); !hint.empty())
        line += "  -> " + hint;
    return line;
}

nlohmann::json auditJson(const AuditEntry& e)
{
    return {{"seq", e.seq},         {"at", isoTime(e.at)},
            {"user", e.userId},     {"action", e.action},
            {"record", e.recordId}, {"details", nlohmann::json::parse(e.details, nullptr, false)}};
}

std::string conflictLine(const Conflict& c, const std::string& theirName)
{
    std::string line = c.recordId + "  " + c.fieldId + ": base " + c.base.dump() + ", mine " +
                       c.mine.dump() + ", theirs " + c.theirs.dump();
    if (!theirName.empty() || c.theirAt)
        line += " (by " + (theirName.empty() ? std::string("another user") : theirName) +
                (c.theirAt ? ", " + isoTime(c.theirAt) : std::string()) + ")";
    return line;
}

std::string auditLine(const AuditEntry& e)
{
    return pad(std::to_string(e.seq), 6) + pad(isoTime(e.at), 22) + pad(e.userId, 14) + e.action;
}

} // namespace vitalis::cli
