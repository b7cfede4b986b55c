// Issue 17, "Must be shown" 1-4: duplicates caught on the laptop and on the server, end to end on
// the real server (SQLite and PostgreSQL) with vitalis-cli laptops. A clerk declaring a birth the
// laptop already holds is warned before anything is saved and may send it with a note that
// reaches the server; two laptops declaring the same birth offline get the second one flagged
// by the server, which refuses to register it (even from a client that ignores the flag) until
// a registrar decides: "duplicate of" archives it, "not a duplicate" lets it be registered, and
// both decisions are in the history every device reads. Twins and common names are not flagged.
#include "core/TrackingId.h"
#include "tests/support/Fixtures.h"
#include "tests/support/Office.h"
#include "tests/support/TempDir.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

class Duplicates : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir("e2e-duplicates-" + test::backendName(GetParam()));
        office = std::make_unique<Office>(GetParam(), dir);
    }
    void TearDown() override
    {
        if (HasFailure() && office)
            std::fprintf(stderr, "server log:\n%s\n(files kept in %s)\n",
                         office->server().log().c_str(), dir.c_str());
        office.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }

    CliDevice& agent() { return office->laptop("agent", "agent.ald"); }
    CliDevice& regagent() { return office->laptop("regagent", "regagent.ald"); }
    CliDevice& registrar() { return office->laptop("registrar", "registrar.ald"); }
    ServerView& view() { return office->view("registrar.ald"); }

    // `vitalis-cli declare` as a clerk types it, exit code and all.
    CommandRun declareRun(CliDevice& d, const json& fields, std::vector<std::string> extra = {})
    {
        const fs::path data = dir / ("declare-" + std::to_string(++files) + ".json");
        std::ofstream(data) << fields.dump();
        std::vector<std::string> args = {"declare", "--form", "birth", "--data", data.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return d.run(args);
    }
    json verdict(const std::string& id)
    {
        const auto r = view().get("/api/v1/records/" + id + "/duplicates");
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body;
    }
    std::string trackingOf(const std::string& id)
    {
        return view().record(id)["tracking_id"].get<std::string>();
    }
    static json entry(const json& history, const std::string& action)
    {
        for (const auto& e : history)
            if (e["action"] == action)
                return e;
        return json();
    }
    // Two laptops declare the same birth without a connection; the agent's syncs first.
    void declaredTwiceOffline()
    {
        first = agent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
        second = regagent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
        agent().sync();
        regagent().sync();
        registrar().sync();
    }

    fs::path dir;
    std::unique_ptr<Office> office;
    int files = 0;
    std::string first, second;
};

TEST_P(Duplicates, DeclaringWhatTheLaptopHoldsIsWarnedAndTheFlagReachesTheServer)
{
    const std::string original = agent().declare("birth", birthDeclaration(serverClock()));
    agent().sync();
    const std::size_t before = agent().list().size();
    const std::string shown =
        tracking_id::display(agent().show(original)["trackingId"].get<std::string>());

    // Offline: the laptop finds it among its own records and saves nothing.
    const CommandRun warned = declareRun(agent(), birthDeclaration(serverClock()));
    EXPECT_EQ(warned.code, 3) << warned.describe();
    EXPECT_NE(warned.err.find("possible duplicate of " + shown + " (Amina Banda, born " +
                              isoDaysBefore(serverClock(), 3) + ", mother Ruth Banda)"),
              std::string::npos)
        << warned.describe();
    EXPECT_NE(warned.err.find("--despite-duplicate"), std::string::npos) << warned.describe();
    EXPECT_EQ(agent().list().size(), before) << "nothing saved";

    // The clerk sends it anyway with a note; the warning travels in the op.
    const CommandRun sent = declareRun(agent(), birthDeclaration(serverClock()),
                                       {"--despite-duplicate", "the mother insists", "--json"});
    ASSERT_EQ(sent.code, 0) << sent.describe();
    const std::string id = sent.asJson()["id"];
    agent().sync();
    const json v = verdict(id);
    EXPECT_EQ(v["status"], "open") << v.dump();
    ASSERT_EQ(v["device_candidates"].size(), 1u) << v.dump();
    EXPECT_EQ(v["device_candidates"][0], trackingOf(original));
    EXPECT_EQ(v["device_note"], "the mother insists");
    ASSERT_FALSE(v["candidates"].empty()) << "the server found it too: " << v.dump();
    EXPECT_EQ(v["candidates"][0]["record_id"], original);
}

