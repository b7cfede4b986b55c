#include "app/cli/CliCommands.h"
#include "app/cli/CliDuplicates.h"
#include "app/cli/CliForms.h"
#include "app/cli/RecordFormatting.h"
#include "app/common/ShareDirectory.h"
#include "core/TrackingId.h"
#include "core/store/Database.h"
#include "sync/client/DeviceDuplicateCheck.h"
#include "sync/client/FormCheck.h"
#include "sync/client/FormDefinitionCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <deque>

namespace vitalis::cli
{
namespace
{

nlohmann::json readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError("cannot read " + path.toStdString() + ": " +
                         file.errorString().toStdString());
    const auto bytes = file.readAll().toStdString();
    try {
        return nlohmann::json::parse(bytes);
    } catch (const nlohmann::json::exception& e) {
        throw UsageError(path.toStdString() + ": not valid JSON (" + e.what() + ")");
    }
}

} // namespace

// "child.weight=3.2" -> {"child.weight": 3.2}; values that parse as JSON keep their type.
nlohmann::json parseAssignments(const QStringList& sets)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& s : sets) {
        const auto eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError("--set expects field=value, got '" + s.toStdString() + "'");
        const auto value = s.mid(eq + 1).toStdString();
        auto parsed = nlohmann::json::parse(value, nullptr, false);
        out[s.left(eq).toStdString()] = parsed.is_discarded() ? nlohmann::json(value) : parsed;
    }
    return out;
}

// A refusal by the form: every field with its JSON path, for people (stderr) and scripts.
int reportFieldErrors(CliContext& ctx, const FieldValidationError& e)
{
    nlohmann::json fields = nlohmann::json::array();
    std::string text;
    for (const auto& f : e.errors()) {
        const std::string path = f.field.empty() ? std::string() : fieldJsonPath(f.field);
        fields.push_back(
            {{"field", f.field}, {"path", path}, {"code", f.code}, {"message", f.message}});
    }
    if (ctx.json)
        ctx.emit({{"error", "invalid_values"}, {"message", e.what()}, {"fields", fields}}, "");
    std::fprintf(stderr, "vitalis-cli: %s\n", e.what());
    return 2;
}

void refreshFormDefinitions(SettingsRepository& settings, sync::ApiClient& api)
{
    try {
        FormDefinitionCache(settings).refresh(api);
    } catch (const std::exception& e) {
        // Not fatal: the cached and shipped definitions still validate; the next sync retries.
        std::fprintf(stderr, "vitalis-cli: warning: form definitions not refreshed: %s\n",
                     e.what());
    }
}

// Records are named by UUID or tracking ID, whichever the user has at hand.
std::string resolveRecordId(CliContext& ctx, const std::string& ref)
{
    auto& records = ctx.openProfile().records();
    if (records.exists(ref))
        return ref;
    if (const auto parsed = tracking_id::parse(ref); parsed.id) {
        SearchQuery q;
        q.trackingId = *parsed.id;
        q.limit = 1;
        const auto found = records.search(q);
        if (!found.empty())
            return found.front().id;
    }
    throw UsageError("no record '" + ref + "' in this profile");
}

int declare(CliContext& ctx)
{
    NewRecord request;
    request.formId = ctx.option(QStringLiteral("form")).toStdString();
    request.eventType = ctx.option(QStringLiteral("event")).toStdString();
    if (request.eventType.empty())
        request.eventType = request.formId;
    if (request.formId.empty())
        throw UsageError("declare needs --form");
    if (ctx.flag(QStringLiteral("data")))
        request.fields = readJsonFile(ctx.option(QStringLiteral("data")));
    const auto extra = parseAssignments(ctx.args.values(QStringLiteral("set")));
    for (const auto& [k, v] : extra.items())
        request.fields[k] = v;
    request.submit = ctx.flag(QStringLiteral("draft"))    ? RecordAction::CreateDraft
                     : ctx.flag(QStringLiteral("notify")) ? RecordAction::Notify
                                                          : RecordAction::Declare;
    CliForms forms(ctx);
    LocalRecordService service(ctx.openProfile(), ctx.clock, &forms.check);
    // The device's duplicate check before anything is saved (declarations only: a draft or a
    // notification is checked when it is declared).
    std::vector<std::string> candidates;
    std::string note;
    if (request.submit == RecordAction::Declare)
        if (const auto refused =
                refuseUnlessDespite(ctx, request.eventType, request.fields, {}, candidates, note))
            return *refused;
    Record r;
    try {
        if (candidates.empty()) {
            r = service.start(ctx.actor(), request);
        } else {
            // One transaction: never a draft left behind by a declaration that failed.
            Transaction tx(ctx.openProfile().db());
            const Record draft = service.startDraft(ctx.actor(), request);
            r = service.actDespiteDuplicates(ctx.actor(), draft.id, RecordAction::Declare,
                                             nlohmann::json::object(), candidates, note);
            tx.commit();
        }
    } catch (const FieldValidationError& e) {
        return reportFieldErrors(ctx, e);
    }
    ctx.emit(recordJson(r), "saved " + tracking_id::display(r.trackingId) + " (" +
                                std::string(toString(r.status)) + ") " + r.id);
    return 0;
}

