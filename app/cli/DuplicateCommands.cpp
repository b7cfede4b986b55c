// duplicates ID | list | not-duplicate ID --reason T | of ID ORIGINAL --reason T: the server's
// verdict on a record (candidates with score and matched fields), the queue of possible
// duplicates, and the two decisions (outbox ops, offline like every action). Also the device's
// own check that `declare` runs before anything is saved.
#include "app/cli/CliCommands.h"
#include "app/cli/CliDuplicates.h"
#include "app/cli/RecordFormatting.h"
#include "app/cli/SyncSetup.h"
#include "app/common/ShareDirectory.h"
#include "core/TrackingId.h"
#include "sync/client/DeviceDuplicateCheck.h"

#include <cstdio>

namespace vitalis::cli
{

using nlohmann::json;

namespace
{
std::string number(double v)
{
    const long whole = static_cast<long>(v);
    return static_cast<double>(whole) == v ? std::to_string(whole) : std::to_string(v);
}

std::string joined(const json& list)
{
    std::string out;
    for (const auto& v : list)
        if (v.is_string())
            out += (out.empty() ? "" : ", ") + v.get<std::string>();
    return out;
}

// One candidate of the server's answer, as a clerk reads it.
std::string candidateLine(const std::string& event, const json& c, const json& answer)
{
    std::string who;
    if (c.contains("record") && c["record"].is_object())
        who = dedup::describeRecord(event, c["record"].value("fields", json::object()));
    std::string line =
        "possible duplicate of " + tracking_id::display(c.value("tracking_id", std::string()));
    if (!who.empty())
        line += " (" + who + ")";
    line += "\n  score " + number(c.value("score", 0.0));
    if (answer.contains("max_score"))
        line += " of " + number(answer["max_score"].get<double>());
    line += "; matching " + joined(c.value("matched_fields", json::array())) + "\n";
    return line;
}

std::string reasonOf(CliContext& ctx)
{
    const std::string reason = ctx.option(QStringLiteral("reason")).toStdString();
    if (reason.empty())
        throw UsageError("a duplicate decision needs --reason TEXT (it is kept in the history)");
    return reason;
}
} // namespace

dedup::RuleLibrary deviceDedupRules()
{
    const auto dir = locateShareDirectory().definitions / "dedup";
    if (!std::filesystem::is_directory(dir))
        return {};
    return dedup::RuleLibrary::loadDirectory(dir);
}

std::optional<int> refuseUnlessDespite(CliContext& ctx, const std::string& eventType,
                                       const json& fields, const std::string& exceptId,
                                       std::vector<std::string>& candidates, std::string& note,
                                       const std::vector<std::string>& settled)
{
    const dedup::RuleLibrary rules = deviceDedupRules();
    DeviceDuplicateCheck check(ctx.openProfile(), rules);
    const auto found = check.find(eventType, fields, exceptId, settled);
    if (found.empty())
        return std::nullopt;
    candidates = DeviceDuplicateCheck::trackingIds(found);
    note = ctx.option(QStringLiteral("despite-duplicate")).toStdString();
    std::string text;
    json list = json::array();
    for (const auto& c : found) {
        text += DeviceDuplicateCheck::warning(c) + "\n  score " + number(c.score) + " of " +
                number(c.maxScore) + "; matching " + joined(json(c.matchedFields)) + "\n";
        list.push_back({{"trackingId", c.record.trackingId},
                        {"recordId", c.record.id},
                        {"score", c.score},
                        {"matchedFields", c.matchedFields}});
    }
    if (ctx.flag(QStringLiteral("despite-duplicate"))) {
        if (note.empty())
            throw UsageError("--despite-duplicate needs a note saying why it is sent anyway");
        std::fprintf(stderr, "vitalis-cli: sent despite a warning:\n%s", text.c_str());
        return std::nullopt;
    }
    std::fprintf(stderr,
                 "%snot saved: check the record above; to send it anyway, give "
                 "--despite-duplicate NOTE\n",
                 text.c_str());
    if (ctx.json)
        ctx.emit({{"possibleDuplicates", list}, {"saved", false}}, {});
    return 3;
}

std::optional<int> refuseUndecided(CliContext& ctx, const Record& record)
{
    const dedup::RuleLibrary rules = deviceDedupRules();
    const auto entry = DeviceDuplicateCheck(ctx.openProfile(), rules).undecided(record);
    if (entry.candidates.empty())
        return std::nullopt;
    std::string text;
    json list = json::array();
    for (const auto& c : entry.candidates) {
        const auto held = ctx.openProfile().records().find(c.recordId);
        const std::string who = held ? dedup::describeRecord(held->eventType, held->fields) : "";
        text += "possible duplicate of " + tracking_id::display(c.trackingId) +
                (who.empty() ? "" : " (" + who + ")") + "\n  score " + number(c.score) +
                "; matching " + joined(json(c.matchedFields)) + "\n";
        list.push_back({{"trackingId", c.trackingId},
                        {"recordId", c.recordId},
                        {"score", c.score},
                        {"matchedFields", c.matchedFields}});
    }
    const std::string tracking = tracking_id::display(record.trackingId);
    std::fprintf(stderr,
                 "%snot registered: someone who decides on duplicates must decide first "
                 "(vitalis-cli duplicates not-duplicate %s --reason TEXT, or duplicates of %s "
                 "ORIGINAL --reason TEXT)\n",
                 text.c_str(), tracking.c_str(), tracking.c_str());
    if (ctx.json)
        ctx.emit({{"possibleDuplicates", list}, {"saved", false}}, {});
    return 3;
}

int duplicates(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    auto stack = makeSyncStack(ctx);
    const json answer = stack->api->get("/api/v1/records/" + id + "/duplicates");
    const Record r = ctx.openProfile().records().get(id);
    const std::string status = answer.value("status", std::string("none"));
    std::string text = tracking_id::display(r.trackingId) + ": ";
    if (status == "open")
        text += "possible duplicate, to be decided before registration\n";
    else if (status == "not_duplicate")
        text +=
            "decided not a duplicate (" + answer.value("decision_reason", std::string()) + ")\n";
    else if (status == "duplicate")
        text += "archived as a duplicate of " +
                tracking_id::display(answer.value("original_tracking_id", std::string())) + " (" +
                answer.value("decision_reason", std::string()) + ")\n";
    else
        text += "no possible duplicate found\n";
    for (const auto& c : answer.value("candidates", json::array()))
        text += candidateLine(r.eventType, c, answer);
    ctx.emit(answer, text);
    return 0;
}

int duplicatesList(CliContext& ctx)
{
    auto stack = makeSyncStack(ctx);
    const json answer = stack->api->get("/api/v1/duplicates");
    std::string text;
    for (const auto& d : answer.value("duplicates", json::array())) {
        std::string of;
        for (const auto& c : d.value("candidates", json::array()))
            of += (of.empty() ? "" : ", ") +
                  tracking_id::display(c.value("tracking_id", std::string()));
        text += tracking_id::display(d.value("tracking_id", std::string())) + "  " +
                d.value("record_status", std::string()) + "  possible duplicate of " + of + "\n";
    }
    ctx.emit(answer, text.empty() ? "no possible duplicates" : text);
    return 0;
}

int duplicatesNotDuplicate(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    const std::string reason = reasonOf(ctx);
    // The pairs decided: every possible duplicate this device knows of (the server's flag as the
    // last sync brought it, the device's own check); the server adds the ones it flagged.
    const dedup::RuleLibrary rules = deviceDedupRules();
    std::vector<std::string> compared;
    const Record before = ctx.openProfile().records().get(id);
    for (const auto& c :
         DeviceDuplicateCheck(ctx.openProfile(), rules).undecided(before).candidates)
        compared.push_back(c.recordId);
    LocalRecordService service(ctx.openProfile(), ctx.clock);
    const Record r = service.markNotDuplicate(ctx.actor(), id, compared, reason);
    ctx.emit(recordJson(r),
             tracking_id::display(r.trackingId) + " decided not a duplicate (queued for sync)");
    return 0;
}

int duplicatesOf(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    const auto original = resolveRecordId(ctx, ctx.operand(1, "original record"));
    const std::string reason = reasonOf(ctx);
    LocalRecordService service(ctx.openProfile(), ctx.clock);
    const Record r = service.markDuplicate(ctx.actor(), id, original, reason);
    const Record o = ctx.openProfile().records().get(original);
    ctx.emit(recordJson(r), tracking_id::display(r.trackingId) + " archived as a duplicate of " +
                                tracking_id::display(o.trackingId) + " (queued for sync)");
    return 0;
}

} // namespace vitalis::cli
