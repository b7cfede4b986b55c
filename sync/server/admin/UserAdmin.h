// The operator's user commands (vitalis-server user ...): add, reset a password, disable,
// enable, unlock, reset the second factor. Each is audited and takes effect at once: a
// disabled user's sessions are revoked.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"

#include <string>

namespace vitalis::server
{

struct NewUser {
    std::string username;
    std::string displayName;
    std::string role;
    std::string officeId;
    std::string jurisdictionId; // empty: the office's location
    std::string password;
};

class UserAdmin
{
public:
    UserAdmin(Db& db, const Clock& clock) : db_(db), clock_(clock) {}
    std::string add(const NewUser& user); // returns the new user id; throws std::invalid_argument
    void resetPassword(const std::string& username, const std::string& password);
    void setDisabled(const std::string& username, bool disabled);
    // Moves a user to another office and/or jurisdiction. Sessions stay valid: every request
    // reads the user's current scope, so their devices' next pull swaps the records over.
    void move(const std::string& username, const std::string& officeId,
              const std::string& jurisdictionId);
    void unlock(const std::string& username);
    void resetTotp(const std::string& username);

private:
    std::string idOf(const std::string& username);
    void revokeSessions(const std::string& userId);

    Db& db_;
    const Clock& clock_;
};

} // namespace vitalis::server
