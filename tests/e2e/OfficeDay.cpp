#include "tests/e2e/OfficeDay.h"

#include "tests/support/Fixtures.h"

#include <gtest/gtest.h>

namespace vitalis::test
{

namespace fs = std::filesystem;

namespace
{

// The outbox entries of one record, newest first.
std::vector<json> opsOf(const json& outbox, const std::string& recordId)
{
    std::vector<json> out;
    for (const auto& e : outbox)
        if (e["record"] == recordId)
            out.push_back(e);
    return out;
}

} // namespace

OfficeDay::OfficeDay(Backend backend, const fs::path& dir) : office_(backend, dir)
{
    agent();
    regagent();
    registrar(); // the three laptops are enrolled before the day starts
}

OfficeDay::~OfficeDay() = default;

std::vector<CliDevice*> OfficeDay::officeDevices()
{
    return {&agent(), &regagent(), &registrar()};
}

const std::string& OfficeDay::id(const std::string& name) const
{
    const auto it = ids_.find(name);
    if (it == ids_.end())
        throw std::logic_error("no record '" + name + "' yet in this day");
    return it->second;
}

std::vector<std::string> OfficeDay::allIds() const
{
    std::vector<std::string> out;
    for (const auto& [name, id] : ids_)
        out.push_back(id);
    return out;
}

void OfficeDay::morningOffline()
{
    const auto keep = [this](const std::string& name, const std::string& id) {
        ASSERT_FALSE(id.empty()) << name << " was not saved";
        ids_[name] = id;
        names[id] = name;
    };
    keep("birth1", agent().declare("birth", birthDeclaration(serverClock(), "Amara", "Okafor")));
    keep("birth2", agent().declare("birth", birthDeclaration(serverClock(), "Bisi", "Mensah")));
    keep("birth3", agent().declare("birth", birthDeclaration(serverClock(), "Chipo", "Banda")));
    keep("birth4", agent().declare("birth", birthDeclaration(serverClock(), "Dalia", "Phiri")));
    keep("notified",
         agent().declare("birth", birthNotification(serverClock(), "Emeka", "Zulu"), true));
    keep("death1", agent().declare("death", deathDeclaration(serverClock(), "Samuel", "Mwale")));
    keep("death2", agent().declare("death", deathDeclaration(serverClock(), "Tomas", "Lungu")));
}

void OfficeDay::noonSync()
{
    const json r = agent().sync();
    EXPECT_EQ(r.value("applied", -1), 7) << r.dump();
    EXPECT_EQ(r.value("rejected", -1), 0) << r.dump();
}

void OfficeDay::officeReview()
{
    regagent().sync();
    for (const char* name : {"birth1", "birth2", "birth3", "death1"})
        regagent().ok({"action", id(name), "validate"});
    const json validated = regagent().sync();
    EXPECT_EQ(validated.value("applied", -1), 4) << validated.dump();

    // The supervisor works through the validated queue, then sends everything in one push.
    registrar().sync();
    const json queue = registrar().list("validated");
    EXPECT_EQ(queue.size(), 4u) << queue.dump();
    for (const char* name : {"birth1", "birth2", "death1"})
        registrar().ok({"action", id(name), "register"});
    registrar().ok({"action", id("birth3"), "reject", "--reason", kReturnReason});
    const json pushed = registrar().sync();
    EXPECT_EQ(pushed.value("opsSent", -1), 4) << pushed.dump();
    EXPECT_EQ(pushed.value("applied", -1), 4) << pushed.dump();
}

void OfficeDay::fixReturned()
{
    agent().sync();
    const std::string& b3 = id("birth3");
    // Offline again: the fix and the re-declaration wait in the outbox.
    // --set values are JSON when they parse as JSON: an ID made of digits needs its quotes.
    agent().ok({"edit", b3, "--set", "mother_national_id=\"6109080702\""});
    const json redeclared = agent().ok({"action", b3, "declare"});
    EXPECT_EQ(redeclared["status"], "declared") << redeclared.dump();
    const auto waiting = opsOf(agent().outbox(), b3);
    ASSERT_GE(waiting.size(), 2u);
    EXPECT_EQ(waiting[0]["state"], "queued") << waiting[0].dump();
    EXPECT_EQ(waiting[1]["state"], "queued") << waiting[1].dump();
    const json sent = agent().sync();
    EXPECT_EQ(sent.value("rejected", -1), 0) << sent.dump();
    EXPECT_EQ(sent.value("conflicts", -1), 0) << sent.dump();

    registrar().sync();
    EXPECT_EQ(registrar().show(b3)["status"], "declared");
    registrar().ok({"action", b3, "register"});
    const json registered = registrar().sync();
    EXPECT_EQ(registered.value("applied", -1), 1) << registered.dump();
}

void OfficeDay::concurrentEdits()
{
    agent().sync();
    regagent().sync();
    const std::string &b4 = id("birth4"), &d2 = id("death2");
    // Both laptops offline: different fields of birth4, the same field of death2.
    agent().ok({"edit", b4, "--set", "contact_phone=+260971111111"});
    agent().ok({"edit", d2, "--set", "death_time=10:15"});
    regagent().ok({"edit", b4, "--set", "weight_at_birth=3.4"});
    regagent().ok({"edit", d2, "--set", "death_time=11:40"});

    const json first = regagent().sync();
    EXPECT_EQ(first.value("applied", -1), 2) << first.dump();
    const json second = agent().sync();
    EXPECT_EQ(second.value("merged", -1), 1) << "birth4 merges silently: " << second.dump();
    EXPECT_EQ(second.value("conflicts", -1), 1) << "death2 is a conflict: " << second.dump();

    // The supervisor sees the conflict (both values) and keeps the field agent's time.
    registrar().sync();
    const json open = registrar().conflicts();
    ASSERT_EQ(open.size(), 1u) << open.dump();
    EXPECT_EQ(open[0]["recordId"], d2);
    EXPECT_EQ(open[0]["field"], "death_time");
    EXPECT_EQ(open[0]["mine"], "11:40") << "the registrar's laptop shows the server's value";
    EXPECT_EQ(open[0]["theirs"], "10:15");
    registrar().ok({"resolve", d2, "--field", "death_time=theirs"});
    const json resolved = registrar().sync();
    EXPECT_EQ(resolved.value("applied", -1), 1) << resolved.dump();
}

void OfficeDay::everyoneSyncs()
{
    for (int round = 0; round < 2; ++round)
        for (CliDevice* d : officeDevices()) {
            const json r = d->sync();
            EXPECT_TRUE(r.value("ok", false)) << d->name() << ": " << r.dump();
        }
}

} // namespace vitalis::test
