// sync [--once]: push the outbox and pull changes. Without --once it keeps trying (with the
// engine's backoff between runs) until the outbox is empty, Ctrl-C, or --max-runs.
#include "app/cli/CliCommands.h"
#include "app/cli/SyncSetup.h"
#include "app/common/IssuingKey.h"
#include "core/Scope.h"
#include "sync/client/SyncEngine.h"

#include <atomic>
#include <csignal>
#include <cstdio>

namespace vitalis::cli
{

namespace
{
std::atomic<bool> g_cancel{false};
void onInterrupt(int)
{
    g_cancel.store(true);
}
} // namespace

// A laptop that may print keeps its issuing key certified: renewed when less than a third of its
// validity is left (docs/certificates.md). A server without a signing key is not an error.
void renewIssuingKey(CliContext& ctx, ProfileStore& store, sync::ApiClient& api)
{
    if (!ctx.actor().role.has(scope::Certify))
        return;
    IssuingKey key(*ctx.keys, ctx.keyName(), store.settings());
    if (const auto problem = key.renewIfDue(api, ctx.clock.nowMillis() / 1000))
        std::fprintf(stderr, "certificate signing key not renewed: %s\n", problem->c_str());
}

int syncNow(CliContext& ctx)
{
    auto& store = ctx.openProfile();
    auto stack = makeSyncStack(ctx);
    sync::SyncEngine engine(store, *stack->api, ctx.clock);
    sync::SyncOptions options;
    if (ctx.flag(QStringLiteral("batch")))
        options.batchOps = std::max(1, ctx.option(QStringLiteral("batch")).toInt());
    const bool once = ctx.flag(QStringLiteral("once"));
    const int maxRuns = ctx.flag(QStringLiteral("max-runs"))
                            ? std::max(1, ctx.option(QStringLiteral("max-runs")).toInt())
                            : (once ? 1 : 1000);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool quiet = ctx.json;
    auto progress = [quiet](const sync::SyncProgress& p) {
        if (!quiet)
            std::fprintf(
                stderr, "%s: %lld/%lld ops sent, %lld records pulled, %llu B up, %llu B down\n",
                p.phase.c_str(), static_cast<long long>(p.opsSent),
                static_cast<long long>(p.opsTotal), static_cast<long long>(p.recordsPulled),
                static_cast<unsigned long long>(p.bytesSent),
                static_cast<unsigned long long>(p.bytesReceived));
    };
    sync::SyncReport report;
    sync::Backoff backoff({}, stack->random);
    for (int run = 1; run <= maxRuns; ++run) {
        report = engine.run(options, progress, &g_cancel);
        const bool retryable =
            report.errorKind && (*report.errorKind == sync::SyncError::Kind::Network ||
                                 *report.errorKind == sync::SyncError::Kind::Server);
        if (report.ok || !retryable || run == maxRuns || g_cancel.load())
            break;
        const auto delay = backoff.delayMs(run);
        if (!quiet)
            std::fprintf(stderr, "sync failed (%s); next run in %lld ms\n", report.error.c_str(),
                         static_cast<long long>(delay));
        stack->sleeper.sleepMs(delay);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (report.ok)
        refreshFormDefinitions(store.settings(), *stack->api);
    if (report.ok)
        renewIssuingKey(ctx, store, *stack->api);
    const auto counts = store.outbox().countByState();
    nlohmann::json outbox = nlohmann::json::object();
    for (const auto& [state, n] : counts)
        outbox[std::string(toString(state))] = n;
    nlohmann::json j = report.toJson();
    j["outbox"] = outbox;
    j["openConflicts"] = store.conflicts().openCount();
    std::string text = report.ok ? "sync complete" : "sync stopped: " + report.error;
    text += "\n  sent " + std::to_string(report.opsSent) +
            " op(s): " + std::to_string(report.applied) + " applied, " +
            std::to_string(report.merged) + " merged, " + std::to_string(report.conflicts) +
            " conflict(s), " + std::to_string(report.rejected) + " rejected\n  pulled " +
            std::to_string(report.recordsPulled) + " record(s), " + std::to_string(report.removed) +
            " removed";
    for (const auto& id : report.removedWithEdits)
        text += "\n  record " + id +
                " left your jurisdiction but has unsent changes: kept on this device";
    ctx.emit(j, text);
    if (report.ok)
        return 0;
    return report.errorKind == sync::SyncError::Kind::Cancelled ? 130 : 2;
}

} // namespace vitalis::cli