TEST_P(Duplicates, TheSecondOfTwoOfflineDeclarationsIsFlaggedAndDuplicateOfArchivesIt)
{
    declaredTwiceOffline();
    EXPECT_EQ(verdict(first)["status"], "none") << "the first to arrive is the original";
    const json v = verdict(second);
    ASSERT_EQ(v["status"], "open") << v.dump();
    ASSERT_EQ(v["candidates"].size(), 1u) << v.dump();
    const json c = v["candidates"][0];
    EXPECT_EQ(c["record_id"], first);
    EXPECT_GE(c["score"].get<double>(), v["threshold"].get<double>());
    EXPECT_NE(c["matched_fields"].dump().find("child_name"), std::string::npos) << c.dump();
    EXPECT_EQ(c["record"]["fields"]["child_name"]["first"], "Amina") << "shown side by side";

    // The registrar's laptop lists it and shows the candidate with score and fields.
    const json queue = registrar().ok({"duplicates", "list"});
    ASSERT_EQ(queue["duplicates"].size(), 1u) << queue.dump();
    EXPECT_EQ(queue["duplicates"][0]["record_id"], second);
    const CommandRun text = registrar().run({"duplicates", second});
    EXPECT_EQ(text.code, 0) << text.describe();
    EXPECT_NE(text.out.find("possible duplicate of " + tracking_id::display(trackingOf(first)) +
                            " (Amina Banda, born"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("matching"), std::string::npos) << text.out;

    const CommandRun noReason = registrar().run({"duplicates", "of", second, first});
    EXPECT_EQ(noReason.code, 1) << "a reason is required: " << noReason.describe();
    registrar().ok({"duplicates", "of", second, first, "--reason", "declared twice"});
    registrar().sync();
    EXPECT_EQ(view().record(second)["status"], "archived");
    const json decided = verdict(second);
    EXPECT_EQ(decided["status"], "duplicate") << decided.dump();
    EXPECT_EQ(decided["original_id"], first);
    EXPECT_EQ(view().record(first)["status"], "declared") << "the original stays";

    // In the history every device that may see archived records reads (a field agent's
    // scope leaves archived records out).
    for (CliDevice* d : {&regagent(), &registrar()}) {
        d->sync();
        const json h = d->ok({"history", second, "--from-server"});
        const json e = entry(h, "mark_duplicate");
        ASSERT_FALSE(e.is_null()) << d->name() << ": " << h.dump();
        EXPECT_NE(e["reason"].get<std::string>().find("declared twice"), std::string::npos);
        EXPECT_NE(e["reason"].get<std::string>().find(tracking_id::display(trackingOf(first))),
                  std::string::npos)
            << "the link to the original: " << e.dump();
        EXPECT_EQ(d->show(second)["status"], "archived") << d->name();
    }
}

TEST_P(Duplicates, RegisterIsRefusedUntilDecidedAndNotADuplicateLetsItBeRegistered)
{
    declaredTwiceOffline();
    ASSERT_EQ(verdict(second)["status"], "open");

    // An old client that knows nothing of flags pushes register directly.
    const json rec = view().record(second);
    const json registerOp = {{"record_id", second},
                             {"action", "register"},
                             {"base_rev", rec["rev"]},
                             {"form_id", rec["form_id"]},
                             {"form_version", rec["form_version"]}};
    const json refused = view().pushOne(registerOp);
    ASSERT_EQ(refused["status"], "rejected") << refused.dump();
    EXPECT_EQ(refused["errors"][0]["code"], "possible_duplicate");
    const std::string why = refused["errors"][0]["message"];
    EXPECT_NE(why.find("possible duplicate of " + tracking_id::display(trackingOf(first))),
              std::string::npos)
        << why;
    EXPECT_EQ(view().record(second)["status"], "declared");
    // A decision naming the record itself is refused with the path of what is wrong.
    json selfOp = registerOp;
    selfOp["action"] = "mark_not_duplicate";
    selfOp["reason"] = "checked";
    selfOp["not_duplicate_of"] = {second};
    const json selfRefused = view().pushOne(selfOp);
    ASSERT_EQ(selfRefused["status"], "rejected") << selfRefused.dump();
    EXPECT_EQ(selfRefused["errors"][0]["code"], "invalid_duplicate_of") << selfRefused.dump();
    EXPECT_EQ(selfRefused["errors"][0]["field"], "/not_duplicate_of/0") << selfRefused.dump();
    EXPECT_EQ(verdict(second)["status"], "open");

    // The laptop holds both records: it refuses the registration itself, naming the candidate
    // and how to decide, and queues nothing.
    const std::size_t queued = registrar().outbox().size();
    const CommandRun onLaptop = registrar().run({"action", second, "register"});
    EXPECT_EQ(onLaptop.code, 3) << onLaptop.describe();
    EXPECT_NE(onLaptop.err.find("possible duplicate of " + tracking_id::display(trackingOf(first))),
              std::string::npos)
        << onLaptop.describe();
    EXPECT_NE(onLaptop.err.find("duplicates not-duplicate"), std::string::npos)
        << onLaptop.describe();
    EXPECT_EQ(registrar().outbox().size(), queued);
    EXPECT_EQ(registrar().show(second)["status"], "declared");

    registrar().ok({"duplicates", "not-duplicate", second, "--reason", "twins, checked at home"});
    registrar().sync();
    EXPECT_EQ(verdict(second)["status"], "not_duplicate");
    registrar().ok({"action", second, "register"});
    registrar().sync();
    const json registered = view().record(second);
    EXPECT_EQ(registered["status"], "registered") << registered.dump();
    EXPECT_EQ(verdict(second)["status"], "not_duplicate") << "the decision holds at register";
    // The original looks like the copy as much: the pair is settled for it too, on the laptop
    // and on the server.
    registrar().ok({"action", first, "register"});
    registrar().sync();
    EXPECT_EQ(view().record(first)["status"], "registered");
    EXPECT_NE(verdict(first)["status"], "open") << verdict(first).dump();

    for (CliDevice* d : {&agent(), &regagent(), &registrar()}) {
        d->sync();
        const json e = entry(d->ok({"history", second, "--from-server"}), "mark_not_duplicate");
        ASSERT_FALSE(e.is_null()) << d->name();
        EXPECT_EQ(e["reason"], "twins, checked at home");
    }
}

TEST_P(Duplicates, ValidateOnALaptopWarnsUntilAPersonDecidesAndTheDecisionReachesOtherLaptops)
{
    declaredTwiceOffline();
    regagent().sync(); // it holds both declarations now
    const std::string firstShown = tracking_id::display(trackingOf(first));

    // Validate is checked on the laptop like declare: warned, nothing queued.
    const std::size_t queued = regagent().outbox().size();
    const CommandRun warned = regagent().run({"action", second, "validate"});
    EXPECT_EQ(warned.code, 3) << warned.describe();
    EXPECT_NE(warned.err.find("possible duplicate of " + firstShown), std::string::npos)
        << warned.describe();
    EXPECT_EQ(regagent().outbox().size(), queued);
    EXPECT_EQ(regagent().show(second)["status"], "declared");

    // The registrar decides on another laptop; the decision reaches this one with the pull and
    // settles the pair both ways: neither record warns any more.
    // Decided on the original: the copy's flag closes at once (it leaves every queue).
    registrar().ok({"duplicates", "not-duplicate", first, "--reason", "twins, seen at home"});
    registrar().sync();
    EXPECT_EQ(verdict(second)["status"], "not_duplicate") << verdict(second).dump();
    EXPECT_TRUE(registrar().ok({"duplicates", "list"})["duplicates"].empty());
    regagent().sync();
    EXPECT_EQ(regagent().show(first)["notDuplicateOf"], json::array({second}))
        << "the pull brought the decision";
    regagent().ok({"action", second, "validate"});
    regagent().ok({"action", first, "validate"});
    regagent().sync();
    EXPECT_EQ(view().record(second)["status"], "validated");
    EXPECT_EQ(view().record(first)["status"], "validated");
    EXPECT_EQ(verdict(first)["status"], "not_duplicate");
    EXPECT_EQ(verdict(second)["status"], "not_duplicate") << "the server settles it both ways";

    // A sent-anyway validation carries the clerk's note to the server.
    const CommandRun declared =
        declareRun(agent(), birthDeclaration(serverClock(), "Amina", "Banda"),
                   {"--despite-duplicate", "the mother insists", "--json"});
    ASSERT_EQ(declared.code, 0) << declared.describe();
    const std::string third = declared.asJson()["id"];
    agent().sync();
    regagent().sync();
    const CommandRun despite = regagent().run(
        {"action", third, "validate", "--despite-duplicate", "a third child? asked the office"});
    EXPECT_EQ(despite.code, 0) << despite.describe();
    regagent().sync();
    const json v = verdict(third);
    EXPECT_EQ(v["device_note"], "a third child? asked the office") << v.dump();
    EXPECT_EQ(v["status"], "open") << v.dump();
}

TEST_P(Duplicates, TwinsAndACommonNameWithAnotherMotherAreNotFlagged)
{
    agent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
    // Twins: same mother, same day, another name. Declared on the same laptop: no warning.
    const std::string twin =
        agent().declare("birth", birthDeclaration(serverClock(), "Grace", "Banda"));
    // The same common name, another mother, born months apart.
    json other = birthDeclaration(serverClock(), "Amina", "Banda");
    other["child_birth_date"] = isoDaysBefore(serverClock(), 200);
    other["mother_name"] = {{"first", "Esther"}, {"family", "Phiri"}};
    other["mother_birth_date"] = "1989-07-14";
    other["mother_national_id"] = nationalIdFor("Esther Phiri");
    const std::string common = agent().declare("birth", other);
    const json r = agent().sync();
    EXPECT_EQ(r.value("rejected", -1), 0) << r.dump();
    EXPECT_EQ(verdict(twin)["status"], "none") << verdict(twin).dump();
    EXPECT_EQ(verdict(common)["status"], "none") << verdict(common).dump();
}

// Records stored before the rules that catch them (an upgrade to a server with the check, or
// rules changed by the ministry) are indexed once at the next start: a later declaration of the
// same birth is flagged against them, and a start with the same rules indexes nothing again.
// A notification (a hospital's, or a laptop's "notify") of a birth already declared is checked
// when it arrives, like a declaration: one birth, whichever came first.
TEST_P(Duplicates, ANotificationOfABirthAlreadyDeclaredIsFlaggedOnArrival)
{
    first = agent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
    agent().sync();
    second = regagent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"), true);
    regagent().sync();
    EXPECT_EQ(view().record(second)["status"], "notified");
    const json v = verdict(second);
    ASSERT_EQ(v["status"], "open") << v.dump();
    ASSERT_EQ(v["candidates"].size(), 1u) << v.dump();
    EXPECT_EQ(v["candidates"][0]["record_id"], first);
    // A notification of another child is not.
    const std::string other =
        regagent().declare("birth", birthDeclaration(serverClock(), "Chipo", "Mwale"), true);
    regagent().sync();
    EXPECT_NE(verdict(other)["status"], "open") << verdict(other).dump();
}

TEST_P(Duplicates, RecordsStoredBeforeTheRulesAreIndexedAtTheNextStart)
{
    const fs::path noRules = dir / "no-rules";
    fs::create_directories(noRules);
    auto& process = office->server().process();
    process.stop();
    process.useExtraArgs({QStringLiteral("--dedup-rules"), QString::fromStdString(noRules)});
    process.restart();
    first = agent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
    agent().sync();

    process.stop();
    process.useExtraArgs({}); // the shipped rules
    process.restart();
    EXPECT_NE(process.output().find("duplicate check: "), std::string::npos) << process.output();
    second = regagent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
    regagent().sync();
    const json v = verdict(second);
    ASSERT_EQ(v["status"], "open") << v.dump();
    ASSERT_EQ(v["candidates"].size(), 1u) << v.dump();
    EXPECT_EQ(v["candidates"][0]["record_id"], first);

    const auto countIndexed = [&] {
        std::size_t n = 0;
        for (std::size_t at = 0;
             (at = process.output().find("duplicate check: ", at)) != std::string::npos; ++at)
            ++n;
        return n;
    };
    const std::size_t before = countIndexed();
    process.stop();
    process.restart();
    EXPECT_EQ(countIndexed(), before) << "the same rules: nothing indexed again";
}

INSTANTIATE_TEST_SUITE_P(Backends, Duplicates,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         vitalis::test::BackendName());

} // namespace
