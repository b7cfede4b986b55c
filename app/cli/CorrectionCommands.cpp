// correct request|approve|reject|list|direct: corrections of registered records (one outbox op
// each, offline like every action; the server decides at the next sync), and history
// --from-server, the record's history as the server keeps it, corrections with before/after.
#include "app/cli/CliCommands.h"
#include "app/cli/CliForms.h"
#include "app/cli/RecordFormatting.h"
#include "app/cli/SyncSetup.h"
#include "core/TrackingId.h"
#include "sync/client/AttachmentLinker.h"
#include "sync/client/CorrectionRequests.h"
#include "sync/client/ServerHistory.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace vitalis::cli
{
namespace
{

using nlohmann::json;
using sync::CorrectionRequestView;

std::string valueText(const json& v)
{
    if (v.is_null())
        return "(empty)";
    return v.is_string() ? "\"" + v.get<std::string>() + "\"" : v.dump();
}

// "field: before -> after" lines for a change map (field -> {old, new}).
std::string beforeAfter(const json& changes, const std::string& indent)
{
    std::string out;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out += indent + it.key() + ": " + valueText(it->value("old", json())) + " -> " +
               valueText(it->value("new", json())) + "\n";
    return out;
}

json viewJson(const CorrectionRequestView& v)
{
    return {{"id", v.id},
            {"recordId", v.recordId},
            {"status", v.status},
            {"changes", v.changes},
            {"reasonCode", v.reasonCode},
            {"reason", v.reason},
            {"requestedBy", v.requestedBy},
            {"requestedByName", v.requestedByName},
            {"requestedAt", isoTime(v.requestedAt)},
            {"decidedByName", v.decidedByName},
            {"decisionReason", v.decisionReason}};
}

// This device's unsent requests, then the server's (when it can be reached).
std::vector<CorrectionRequestView> knownRequests(CliContext& ctx, const std::string& recordId,
                                                 std::string* problem)
{
    auto out = sync::unsentCorrectionRequests(ctx.openProfile());
    if (!recordId.empty())
        std::erase_if(out, [&](const auto& v) { return v.recordId != recordId; });
    try {
        auto stack = makeSyncStack(ctx);
        for (auto& v : sync::fetchCorrectionRequests(*stack->api, recordId))
            out.push_back(std::move(v));
    } catch (const std::exception& e) {
        if (problem)
            *problem = e.what();
    }
    return out;
}

// The record a request belongs to: --record, else found among the known requests.
std::string recordOfRequest(CliContext& ctx, const std::string& requestId)
{
    if (ctx.flag(QStringLiteral("record")))
        return resolveRecordId(ctx, ctx.option(QStringLiteral("record")).toStdString());
    std::string problem;
    for (const auto& v : knownRequests(ctx, {}, &problem))
        if (v.id == requestId)
            return v.recordId;
    throw UsageError("no open correction request '" + requestId + "' known here" +
                     (problem.empty() ? std::string() : " (server: " + problem + ")") +
                     "; give its record with --record");
}

json storeDocuments(CliContext& ctx, LocalRecordService& service, const std::string& recordId)
{
    json refs = json::array();
    sync::AttachmentLinker linker(ctx.openProfile(), service, ctx.clock);
    for (const QString& path : ctx.args.values(QStringLiteral("attach"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError("cannot read " + path.toStdString() + ": " +
                             file.errorString().toStdString());
        const QByteArray bytes = file.readAll();
        sync::NewAttachment what{recordId, "$documents", QFileInfo(path).fileName().toStdString(),
                                 guessMediaType(path), "supporting_document"};
        const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
        refs.push_back(linker.storeDocument(what, {data, static_cast<std::size_t>(bytes.size())}));
    }
    return refs;
}

std::string reasonOption(CliContext& ctx)
{
    return ctx.option(QStringLiteral("reason")).toStdString();
}

} // namespace

int correctRequest(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    CliForms forms(ctx);
    auto& store = ctx.openProfile();
    LocalRecordService service(store, ctx.clock, &forms.check);
    std::string requestId;
    try {
        // The documents and the request commit together: no request without its files.
        Transaction tx(store.db());
        const json documents = storeDocuments(ctx, service, id);
        requestId = service.requestCorrection(
            ctx.actor(), id, parseAssignments(ctx.args.values(QStringLiteral("set"))),
            ctx.option(QStringLiteral("reason-code")).toStdString(), reasonOption(ctx), documents);
        tx.commit();
    } catch (const FieldValidationError& e) {
        return reportFieldErrors(ctx, e);
    }
    const Record r = store.records().get(id);
    ctx.emit({{"correctionId", requestId}, {"record", recordJson(r)}},
             "correction " + requestId + " requested for " + tracking_id::display(r.trackingId) +
                 " (queued for sync; the record keeps its values until a registrar approves)");
    return 0;
}

int correctApprove(CliContext& ctx)
{
    const auto requestId = ctx.operand(0, "correction request id");
    const auto recordId = recordOfRequest(ctx, requestId);
    LocalRecordService service(ctx.openProfile(), ctx.clock);
    const Record r = service.approveCorrection(ctx.actor(), recordId, requestId);
    ctx.emit({{"correctionId", requestId}, {"record", recordJson(r)}},
             "correction " + requestId + " approved for " + tracking_id::display(r.trackingId) +
                 " (queued for sync; the corrected values arrive with the next sync)");
    return 0;
}

int correctReject(CliContext& ctx)
{
    const auto requestId = ctx.operand(0, "correction request id");
    const auto recordId = recordOfRequest(ctx, requestId);
    LocalRecordService service(ctx.openProfile(), ctx.clock);
    const Record r = service.rejectCorrection(ctx.actor(), recordId, requestId, reasonOption(ctx));
    ctx.emit({{"correctionId", requestId}, {"record", recordJson(r)}},
             "correction " + requestId + " refused (queued for sync)");
    return 0;
}

int correctDirect(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    CliForms forms(ctx);
    LocalRecordService service(ctx.openProfile(), ctx.clock, &forms.check);
    Record r;
    try {
        r = service.correctDirectly(
            ctx.actor(), id, parseAssignments(ctx.args.values(QStringLiteral("set"))),
            reasonOption(ctx), ctx.option(QStringLiteral("reason-code")).toStdString());
    } catch (const FieldValidationError& e) {
        return reportFieldErrors(ctx, e);
    }
    ctx.emit(recordJson(r),
             "corrected " + tracking_id::display(r.trackingId) + " (queued for sync)");
    return 0;
}

int correctList(CliContext& ctx)
{
    const std::string recordId =
        ctx.flag(QStringLiteral("record"))
            ? resolveRecordId(ctx, ctx.option(QStringLiteral("record")).toStdString())
            : std::string();
    std::string problem;
    const auto requests = knownRequests(ctx, recordId, &problem);
    json arr = json::array();
    std::string text;
    auto& records = ctx.openProfile().records();
    for (const auto& v : requests) {
        arr.push_back(viewJson(v));
        const auto r = records.find(v.recordId);
        const std::string who = !v.requestedByName.empty() ? v.requestedByName
                                : v.status == "not_sent"   ? std::string("you (not sent yet)")
                                                           : v.requestedBy;
        text +=
            v.id + "  " + v.status + "  " +
            (r ? tracking_id::display(r->trackingId) + " " + r->registrationNumber : v.recordId) +
            "\n  requested by " + who + " at " + isoTime(v.requestedAt) + " (" + v.reasonCode +
            ": " + v.reason + ")\n" + beforeAfter(v.changes, "    ");
    }
    if (!problem.empty())
        std::fprintf(stderr, "vitalis-cli: the server's requests are not shown: %s\n",
                     problem.c_str());
    ctx.emit(arr, text.empty() ? "no open correction requests" : text);
    return 0;
}

int serverHistory(CliContext& ctx, const std::string& recordId)
{
    auto stack = makeSyncStack(ctx);
    const auto h =
        sync::parseServerHistory(stack->api->get("/api/v1/records/" + recordId + "/history"));
    json arr = json::array();
    std::string text;
    for (const auto& e : h.entries) {
        json j = {{"rev", e.rev},
                  {"action", e.action},
                  {"outcome", e.outcome},
                  {"user", e.userId},
                  {"userName", e.userName},
                  {"deviceCode", e.deviceCode},
                  {"serverTime", isoTime(e.serverTime)},
                  {"statusFrom", e.statusFrom},
                  {"statusTo", e.statusTo},
                  {"reason", e.reason},
                  {"changes", e.changes}};
        text += "rev " + std::to_string(e.rev) + "  " + e.action + "  by " +
                (e.userName.empty() ? e.userId : e.userName) + " (device " + e.deviceCode +
                ") at " + isoTime(e.serverTime) + "  " + e.statusTo +
                (e.reason.empty() ? std::string() : "  reason: " + e.reason) + "\n" +
                beforeAfter(e.changes, "    ");
        if (!e.print.empty()) {
            j["print"] = e.print;
            const json collector = e.print.value("collector", json::object());
            text += "  printed " + e.print.value("template_id", "") + " (" +
                    e.print.value("language", "") + "), copy " +
                    std::to_string(e.print.value("copy_number", 0)) + ", collected by " +
                    collector.value("relation", "") + ", fee " +
                    std::to_string(e.print.value("fee", 0)) + " " + e.print.value("currency", "") +
                    " receipt " + e.print.value("receipt_number", "") + "\n";
        }
        if (!e.correction.empty()) {
            j["correction"] = e.correction;
            const json proposed = e.correction.value("changes", json::object());
            text += "  correction " + e.correction.value("id", "") + " (" +
                    e.correction.value("reason_code", "") + ", now " +
                    e.correction.value("status", "") + ")\n";
            if (e.action == "request_correction")
                text += beforeAfter(proposed, "    proposed ");
        }
        arr.push_back(std::move(j));
    }
    ctx.emit(arr, text.empty() ? "no history on the server" : text);
    return 0;
}

} // namespace vitalis::cli
