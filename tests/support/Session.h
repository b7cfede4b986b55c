// A device signed in to the real server over HTTP: login, push and pull in the wire format,
// with its own mutation counter like a client outbox.
#pragma once

#include "tests/support/HttpRequest.h"
#include "tests/support/Seed.h"

#include <cstdint>
#include <map>
#include <string>

namespace vitalis::test
{

using nlohmann::json;
class ServerProcess;

class Session
{
public:
    Session(ServerProcess& server, std::string username, std::string deviceId = {},
            std::string password = kPassword);
    HttpResponse login(const std::string& totp = {});
    void loginOrFail();

    HttpResponse push(const json& ops);
    HttpResponse pull(const std::string& cursor = {}, int limit = 500);
    HttpResponse get(const std::string& path);
    HttpResponse post(const std::string& path, const json& body);

    std::int64_t nextMutationId() { return ++lastMutation_; }
    void setLastMutationId(std::int64_t id) { lastMutation_ = id; }
    const std::string& token() const { return token_; }
    const std::string& userId() const { return userId_; }
    const std::string& deviceId() const { return deviceId_; }
    const std::string& username() const { return username_; }
    const json& loginBody() const { return loginBody_; }

    // Pulls every page; returns record id -> latest upsert (removed ids map to null).
    std::map<std::string, json> pullAll(std::string* cursor = nullptr, int limit = 500);

private:
    ServerProcess& server_;
    std::string username_;
    std::string deviceId_;
    std::string password_;
    std::string token_;
    std::string userId_;
    json loginBody_;
    std::int64_t lastMutation_ = 0;
};

} // namespace vitalis::test
