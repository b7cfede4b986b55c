// The server's history answer as the History tab reads it (names, device codes, touched
// fields), and which of this device's changes the server does not hold yet.
#include "sync/client/ServerHistory.h"

#include <gtest/gtest.h>

using namespace vitalis;
using nlohmann::json;

TEST(ServerHistory, ParsesNamesDevicesAndTouchedFields)
{
    const json answer = {
        {"record_id", "r1"},
        {"rev", 2},
        {"history", json::array({{{"rev", 1},
                                  {"action", "declare"},
                                  {"user_id", "u1"},
                                  {"user_name", "Field Agent, Aldmoor"},
                                  {"device_id", "d1"},
                                  {"device_code", "K3F9"},
                                  {"mutation_id", 4},
                                  {"server_time", 1000},
                                  {"changes", {{"child_name", {{"old", nullptr}, {"new", "A"}}}}}},
                                 {{"rev", 2}, {"action", "reject"}, {"reason", "photo"}}})}};
    const auto h = sync::parseServerHistory(answer);
    EXPECT_EQ(h.recordId, "r1");
    EXPECT_EQ(h.rev, 2);
    ASSERT_EQ(h.entries.size(), 2u);
    EXPECT_EQ(h.entries[0].userName, "Field Agent, Aldmoor");
    EXPECT_EQ(h.entries[0].deviceCode, "K3F9");
    EXPECT_EQ(h.entries[0].fields, std::vector<std::string>{"child_name"});
    EXPECT_EQ(h.entries[1].reason, "photo");
    EXPECT_TRUE(h.entries[1].userName.empty()) << "an older server: no name, never an error";
    EXPECT_THROW(sync::parseServerHistory(json::array()), sync::SyncError);
}

TEST(ServerHistory, ParsesVoidedRegistrationNumbers)
{
    const json answer = {{"record_id", "r1"},
                         {"rev", 2},
                         {"history", json::array()},
                         {"voided_numbers", json::array({{{"number", "ALD-2026-000457"},
                                                          {"reason", "the number is already used"},
                                                          {"at", 5000},
                                                          {"user_name", "Registrar, Aldmoor"},
                                                          {"device_code", "K3F9"}}})}};
    const auto h = sync::parseServerHistory(answer);
    ASSERT_EQ(h.voidedNumbers.size(), 1u);
    EXPECT_EQ(h.voidedNumbers[0].number, "ALD-2026-000457");
    EXPECT_EQ(h.voidedNumbers[0].reason, "the number is already used");
    EXPECT_EQ(h.voidedNumbers[0].at, 5000);
    EXPECT_EQ(h.voidedNumbers[0].userName, "Registrar, Aldmoor");
    EXPECT_EQ(h.voidedNumbers[0].deviceCode, "K3F9");
    EXPECT_TRUE(sync::parseServerHistory({{"record_id", "r1"}}).voidedNumbers.empty())
        << "an older server: none, never an error";
}

TEST(ServerHistory, OnlyThisDevicesChangesTheServerLacksAreAdded)
{
    sync::ServerHistory server;
    server.entries.push_back({});
    server.entries.back().deviceId = "mine";
    server.entries.back().mutationId = 1;
    server.entries.push_back({});
    server.entries.back().deviceId = "other";
    server.entries.back().mutationId = 2;
    std::vector<sync::TimelineEntry> local(4);
    local[0].mutationId = 1; // confirmed: already in the server's history
    local[1].mutationId = 2; // same number as another device's change: still ours, not there
    local[2].mutationId = 0; // nothing queued (a local draft save)
    local[3].mutationId = 3; // waiting
    const auto extra = sync::notOnServer(server, local, "mine");
    ASSERT_EQ(extra.size(), 2u);
    EXPECT_EQ(extra[0].mutationId, 2);
    EXPECT_EQ(extra[1].mutationId, 3);
}
