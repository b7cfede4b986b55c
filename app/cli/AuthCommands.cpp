// login, logout, pin set, unlock: online sign-in binds the profile to the server's user and
// device code; the PIN lets the same person unlock offline (argon2id verifier in the store).
#include "app/cli/CliCommands.h"
#include "app/cli/SyncSetup.h"
#include "app/common/AccountBinding.h"
#include "core/RoleCatalog.h"

#include <iostream>

namespace vitalis::cli
{

namespace
{
std::string readLine(const char* what)
{
    std::string line;
    if (!std::getline(std::cin, line))
        throw UsageError(std::string("expected the ") + what +
                         " on the first line of standard input");
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}
} // namespace

int login(CliContext& ctx)
{
    const std::string username = ctx.option(QStringLiteral("username")).toStdString();
    if (username.empty())
        throw UsageError("login needs --username (the password is read from standard input)");
    const std::string password = readLine("password");
    auto& store = ctx.openProfile();
    auto stack = makeSyncStack(ctx);
    const auto tokens =
        stack->api->login(username, password, ctx.option(QStringLiteral("totp")).toStdString());
    auto& settings = store.settings();
    try {
        account::bindProfileToUser(store, tokens, ctx.clock); // same rules as the desktop sign-in
    } catch (const account::BindingError& e) {
        throw UsageError(std::string(e.what()) + "; use another --profile");
    }
    refreshFormDefinitions(settings, *stack->api);
    ctx.emit({{"user", protocol::encodeUserInfo(tokens.user)},
              {"deviceId", stack->api->deviceId()},
              {"deviceCode", tokens.deviceCode},
              {"totpEnrolmentRequired", tokens.totpEnrolmentRequired}},
             "logged in as " + tokens.user.username + " (" + tokens.user.role + ", office " +
                 tokens.user.officeId + ")");
    return 0;
}

int logout(CliContext& ctx)
{
    auto stack = makeSyncStack(ctx);
    stack->api->logout();
    ctx.emit({{"loggedOut", true}}, "logged out; local work stays on this device");
    return 0;
}

int pinSet(CliContext& ctx)
{
    const Actor a = ctx.actor();
    auto& store = ctx.openProfile();
    if (!store.users().find(a.userId)) {
        LocalUser u;
        u.userId = a.userId;
        u.officeId = a.officeId;
        u.updatedAt = ctx.clock.nowMillis();
        store.users().upsert(u);
    }
    store.users().setPin(a.userId, readLine("new PIN"), ctx.clock.nowMillis());
    ctx.emit({{"pinSet", true}}, "PIN set: this profile can be unlocked offline");
    return 0;
}

int unlock(CliContext& ctx)
{
    const Actor a = ctx.actor();
    const auto r =
        ctx.openProfile().users().verifyPin(a.userId, readLine("PIN"), ctx.clock.nowMillis());
    const char* names[] = {"ok", "wrong", "locked_out", "no_pin", "unknown_user"};
    const std::string outcome = names[static_cast<int>(r.outcome)];
    ctx.emit({{"outcome", outcome}, {"remainingAttempts", r.remainingAttempts}},
             r.outcome == PinOutcome::Ok
                 ? "unlocked"
                 : "not unlocked: " + outcome + " (" + std::to_string(r.remainingAttempts) +
                       " attempts left)");
    return r.outcome == PinOutcome::Ok ? 0 : 4;
}

} // namespace vitalis::cli
