// A day in the Aldmoor registration office (issue 7): one real server, one laptop per person,
// and the steps of the day as methods, so each story test replays the day up to its own part.
//
//   agent     agent.ald     field agent, offline all morning
//   regagent  regagent.ald  registration agent at the office
//   registrar registrar.ald local registrar (supervisor)
//   outsider  agent.bre     field agent of another district (Brenwick)
#pragma once

#include "tests/support/Office.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace vitalis::test
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

    TestServer& server() { return office_.server(); }
    // The registrar's view of the server, for assertions.
    ServerView& view() { return office_.view("registrar.ald"); }
    CliDevice& agent() { return office_.laptop("agent", "agent.ald"); }
    CliDevice& regagent() { return office_.laptop("regagent", "regagent.ald"); }
    CliDevice& registrar() { return office_.laptop("registrar", "registrar.ald"); }
    std::vector<CliDevice*> officeDevices();

    // Record ids by story name: birth1..birth4 (complete), notified (the incomplete birth),
    // death1, death2.
    const std::string& id(const std::string& name) const;
    std::vector<std::string> allIds() const;
    std::map<std::string, std::string> names; // record id -> story name

    static constexpr const char* kReturnReason = "Mother's national ID number is unreadable";

private:
    Office office_;
    std::map<std::string, std::string> ids_;
};

} // namespace vitalis::test
