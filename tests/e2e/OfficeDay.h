// A day in the Aldmoor registration office (issue 7): one real server, one laptop per person,
// and the steps of the day as methods, so each story test replays the day up to its own part.
//
//   agent     agent.ald     field agent, offline all morning
//   regagent  regagent.ald  registration agent at the office
//   registrar registrar.ald local registrar (supervisor)
//   outsider  agent.bre     field agent of another district (Brenwick)
#pragma once

#include "tests/e2e/CliDevice.h"
#include "tests/e2e/E2eServer.h"
#include "tests/e2e/ServerView.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace vitalis::e2e
{

class OfficeDay
{
public:
    OfficeDay(Backend backend, const std::filesystem::path& dir);
    ~OfficeDay();

    // Story 1: five births (one an incomplete notification) and two deaths, declared offline.
    void morningOffline();
    // Story 1: the connection returns; the field agent's laptop syncs.
    void noonSync();
    // Story 2: validate four, register three in one push, send one back with a reason.
    void officeReview();
    // Story 3: the field agent fixes the returned one offline and re-declares; it is registered.
    void fixReturned();
    // Story 4: agent and registration agent edit the same records offline; one merges, one
    // conflicts and the registrar resolves it.
    void concurrentEdits();
    // Every laptop syncs until nothing moves.
    void everyoneSyncs();

    E2eServer& server() { return *server_; }
    ServerView& view(); // the registrar's view of the server, for assertions
    CliDevice& agent() { return *agent_; }
    CliDevice& regagent() { return *regagent_; }
    CliDevice& registrar() { return *registrar_; }
    std::vector<CliDevice*> officeDevices();

    // Record ids by story name: birth1..birth4 (complete), notified (the incomplete birth),
    // death1, death2.
    const std::string& id(const std::string& name) const;
    std::vector<std::string> allIds() const;
    std::map<std::string, std::string> names; // record id -> story name

    static constexpr const char* kReturnReason = "Mother's national ID number is unreadable";

private:
    std::unique_ptr<E2eServer> server_;
    std::unique_ptr<ServerView> view_;
    std::unique_ptr<CliDevice> agent_, regagent_, registrar_;
    std::map<std::string, std::string> ids_;
};

} // namespace vitalis::e2e
