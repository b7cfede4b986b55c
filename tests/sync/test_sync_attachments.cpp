// Attachments end to end: the real server process (SQLite data dir; the server suite runs the
// same protocol on PostgreSQL), real encrypted client profiles and the fault proxy. A cut
// upload resumes from the last acknowledged chunk; an op waits, visibly, while its attachment
// is not on the server and is applied exactly once after; a second device gets the file intact.
#include "sync/client/AttachmentLinker.h"
#include "tests/support/CommandRun.h"
#include "tests/support/SyncTest.h"

#include <atomic>
#include <random>
#include <sstream>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

constexpr std::int64_t kChunk = 64 * 1024;

std::vector<std::uint8_t> randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<std::uint8_t> v(n);
    for (auto& b : v)
        b = static_cast<std::uint8_t>(rng() & 0xff);
    return v;
}

class SyncAttachments : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir / "server");
        server = std::make_unique<ServerProcess>(dir / "server");
        server->start();
        proxy = std::make_unique<FaultProxy>(dir, server->port());
    }
    void TearDown() override
    {
        proxy.reset();
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    // maxAttempts 1 through the proxy: a cut fails the run, as on a laptop losing signal.
    std::unique_ptr<TestClient> client(const std::string& name, const std::string& user,
                                       bool viaProxy)
    {
        sync::TransportOptions t;
        if (viaProxy)
            t.transferTimeoutMs = 3000; // a stalled link fails the run in seconds
        auto c = std::make_unique<TestClient>(dir / name, viaProxy ? proxy->url() : server->url(),
                                              t, 0, viaProxy ? 1 : 8);
        c->login(user);
        return c;
    }
    // A declaration whose proof of birth is a real file on this device.
    std::pair<Record, AttachmentInfo> declareWithScan(TestClient& c,
                                                      const std::vector<std::uint8_t>& scan)
    {
        json fields = birthDeclaration(serverClock());
        fields.erase("proof_of_birth");
        // As the desktop and the CLI do it: a draft gets its document, then is declared.
        LocalRecordService records(c.store(), clock);
        Record r =
            records.start(c.actor(), {"birth", "birth", 1, fields, RecordAction::CreateDraft});
        sync::AttachmentLinker linker(c.store(), records, clock);
        auto info = linker.attach(
            c.actor(),
            {r.id, "proof_of_birth", "notification.pdf", "application/pdf", "birth_notification"},
            scan);
        c.act(r.id, RecordAction::Declare);
        return {c.record(r.id), info};
    }
    json serverUpload(TestClient& c, const std::string& id)
    {
        return c.api().get("/api/v1/attachments/" + id);
    }
    bool onServer(TestClient& c, const std::string& recordId)
    {
        try {
            c.serverRecord(recordId);
            return true;
        } catch (const sync::SyncError&) {
            return false;
        }
    }

    fs::path dir;
    SystemClock clock;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<FaultProxy> proxy;
};

} // namespace

