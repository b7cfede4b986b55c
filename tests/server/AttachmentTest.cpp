// Resumable attachment uploads against the real server on both backends: chunks at the
// acknowledged offset survive a restart, re-sent chunks are acknowledged without being stored
// twice, wrong offsets and hash mismatches are clear errors, scope is enforced, and a push that
// references an unfinished attachment is refused (retryable) until the upload is finished.
#include "sync/protocol/AttachmentHash.h"
#include "tests/support/ServerTest.h"

#include <random>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (auto& c : s)
        c = static_cast<char>(rng() & 0xff);
    return s;
}

std::string sha256(const std::string& bytes)
{
    protocol::AttachmentHash h;
    h.update(bytes);
    return h.hex();
}

class Upload
{
public:
    Upload(ServerProcess& server, Session& s, std::string recordId, std::string content)
        : server_(server), s_(s), recordId_(std::move(recordId)), content_(std::move(content)),
          id_(newRecordId())
    {
    }
    const std::string& id() const { return id_; }
    const std::string& content() const { return content_; }
    std::string hash() const { return sha256(content_); }

    HttpResponse start(const std::string& declaredHash = {})
    {
        return s_.post("/api/v1/attachments",
                       {{"attachment_id", id_},
                        {"record_id", recordId_},
                        {"size", content_.size()},
                        {"sha256", declaredHash.empty() ? hash() : declaredHash},
                        {"media_type", "application/pdf"},
                        {"name", "scan.pdf"}});
    }
    HttpResponse put(std::size_t offset, std::size_t length)
    {
        return httpRequest(
            "PUT", server_.url("/api/v1/attachments/" + id_ + "?offset=" + std::to_string(offset)),
            content_.substr(offset, length),
            {{"Authorization", "Bearer " + s_.token()},
             {"Content-Type", "application/octet-stream"}});
    }
    HttpResponse finish() { return s_.post("/api/v1/attachments/" + id_ + "/finish", json()); }
    HttpResponse state() { return s_.get("/api/v1/attachments/" + id_); }
    json ref() const
    {
        return {{"attachmentId", id_},     {"name", "scan.pdf"}, {"mediaType", "application/pdf"},
                {"size", content_.size()}, {"sha256", hash()},   {"documentType", "other"}};
    }

private:
    ServerProcess& server_;
    Session& s_;
    std::string recordId_, content_, id_;
};

} // namespace

class Attachments : public ServerTest
{
};

TEST_P(Attachments, ChunkedUploadResumesAfterRestartAndDownloadsIntact)
{
    auto s = login("agent1");
    const std::string record = newRecordId();
    Upload up(*server, *s, record, randomBytes(150'000, 1));
    auto r = up.start();
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["received"], 0);
    EXPECT_EQ(r.body["complete"], false);
    ASSERT_EQ(up.put(0, 65536).status, 200);
    r = up.put(65536, 65536);
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["received"], 131072);

    // The acknowledged offset is durable: a restarted server resumes there.
    server->stop();
    server->start();
    s->loginOrFail();
    r = up.start();
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["received"], 131072) << "resume from the last acknowledged chunk";

    // A chunk acknowledged before (its answer was lost) is acknowledged again, not stored twice.
    r = up.put(65536, 65536);
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["received"], 131072);
    EXPECT_EQ(r.body["resent_bytes"], 65536);

    // A chunk at any other offset is refused, naming the expected one.
    r = up.put(140'000, 10'000);
    EXPECT_EQ(r.status, 409) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], "upload_offset_mismatch");
    EXPECT_EQ(r.body["error"]["expected_offset"], 131072);

    // Finishing early is refused; finishing a complete upload checks the hash.
    r = up.finish();
    EXPECT_EQ(r.status, 409) << r.raw;
    ASSERT_EQ(up.put(131072, 65536).status, 200);
    r = up.finish();
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["complete"], true);
    EXPECT_EQ(r.body["received"], 150000);

    // The uploader may download it before the record exists; nobody else may yet.
    auto d = s->get("/api/v1/attachments/" + up.id() + "/content");
    ASSERT_EQ(d.status, 200);
    EXPECT_EQ(d.raw, up.content());
    EXPECT_EQ(d.headers["x-content-sha256"], up.hash());
    auto other = login("regagent1");
    EXPECT_EQ(other->get("/api/v1/attachments/" + up.id() + "/content").status, 404);

    // Once the record that references it is declared, the office sees it intact.
    json fields = birthFields();
    fields["documents"] = json::array({up.ref()});
    const auto p = s->push(json::array({createOp(s->nextMutationId(), record, "O1", fields)}));
    ASSERT_EQ(p.status, 200) << p.raw;
    ASSERT_EQ(p.body["results"][0]["status"], "applied") << p.raw;
    d = other->get("/api/v1/attachments/" + up.id() + "/content");
    ASSERT_EQ(d.status, 200) << d.raw.substr(0, 200);
    EXPECT_EQ(sha256(d.raw), up.hash());
    // Another jurisdiction does not.
    auto far = login("regagent2");
    EXPECT_EQ(far->get("/api/v1/attachments/" + up.id() + "/content").status, 404);
}

