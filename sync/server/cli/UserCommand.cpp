#include "sync/server/cli/UserCommand.h"

#include "sync/server/admin/UserAdmin.h"
#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"

namespace vitalis::server::cli
{

std::string UserCommand::readPassword()
{
    std::string password;
    std::getline(passwordInput_, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return password;
}

int UserCommand::run(const QString& action, const UserOptions& o)
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    UserAdmin admin(*db, clock_);
    const QString name = QString::fromStdString(o.username);
    if (o.username.empty())
        return fail("user " + action.toStdString() + ": --username is required");
    if (action == u"add") {
        NewUser u{o.username, o.displayName, o.role, o.office, o.jurisdiction, readPassword()};
        say(QStringLiteral("added user %1 (id %2)")
                .arg(name, QString::fromStdString(admin.add(u))));
    } else if (action == u"reset-password") {
        admin.resetPassword(o.username, readPassword());
        say(QStringLiteral("password reset for %1; the account is unlocked and its sessions "
                           "revoked")
                .arg(name));
    } else if (action == u"disable" || action == u"enable") {
        admin.setDisabled(o.username, action == u"disable");
        say(QStringLiteral("%1 %2").arg(name, action == u"disable" ? QStringLiteral("disabled")
                                                                   : QStringLiteral("enabled")));
    } else if (action == u"move") {
        admin.move(o.username, o.office, o.jurisdiction);
        say(QStringLiteral("%1 moved; their devices change over at their next sync").arg(name));
    } else if (action == u"unlock") {
        admin.unlock(o.username);
        say(QStringLiteral("%1 unlocked").arg(name));
    } else if (action == u"totp-reset") {
        admin.resetTotp(o.username);
        say(QStringLiteral("second factor of %1 removed; they enrol again at next login")
                .arg(name));
    } else {
        return fail("unknown user command '" + action.toStdString() +
                    "' (add, reset-password, disable, enable, unlock, totp-reset, move)");
    }
    return 0;
}

} // namespace vitalis::server::cli