TEST_F(SyncAttachments, CutUploadResumesFromLastAcknowledgedChunkAndReachesSecondDevice)
{
    auto a = client("a", "agent.ald", true);
    const auto scan = randomBytes(10 * kChunk + 1234, 7); // 11 chunks
    auto [record, info] = declareWithScan(*a, scan);
    EXPECT_EQ(info.uploadState, "pending");

    // The link dies right after the 4th chunk is acknowledged and stays dead (stalled, so
    // libcurl's own reconnect cannot heal it): the 5th chunk never arrives whole.
    const long long upStart = proxy->stat("up");
    bool cut = false;
    const auto first = a->engine().run({}, [&](const sync::SyncProgress& p) {
        if (!cut && p.phase == "attachments" && p.attachmentBytesSent >= 4 * kChunk) {
            proxy->send("stall on");
            proxy->send("cut_now");
            cut = true;
        }
    });
    proxy->send("reset");
    ASSERT_TRUE(cut);
    ASSERT_FALSE(first.ok) << "the link was cut";
    EXPECT_EQ(first.errorKind, sync::SyncError::Kind::Network) << first.error;
    const auto local = *a->store().attachments().find(info.id);
    EXPECT_EQ(local.uploadState, "pending");
    EXPECT_EQ(local.uploadedBytes, 4 * kChunk) << "the last acknowledged chunk is stored locally";
    EXPECT_FALSE(onServer(*a, record.id)) << "the declaration waits for its scan";

    // The 5th chunk may have reached the server whole with only its answer lost: the server's
    // offset is then one chunk ahead of ours, and the next run continues from the server's.
    const json before = serverUpload(*a, info.id);
    const std::int64_t serverOffset = before["received"];
    EXPECT_GE(serverOffset, local.uploadedBytes);
    EXPECT_LE(serverOffset - local.uploadedBytes, kChunk);
    const long long upBefore = proxy->stat("up");

    const auto second = a->sync();
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(second.attachmentsUploaded, 1);
    const std::int64_t remaining = static_cast<std::int64_t>(scan.size()) - serverOffset;
    EXPECT_EQ(second.attachmentBytesSent, static_cast<std::uint64_t>(remaining))
        << "resumed at the acknowledged offset: nothing before it was sent again";
    // On the wire, over both runs: the file once, plus at most the one chunk that was cut and
    // the requests' overhead (headers, the declare op, pulls).
    const long long upAfter = proxy->stat("up");
    EXPECT_LE(upAfter - upBefore, remaining + 32 * 1024);
    EXPECT_LE(upAfter - upStart, static_cast<long long>(scan.size()) + kChunk + 48 * 1024);
    const json after = serverUpload(*a, info.id);
    EXPECT_EQ(after["complete"], true);
    EXPECT_LE(after["resent_bytes"].get<std::int64_t>(), kChunk);
    EXPECT_EQ(a->store().attachments().find(info.id)->uploadState, "uploaded");

    // Accepted exactly once, referencing the finished upload.
    ASSERT_TRUE(onServer(*a, record.id));
    EXPECT_EQ(a->serverHistory(record.id).size(), 1u);
    const json onServerFields = a->serverRecord(record.id)["fields"];
    EXPECT_EQ(onServerFields["proof_of_birth"][0]["attachmentId"], info.id);
    EXPECT_EQ(onServerFields["proof_of_birth"][0]["sha256"], info.sha256);
    EXPECT_EQ(a->count(OutboxState::Queued), 0);

    // Another device of the office pulls the record and gets the scan, byte for byte.
    auto b = client("b", "regagent.ald", false);
    const auto pulled = b->sync();
    ASSERT_TRUE(pulled.ok) << pulled.error;
    EXPECT_EQ(pulled.attachmentsDownloaded, 1);
    const auto got = b->store().attachments().find(info.id);
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->uploadState, "downloaded");
    EXPECT_EQ(got->recordId, record.id);
    EXPECT_EQ(b->store().attachments().read(info.id), scan);
}

TEST_F(SyncAttachments, CancelledUploadResumesWhereItStopped)
{
    auto a = client("a", "agent.ald", false);
    const auto scan = randomBytes(6 * kChunk, 9);
    auto [record, info] = declareWithScan(*a, scan);
    // As a killed process or a user pressing cancel: the run stops between two chunks.
    std::atomic<bool> cancel{false};
    const auto first = a->engine().run(
        {},
        [&](const sync::SyncProgress& p) {
            if (p.attachmentBytesSent >= 2 * kChunk)
                cancel = true;
        },
        &cancel);
    ASSERT_FALSE(first.ok);
    EXPECT_EQ(first.errorKind, sync::SyncError::Kind::Cancelled) << first.error;
    EXPECT_EQ(a->store().attachments().find(info.id)->uploadedBytes, 2 * kChunk);
    EXPECT_EQ(serverUpload(*a, info.id)["received"], 2 * kChunk);
    EXPECT_FALSE(onServer(*a, record.id));

    // A smaller chunk size next time changes nothing: the offset is the server's.
    sync::SyncOptions o;
    o.attachmentChunkBytes = 16 * 1024;
    const auto second = a->engine().run(o);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(second.attachmentBytesSent, static_cast<std::uint64_t>(4 * kChunk));
    EXPECT_EQ(serverUpload(*a, info.id)["resent_bytes"], 0);
    EXPECT_EQ(a->serverHistory(record.id).size(), 1u);
}