TEST_P(Attachments, HashMismatchIsRefusedAndTheUploadStartsAgain)
{
    auto s = login("agent1");
    Upload up(*server, *s, newRecordId(), randomBytes(70'000, 2));
    const std::string wrong = sha256("something else");
    ASSERT_EQ(up.start(wrong).status, 200);
    ASSERT_EQ(up.put(0, 65536).status, 200);
    ASSERT_EQ(up.put(65536, 65536).status, 200);
    auto r = up.finish();
    EXPECT_EQ(r.status, 422) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], "attachment_hash_mismatch");
    EXPECT_EQ(r.body["error"]["expected_sha256"], wrong);
    EXPECT_EQ(r.body["error"]["received_sha256"], up.hash());
    EXPECT_NE(r.body["error"]["message"].get<std::string>().find("offset 0"), std::string::npos);
    r = up.state();
    EXPECT_EQ(r.body["received"], 0);
    EXPECT_EQ(r.body["complete"], false);
    // Declared again correctly, it goes through.
    ASSERT_EQ(up.start().status, 200);
    ASSERT_EQ(up.put(0, 70'000).status, 200);
    r = up.finish();
    EXPECT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["complete"], true);
    // A finished attachment cannot be re-declared with other content.
    r = up.start(wrong);
    EXPECT_EQ(r.status, 422) << r.raw;
}

TEST_P(Attachments, BadInputAndScope)
{
    auto s = login("agent1");
    Upload up(*server, *s, newRecordId(), randomBytes(1000, 3));
    auto r = s->post("/api/v1/attachments", {{"attachment_id", up.id()},
                                             {"record_id", newRecordId()},
                                             {"size", 1000},
                                             {"sha256", "XYZ"},
                                             {"media_type", "application/pdf"}});
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_EQ(r.body["error"]["path"], "/sha256");
    r = s->post("/api/v1/attachments", {{"attachment_id", up.id()},
                                        {"record_id", newRecordId()},
                                        {"size", 64LL * 1024 * 1024},
                                        {"sha256", up.hash()},
                                        {"media_type", "application/pdf"}});
    EXPECT_EQ(r.status, 413) << r.raw;
    ASSERT_EQ(up.start().status, 200);
    r = httpRequest("PUT", server->url("/api/v1/attachments/" + up.id()), "abc",
                    {{"Authorization", "Bearer " + s->token()}});
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_EQ(r.body["error"]["path"], "?offset");
    // Another user cannot write into or read someone else's upload.
    auto other = login("agent2");
    Upload theirs(*server, *other, newRecordId(), up.content());
    r = httpRequest("PUT", server->url("/api/v1/attachments/" + up.id() + "?offset=0"), "abc",
                    {{"Authorization", "Bearer " + other->token()}});
    EXPECT_EQ(r.status, 404) << r.raw;
    EXPECT_EQ(other->get("/api/v1/attachments/" + up.id()).status, 404);
    // A record outside the caller's jurisdiction cannot receive documents.
    const std::string foreign = declare(*other, "O2");
    r = s->post("/api/v1/attachments", {{"attachment_id", newRecordId()},
                                        {"record_id", foreign},
                                        {"size", 10},
                                        {"sha256", up.hash()},
                                        {"media_type", "application/pdf"}});
    EXPECT_EQ(r.status, 404) << r.raw;
    // A role without record-writing scopes cannot upload at all.
    auto admin = login("admin1");
    r = admin->post("/api/v1/attachments", {{"attachment_id", newRecordId()},
                                            {"record_id", newRecordId()},
                                            {"size", 10},
                                            {"sha256", up.hash()},
                                            {"media_type", "application/pdf"}});
    EXPECT_EQ(r.status, 403) << r.raw;
}

TEST_P(Attachments, DeclarationWaitsForItsAttachmentsThenAppliesOnce)
{
    auto s = login("agent1");
    const std::string record = newRecordId();
    Upload up(*server, *s, record, randomBytes(100'000, 4));
    ASSERT_EQ(up.start().status, 200);
    ASSERT_EQ(up.put(0, 65536).status, 200);

    json fields = birthFields();
    fields["documents"] = json::array({up.ref()});
    const std::string other = newRecordId();
    const json batch = json::array(
        {createOp(1, other, "O1", birthFields("B")), createOp(2, record, "O1", fields)});
    auto r = s->push(batch);
    EXPECT_EQ(r.status, 409) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], "attachments_incomplete");
    EXPECT_EQ(r.body["error"]["mutation_id"], 2);
    EXPECT_EQ(r.body["error"]["record_id"], record);
    EXPECT_EQ(r.body["error"]["attachments"], json::array({up.id()}));
    // Nothing of the batch was applied, and the watermark did not move.
    EXPECT_EQ(s->get("/api/v1/records/" + other).status, 404);
    EXPECT_EQ(s->get("/api/v1/records/" + record).status, 404);

    ASSERT_EQ(up.put(65536, 65536).status, 200);
    r = s->push(batch);
    EXPECT_EQ(r.status, 409) << "uploaded but not finished: " << r.raw;
    ASSERT_EQ(up.finish().status, 200);
    r = s->push(batch);
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["results"][1]["status"], "applied") << r.raw;
    EXPECT_EQ(r.body["last_mutation_id"], 2);
    // The same batch again: stored answers, applied exactly once.
    const auto again = s->push(batch);
    ASSERT_EQ(again.status, 200) << again.raw;
    EXPECT_EQ(again.body["results"], r.body["results"]);
    const auto h = s->get("/api/v1/records/" + record + "/history");
    EXPECT_EQ(h.body["history"].size(), 1u);
    const auto rec = s->get("/api/v1/records/" + record);
    EXPECT_EQ(rec.body["fields"]["documents"][0]["attachmentId"], up.id());

    // A reference whose hash differs from the finished upload is not accepted either.
    json bad = up.ref();
    bad["sha256"] = sha256("x");
    r = s->push(json::array(
        {changeOp(3, record, "edit", 1, changes({{"documents", json::array({bad})}}))}));
    EXPECT_EQ(r.status, 409) << r.raw;
}

VITALIS_SERVER_BACKENDS(Attachments);
