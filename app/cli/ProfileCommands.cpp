#include "app/cli/CliCommands.h"
#include "core/RoleCatalog.h"
#include "core/TrackingId.h"

#include <cstdio>

namespace vitalis::cli
{

int profileInit(CliContext& ctx)
{
    const auto user = ctx.option(QStringLiteral("user")).toStdString();
    const auto role = ctx.option(QStringLiteral("role")).toStdString();
    const bool withServer = !ctx.option(QStringLiteral("server")).isEmpty();
    if ((user.empty() || role.empty()) && !withServer)
        throw UsageError("profile init needs --user and --role, or --server URL (then 'login')");
    if (!role.empty() && !RoleCatalog::defaults().find(role))
        throw UsageError("unknown role '" + role + "'");
    auto& store = ctx.openProfile();
    auto& settings = store.settings();
    if (!user.empty()) {
        if (auto existing = settings.get("profile.user"); existing && *existing != user)
            throw UsageError("this profile belongs to '" + *existing + "'; use another --profile");
        settings.set("profile.user", user);
        settings.set("profile.role", role);
        settings.set("profile.office", ctx.option(QStringLiteral("office")).toStdString());
    }
    LocalRecordService records(store, ctx.clock);
    std::string code = ctx.option(QStringLiteral("device-code")).toStdString();
    if (code.empty())
        code = settings.get(LocalRecordService::kDeviceCodeSetting).value_or(device_code::random());
    records.setDeviceCode(code);
    if (const auto server = ctx.option(QStringLiteral("server")).toStdString(); !server.empty()) {
        if (server.rfind("https://", 0) != 0 && server.rfind("http://", 0) != 0)
            throw UsageError("--server must be an http:// or https:// URL, got '" + server + "'");
        if (server.rfind("http://", 0) == 0)
            std::fprintf(stderr, "warning: %s is not HTTPS; use it only on a trusted network\n",
                         server.c_str());
        settings.set("sync.server_url", server);
    }
    if (const auto ca = ctx.option(QStringLiteral("ca-file")).toStdString(); !ca.empty())
        settings.set("sync.ca_file", ca);
    if (const auto pins = ctx.args.values(QStringLiteral("pin-key")); !pins.isEmpty())
        settings.set("sync.pins", pins.join(QLatin1Char(';')).toStdString());
    ctx.emit({{"profile", ctx.profileName},
              {"directory", ctx.profileDir.string()},
              {"user", user},
              {"role", role},
              {"deviceCode", code},
              {"server", settings.get("sync.server_url", "")},
              {"key", ctx.keys->describe()}},
             "profile '" + ctx.profileName + "' ready at " + ctx.profileDir.string() + " (key in " +
                 ctx.keys->describe() + ", device code " + code + ")");
    return 0;
}

int profileVerify(CliContext& ctx)
{
    auto& store = ctx.openProfile();
    const auto integrity = store.integrityCheck();
    const auto audit = store.audit().verify();
    const bool ok = integrity == "ok" && audit.ok;
    ctx.emit({{"ok", ok},
              {"integrity", integrity},
              {"auditOk", audit.ok},
              {"auditEntries", audit.entriesChecked},
              {"auditProblem", audit.problem},
              {"auditHead", store.audit().head().hashHex}},
             std::string("database integrity: ") + integrity + "\naudit log: " +
                 (audit.ok ? "intact, " + std::to_string(audit.entriesChecked) + " entries"
                           : "TAMPERED: " + audit.problem));
    return ok ? 0 : 2;
}

} // namespace vitalis::cli