TEST_F(SyncAttachments, OpWaitsWithItsReasonWhileTheServerRefusesTheUploadThenAppliesOnce)
{
    auto a = client("a", "agent.ald", false);
    const Record before = a->notify(notificationFields(1)); // queued ahead: not held back
    const auto scan = randomBytes(3 * kChunk, 8);
    auto [record, info] = declareWithScan(*a, scan);
    const Record after = a->notify(notificationFields(2)); // queued behind: waits in order
    // A wrong local hash makes the server refuse the finished upload.
    a->store()
        .db()
        .cached("UPDATE attachments SET sha256 = ? WHERE id = ?")
        .bind(1, std::string(64, 'a'))
        .bind(2, info.id)
        .run();

    const auto first = a->sync();
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_EQ(first.attachmentsFailed, 1);
    EXPECT_EQ(first.opsWaitingForAttachments, 2);
    const auto att = *a->store().attachments().find(info.id);
    EXPECT_EQ(att.uploadState, "pending");
    EXPECT_NE(att.uploadError.find("attachment_hash_mismatch"), std::string::npos)
        << att.uploadError;
    EXPECT_TRUE(onServer(*a, before.id));
    EXPECT_FALSE(onServer(*a, record.id));
    EXPECT_FALSE(onServer(*a, after.id));
    // The outbox shows why: the waiting op names the attachment and the server's answer.
    bool sawReason = false;
    for (const auto& e : a->store().outbox().forRecord(record.id))
        if (e.recordId == record.id) {
            EXPECT_NE(e.state, OutboxState::Applied);
            EXPECT_NE(e.lastError.find("waiting for attachment 'notification.pdf'"),
                      std::string::npos)
                << e.lastError;
            EXPECT_NE(e.lastError.find("attachment_hash_mismatch"), std::string::npos)
                << e.lastError;
            sawReason = true;
        }
    EXPECT_TRUE(sawReason);

    // Repaired (the hash is computed again from the bytes): everything goes, once.
    a->store()
        .db()
        .cached("UPDATE attachments SET sha256 = '' WHERE id = ?")
        .bind(1, info.id)
        .run();
    const auto second = a->sync();
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(second.attachmentsUploaded, 1);
    EXPECT_EQ(second.opsWaitingForAttachments, 0);
    EXPECT_TRUE(onServer(*a, record.id));
    EXPECT_TRUE(onServer(*a, after.id));
    EXPECT_EQ(a->serverHistory(record.id).size(), 1u);
    EXPECT_EQ(a->count(OutboxState::Queued), 0);
}

// The server is the judge: an op the client thought ready (its attachment marked uploaded, as
// after a server restored from an older backup) is refused as a whole push with the retryable
// attachments_incomplete; the client puts the attachment back in line and nothing is lost.
TEST_F(SyncAttachments, ServerRefusalPutsTheAttachmentBackInLine)
{
    auto a = client("a", "agent.ald", false);
    const auto scan = randomBytes(2 * kChunk + 10, 10);
    auto [record, info] = declareWithScan(*a, scan);
    a->store()
        .db()
        .cached("UPDATE attachments SET upload_state = 'uploaded' WHERE id = ?")
        .bind(1, info.id)
        .run();

    const auto first = a->sync();
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_GE(first.opsWaitingForAttachments, 1);
    EXPECT_FALSE(onServer(*a, record.id));
    const auto att = *a->store().attachments().find(info.id);
    EXPECT_EQ(att.uploadState, "pending") << "uploaded again at the next sync";
    EXPECT_NE(att.uploadError.find("attachments_incomplete"), std::string::npos) << att.uploadError;
    for (const auto& e : a->store().outbox().forRecord(record.id))
        if (e.kind != OpKind::create()) {
            EXPECT_NE(e.lastError.find("attachments_incomplete"), std::string::npos)
                << e.kind.name() << ": " << e.lastError;
        }

    const auto second = a->sync();
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(second.attachmentsUploaded, 1);
    EXPECT_TRUE(onServer(*a, record.id));
    EXPECT_EQ(a->serverHistory(record.id).size(), 1u);
}