int edit(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    CliForms forms(ctx);
    LocalRecordService service(ctx.openProfile(), ctx.clock, &forms.check);
    Record r;
    try {
        r = service.editFields(ctx.actor(), id,
                               parseAssignments(ctx.args.values(QStringLiteral("set"))));
    } catch (const FieldValidationError& e) {
        return reportFieldErrors(ctx, e);
    }
    ctx.emit(recordJson(r), "saved " + tracking_id::display(r.trackingId));
    return 0;
}

int action(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    const auto name = ctx.operand(1, "action (validate, register, reject, archive, ...)");
    const auto act = recordActionFromString(name);
    if (!act)
        throw UsageError("unknown action '" + name + "'");
    CliForms forms(ctx);
    LocalRecordService service(ctx.openProfile(), ctx.clock, &forms.check);
    std::vector<std::string> candidates;
    std::string note;
    if (DeviceDuplicateCheck::checksAt(*act)) {
        const Record before = ctx.openProfile().records().get(id);
        const auto refused = DeviceDuplicateCheck::waitsForDecision(*act)
                                 ? refuseUndecided(ctx, before)
                                 : refuseUnlessDespite(ctx, before.eventType, before.fields, id,
                                                       candidates, note, before.notDuplicateOf);
        if (refused)
            return *refused;
    }
    Record r;
    try {
        r = candidates.empty()
                ? service.act(ctx.actor(), id, *act,
                              ctx.option(QStringLiteral("reason")).toStdString())
                : service.actDespiteDuplicates(ctx.actor(), id, *act, nlohmann::json::object(),
                                               candidates, note);
    } catch (const FieldValidationError& e) {
        return reportFieldErrors(ctx, e);
    }
    // A registration numbered from this device's pool has its final number already.
    const std::string number = *act == RecordAction::Register && !r.registrationNumber.empty()
                                   ? " with number " + r.registrationNumber
                                   : std::string();
    ctx.emit(recordJson(r), tracking_id::display(r.trackingId) + " is now " +
                                std::string(toString(r.status)) + number + " (queued for sync)");
    return 0;
}

int list(CliContext& ctx)
{
    WorkqueueQuery q;
    if (ctx.flag(QStringLiteral("status"))) {
        const auto s = recordStatusFromString(ctx.option(QStringLiteral("status")).toStdString());
        if (!s)
            throw UsageError("unknown status '" +
                             ctx.option(QStringLiteral("status")).toStdString() + "'");
        q.statuses = {*s};
    } else {
        q.statuses.assign(std::begin(kAllStatuses), std::end(kAllStatuses));
    }
    q.pageSize =
        ctx.flag(QStringLiteral("limit")) ? ctx.option(QStringLiteral("limit")).toInt() : 50;
    const auto page = ctx.openProfile().records().workqueue(q);
    nlohmann::json arr = nlohmann::json::array();
    std::string text;
    for (const auto& r : page.records) {
        arr.push_back(recordJson(r));
        text += recordLine(r) + "\n";
    }
    if (!text.empty())
        text.pop_back();
    ctx.emit(arr, text.empty() ? "no records" : text);
    return 0;
}

