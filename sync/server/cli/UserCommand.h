// `vitalis-server user ACTION --username U ...`: add, reset-password, disable, enable, move,
// unlock, totp-reset. Passwords come from the first line of `passwordInput` (standard input).
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"

#include <QString>
#include <istream>
#include <string>

namespace vitalis::server::cli
{

// The options of a user command, as given on the command line ("" when absent).
struct UserOptions {
    std::string username, displayName, role, office, jurisdiction;
};

class UserCommand
{
public:
    UserCommand(const ServerConfig& config, const Clock& clock, std::istream& passwordInput)
        : config_(config), clock_(clock), passwordInput_(passwordInput)
    {
    }
    int run(const QString& action, const UserOptions& o);

private:
    std::string readPassword();
    const ServerConfig& config_;
    const Clock& clock_;
    std::istream& passwordInput_;
};

} // namespace vitalis::server::cli