// A declaration whose file was deleted from the device before it was uploaded can never be
// accepted: it waits with a reason that says what to do, it does not vanish.
TEST_F(SyncAttachments, OpReferencingAFileGoneFromTheDeviceSaysWhatToDo)
{
    auto a = client("a", "agent.ald", false);
    auto [record, info] = declareWithScan(*a, randomBytes(1000, 12));
    ASSERT_TRUE(a->store().attachments().remove(info.id));
    const auto r = a->sync();
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(onServer(*a, record.id));
    bool told = false;
    for (const auto& e : a->store().outbox().forRecord(record.id))
        if (e.lastError.find("not on this device any more") != std::string::npos &&
            e.lastError.find(info.id) != std::string::npos)
            told = true;
    EXPECT_TRUE(told);
    EXPECT_GE(a->count(OutboxState::WaitingRetry), 1);
}

#ifdef VITALIS_CLI_BIN
// vitalis-cli end to end: attach a file to a draft, declare, show the upload state, sync; a
// second device gets the file. The key lives in a key file (--key-dir) so no keyring is needed.
TEST_F(SyncAttachments, CliAttachShowAndSync)
{
    auto cli = [&](std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), {VITALIS_CLI_BIN, "--profile-dir", (dir / "cli").string(),
                                   "--key-dir", (dir / "cli-keys").string()});
        const CommandRun r = runCommand(args, input);
        EXPECT_EQ(r.code, 0) << args[5] << ": " << r.out << r.err;
        return json::parse(r.out, nullptr, false);
    };
    cli({"profile", "init", "--server", server->url()});
    cli({"login", "--username", "agent.ald"}, "vitalis-demo\n");
    json fields = birthDeclaration(serverClock());
    fields.erase("proof_of_birth");
    std::ofstream(dir / "fields.json") << fields.dump();
    const std::string id = cli({"declare", "--form", "birth", "--draft", "--data",
                                (dir / "fields.json").string(), "--json"})["id"];
    const auto scan = randomBytes(150'000, 11);
    std::ofstream(dir / "notification.pdf", std::ios::binary)
        .write(reinterpret_cast<const char*>(scan.data()),
               static_cast<std::streamsize>(scan.size()));
    const json attached = cli({"attach", id, (dir / "notification.pdf").string(), "--field",
                               "proof_of_birth", "--doc-type", "birth_notification", "--json"});
    EXPECT_EQ(attached["mediaType"], "application/pdf");
    EXPECT_EQ(attached["uploadState"], "pending");
    cli({"action", id, "declare"});
    json shown = cli({"show", id, "--json"});
    ASSERT_EQ(shown["attachments"].size(), 1u) << shown.dump();
    EXPECT_EQ(shown["attachments"][0]["uploadState"], "pending");
    EXPECT_EQ(shown["fields"]["proof_of_birth"][0]["attachmentId"], attached["id"]);

    cli({"sync", "--once"});
    shown = cli({"show", id, "--json"});
    EXPECT_EQ(shown["attachments"][0]["uploadState"], "uploaded") << shown.dump();
    EXPECT_EQ(shown["attachments"][0]["uploadedBytes"], 150'000);

    auto b = client("b", "regagent.ald", false);
    ASSERT_TRUE(b->sync().ok);
    EXPECT_EQ(b->store().attachments().read(attached["id"]), scan);
}
#endif