int show(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    const auto r = ctx.openProfile().records().get(id);
    const auto attachments = ctx.openProfile().attachments().forRecord(id);
    // Registration numbers the server voided for this record (offline registration): the
    // registrar must take back a certificate printed with one.
    nlohmann::json voided = nlohmann::json::array();
    std::string voidedText;
    for (const auto& e : ctx.openProfile().audit().forRecord(id)) {
        if (e.action != "number_voided")
            continue;
        const auto d = nlohmann::json::parse(e.details, nullptr, false);
        if (!d.is_object())
            continue;
        voided.push_back(d);
        voidedText += "voided number " + d.value("voided_number", std::string()) + " (" +
                      d.value("reason", std::string()) + ")\n";
    }
    nlohmann::json j = recordJson(r, attachments);
    j["voidedNumbers"] = voided;
    const auto user = ctx.openProfile().users().find(r.updatedBy);
    const std::string by = user && !user->displayName.empty() ? user->displayName : r.updatedBy;
    ctx.emit(j, recordDetails(r, by, attachments) + voidedText);
    return 0;
}

int search(CliContext& ctx)
{
    SearchQuery q;
    const auto text = ctx.operands.join(QLatin1Char(' ')).toStdString();
    if (tracking_id::isValid(text))
        q.trackingId = *tracking_id::parse(text).id;
    else
        q.name = text;
    if (ctx.flag(QStringLiteral("dob")))
        q.dateOfBirth = ctx.option(QStringLiteral("dob")).toStdString();
    if (q.name.empty() && q.trackingId.empty() && q.dateOfBirth.empty())
        throw UsageError("search needs a name, a tracking ID or --dob");
    q.phonetic = ctx.flag(QStringLiteral("phonetic"));
    const auto found = ctx.openProfile().records().search(q);
    nlohmann::json arr = nlohmann::json::array();
    std::string out;
    for (const auto& r : found) {
        arr.push_back(recordJson(r));
        out += recordLine(r) + "\n";
    }
    if (!out.empty())
        out.pop_back();
    ctx.emit(arr, out.empty() ? "nothing found" : out);
    return 0;
}

// Every op with its state, newest first (the outbox screen of a support technician): queued,
// sending, applied, merged, conflict, rejected, waiting_retry, each with attempts, last error
// and what to do next. --state narrows it; --limit caps it (default 100).
int outbox(CliContext& ctx)
{
    auto& store = ctx.openProfile();
    std::optional<OutboxState> state;
    if (ctx.flag(QStringLiteral("state"))) {
        const auto name = ctx.option(QStringLiteral("state")).toStdString();
        state = outboxStateFromString(name);
        if (!state)
            throw UsageError("unknown outbox state '" + name +
                             "' (queued, sending, applied, merged, conflict, rejected, "
                             "waiting_retry)");
    }
    int limit = 100;
    if (ctx.flag(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            throw UsageError("--limit must be a positive number");
    }
    // The repository pages oldest first; keep the newest `limit` while paging through.
    std::deque<OutboxEntry> newest;
    std::int64_t after = 0;
    for (;;) {
        auto page = store.outbox().list(state, after, 1000);
        if (page.empty())
            break;
        after = page.back().mutationId;
        for (auto& e : page) {
            newest.push_back(std::move(e));
            if (static_cast<int>(newest.size()) > limit)
                newest.pop_front();
        }
    }
    nlohmann::json arr = nlohmann::json::array();
    std::string out;
    for (auto it = newest.rbegin(); it != newest.rend(); ++it) {
        arr.push_back(outboxJson(*it));
        out += outboxLine(*it) + "\n";
    }
    std::string summary;
    for (const auto& [s, n] : store.outbox().countByState())
        summary +=
            (summary.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(toString(s));
    if (out.empty())
        out =
            state ? "no ops in state " + std::string(toString(*state)) + "\n" : "outbox is empty\n";
    ctx.emit(arr, out + (summary.empty() ? std::string("0 ops") : summary));
    return 0;
}

int history(CliContext& ctx)
{
    const auto id = resolveRecordId(ctx, ctx.operand(0, "record id"));
    if (ctx.flag(QStringLiteral("from-server")))
        return serverHistory(ctx, id);
    nlohmann::json arr = nlohmann::json::array();
    std::string out;
    for (const auto& e : ctx.openProfile().audit().forRecord(id)) {
        arr.push_back(auditJson(e));
        out += auditLine(e) + "\n";
    }
    if (!out.empty())
        out.pop_back();
    ctx.emit(arr, out);
    return 0;
}

} // namespace vitalis::cli
