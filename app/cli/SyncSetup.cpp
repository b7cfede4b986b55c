#include "app/cli/SyncSetup.h"

#include "app/common/AccountBinding.h"

#include <cstdio>

namespace vitalis::cli
{

std::unique_ptr<SyncStack> makeSyncStack(CliContext& ctx)
{
    auto& settings = ctx.openProfile().settings();
    if (!settings.get(kServerUrlSetting).value_or("").size())
        throw UsageError("this profile has no server: run 'vitalis-cli profile init --server URL'");
    sync::TransportOptions t = account::transportOptions(settings);
    if (ctx.flag(QStringLiteral("timeout")))
        t.transferTimeoutMs = ctx.option(QStringLiteral("timeout")).toLong() * 1000;
    auto stack = std::make_unique<SyncStack>();
    stack->transport = std::make_unique<sync::CurlTransport>(t);
    sync::BackoffPolicy policy;
    if (ctx.flag(QStringLiteral("retries")))
        policy.maxAttempts = std::max(1, ctx.option(QStringLiteral("retries")).toInt());
    stack->api = std::make_unique<sync::ApiClient>(*stack->transport, settings, stack->sleeper,
                                                   stack->random, policy);
    const bool quiet = ctx.json;
    stack->api->onRetry = [quiet](int attempt, std::int64_t delay, const std::string& why) {
        if (!quiet)
            std::fprintf(stderr, "retry %d in %lld ms: %s\n", attempt,
                         static_cast<long long>(delay), why.c_str());
    };
    return stack;
}

} // namespace vitalis::cli
