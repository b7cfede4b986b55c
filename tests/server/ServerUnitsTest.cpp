// Server building blocks without a process: TOTP against the RFC 6238 vectors, base32,
// the three-way merge decision, pull cursors, database URLs, gzip and registration numbers.
#include "sync/server/auth/Secrets.h"
#include "sync/server/auth/Totp.h"
#include "sync/server/db/DatabaseUrl.h"
#include "sync/server/dedup/CommonKeys.h"
#include "sync/server/http/Gzip.h"
#include "sync/server/sync/ConflictDetector.h"
#include "sync/server/sync/PullCursor.h"
#include "sync/server/sync/RegistrationNumberAllocator.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::server;
using nlohmann::json;

TEST(Totp, Rfc6238TestVectors)
{
    // RFC 6238 appendix B: 8 digits, 30 s steps, seeds of 20/32/64 bytes.
    const QByteArray sha1Seed("12345678901234567890");
    const QByteArray sha256Seed("12345678901234567890123456789012");
    const QByteArray sha512Seed("1234567890123456789012345678901234567890123456789012345678901234");
    struct Vector {
        std::int64_t time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    const Vector vectors[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const auto& v : vectors) {
        SCOPED_TRACE(v.time);
        EXPECT_EQ(Totp::code(sha1Seed, v.time, {TotpAlgorithm::Sha1, 8, 30}),
                  QString::fromLatin1(v.sha1));
        EXPECT_EQ(Totp::code(sha256Seed, v.time, {TotpAlgorithm::Sha256, 8, 30}),
                  QString::fromLatin1(v.sha256));
        EXPECT_EQ(Totp::code(sha512Seed, v.time, {TotpAlgorithm::Sha512, 8, 30}),
                  QString::fromLatin1(v.sha512));
    }
}

TEST(Totp, VerifyAcceptsOneStepOfDriftAndNothingElse)
{
    const QByteArray secret("12345678901234567890");
    const std::int64_t now = 1700000000;
    EXPECT_EQ(Totp::verify(secret, Totp::code(secret, now), now), now / 30);
    EXPECT_EQ(Totp::verify(secret, Totp::code(secret, now - 30), now), now / 30 - 1);
    EXPECT_EQ(Totp::verify(secret, Totp::code(secret, now + 30), now), now / 30 + 1);
    EXPECT_FALSE(Totp::verify(secret, Totp::code(secret, now - 90), now));
    EXPECT_FALSE(Totp::verify(secret, QStringLiteral("12345"), now));
}

TEST(Totp, Base32AndOtpauthUri)
{
    // RFC 4648 section 10 vectors (without padding).
    EXPECT_EQ(Totp::base32Encode("foobar"), QStringLiteral("MZXW6YTBOI"));
    EXPECT_EQ(Totp::base32Encode("f"), QStringLiteral("MY"));
    EXPECT_EQ(Totp::base32Decode(QStringLiteral("mzxw6ytboi======")), QByteArray("foobar"));
    EXPECT_FALSE(Totp::base32Decode(QStringLiteral("MZ1W")).has_value());
    const QByteArray secret = QByteArray::fromStdString(randomBytes(20));
    EXPECT_EQ(Totp::base32Decode(Totp::base32Encode(secret)), secret);
    const QString uri =
        Totp::otpauthUri(QStringLiteral("Vitalis"), QStringLiteral("ana"), "foobar");
    EXPECT_TRUE(uri.startsWith(u"otpauth://totp/Vitalis:ana?secret=MZXW6YTBOI&issuer=Vitalis"))
        << uri.toStdString();
}

namespace
{
ServerChange change(std::int64_t rev, const std::string& user, const std::string& device,
                    json fields, std::string from = "declared", std::string to = "declared")
{
    ServerChange c;
    c.rev = rev;
    c.userId = user;
    c.deviceId = device;
    c.at = 1000 + rev;
    c.changes = std::move(fields);
    c.statusFrom = std::move(from);
    c.statusTo = std::move(to);
    return c;
}
} // namespace

TEST(ConflictDetector, DecidesApplyMergeAndConflictPerField)
{
    const json current = {{"a", "A2"}, {"b", "B1"}, {"c", "C2"}};
    const json meta = {{"a", {{"rev", 2}, {"by", "u2"}, {"at", 1002}}},
                       {"c", {{"rev", 3}, {"by", "u2"}, {"at", 1003}}}};
    const std::vector<ServerChange> since = {change(2, "u2", "d2", {{"a", {"A1", "A2"}}}),
                                             change(3, "u2", "d2", {{"c", {"C1", "C2"}}})};
    auto decide = [&](std::map<std::string, protocol::FieldChange> ch, bool workflow = false,
                      std::vector<ServerChange> s = {}) {
        return decideMerge(
            MergeInput{current, meta, "declared", s.empty() ? since : s, "u1", "d1", workflow, ch});
    };
    // Disjoint: merged, with the server values the op did not touch.
    auto d = decide({{"b", {"B1", "B9"}}});
    EXPECT_EQ(d.kind, MergeDecision::Kind::Merge);
    EXPECT_EQ(d.merged, json({{"a", "A2"}, {"c", "C2"}}));
    // Same field, same value: nothing to decide, but c is still news -> merge.
    d = decide({{"a", {"A1", "A2"}}});
    EXPECT_EQ(d.kind, MergeDecision::Kind::Merge);
    EXPECT_EQ(d.merged, json({{"c", "C2"}}));
    // Same field, different value: conflict with base, mine, theirs, who, when.
    d = decide({{"a", {"A1", "A9"}}, {"b", {"B1", "B9"}}});
    ASSERT_EQ(d.kind, MergeDecision::Kind::Conflict);
    ASSERT_EQ(d.conflicts.size(), 1u);
    EXPECT_EQ(d.conflicts[0].field, "a");
    EXPECT_EQ(d.conflicts[0].base, "A1");
    EXPECT_EQ(d.conflicts[0].mine, "A9");
    EXPECT_EQ(d.conflicts[0].theirs, "A2");
    EXPECT_EQ(d.conflicts[0].changedBy, "u2");
    EXPECT_EQ(d.conflicts[0].changedRev, 2);
    // A workflow action on a record others changed: conflict, even with no field changes.
    d = decide({}, true);
    EXPECT_EQ(d.kind, MergeDecision::Kind::Conflict);
    EXPECT_EQ(d.conflicts.size(), 2u);
    // Changes by the op's own device are not "theirs".
    d = decide({{"a", {"A1", "A9"}}}, true, {change(2, "u1", "d1", {{"a", {"A1", "A2"}}})});
    EXPECT_EQ(d.kind, MergeDecision::Kind::Apply);
    // Someone else's status change shows up as the $status pseudo-field.
    d = decide({}, true, {change(2, "u2", "d2", json::object(), "declared", "validated")});
    ASSERT_EQ(d.kind, MergeDecision::Kind::Conflict);
    EXPECT_EQ(d.conflicts.back().field, kStatusField);
    EXPECT_EQ(d.conflicts.back().theirs, "declared"); // current status passed in
    // An entry that changed no value and no status (a correction requested or refused by
    // someone else) is nothing anyone approves: a workflow action still applies.
    d = decide({}, true, {change(2, "u2", "d2", json::object(), "registered", "registered")});
    EXPECT_EQ(d.kind, MergeDecision::Kind::Apply);
}

TEST(PullCursorCodec, RoundTripsAndRefusesGarbage)
{
    PullCursor c{PullCursor::Mode::Log, "inst", 42, "abc", "scope1"};
    const auto d = PullCursor::decode(c.encode());
    ASSERT_TRUE(d);
    EXPECT_EQ(d->mode, PullCursor::Mode::Log);
    EXPECT_EQ(d->seq, 42);
    EXPECT_EQ(d->after, "abc");
    EXPECT_EQ(d->scope, "scope1");
    EXPECT_FALSE(PullCursor::decode("not a cursor"));
    EXPECT_FALSE(PullCursor::decode(""));
    PullCursor neg = c;
    neg.seq = -1;
    EXPECT_FALSE(PullCursor::decode(neg.encode()));
}

TEST(DatabaseUrlParse, SqliteAndPostgres)
{
    auto u = DatabaseUrl::parse(
        QStringLiteral("postgres://vit:s%40cret@db.example:6432/crvs?sslmode=require"));
    EXPECT_EQ(u.dialect, Dialect::Postgres);
    EXPECT_EQ(u.user, QStringLiteral("vit"));
    EXPECT_EQ(u.password, QStringLiteral("s@cret"));
    EXPECT_EQ(u.port, 6432);
    EXPECT_EQ(u.database, QStringLiteral("crvs"));
    EXPECT_EQ(u.options, QStringLiteral("sslmode=require"));
    EXPECT_FALSE(u.redacted().contains(u"s@cret"));
    EXPECT_EQ(DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/v.db")).path,
              QStringLiteral("/var/lib/v.db"));
    EXPECT_THROW(DatabaseUrl::parse(QStringLiteral("postgres://host")), std::invalid_argument);
    EXPECT_THROW(DatabaseUrl::parse(QStringLiteral("mysql://h/d")), std::invalid_argument);
}

TEST(GzipCodec, RoundTripAndBombLimit)
{
    const QByteArray data(100000, 'x');
    const QByteArray z = gzipCompress(data);
    ASSERT_FALSE(z.isEmpty());
    EXPECT_EQ(static_cast<unsigned char>(z[0]), 0x1f); // gzip magic, not zlib
    EXPECT_EQ(static_cast<unsigned char>(z[1]), 0x8b);
    EXPECT_EQ(gzipDecompress(z, 200000), data);
    bool tooLarge = false;
    EXPECT_FALSE(gzipDecompress(z, 5000, &tooLarge));
    EXPECT_TRUE(tooLarge);
    EXPECT_FALSE(gzipDecompress(z.left(z.size() / 2), 200000, &tooLarge));
    EXPECT_FALSE(tooLarge);
}

TEST(RegistrationNumbers, FormatAndYear)
{
    EXPECT_EQ(RegistrationNumberAllocator::format("ALD", 2026, 42), "ALD-2026-000042");
    EXPECT_EQ(RegistrationNumberAllocator::yearOf(1767225600000LL), 2026); // 2026-01-01 UTC
    EXPECT_EQ(RegistrationNumberAllocator::yearOf(1767225599999LL), 2025);
}

TEST(Secrets, TokensAndPasswordHashes)
{
    const std::string t1 = randomToken(), t2 = randomToken();
    EXPECT_NE(t1, t2);
    EXPECT_EQ(t1.size(), 43u); // 32 bytes, base64url without padding
    EXPECT_EQ(tokenDigest(t1), tokenDigest(t1));
    EXPECT_NE(tokenDigest(t1), tokenDigest(t2));
    const std::string hash = PasswordHasher::hash("correct horse");
    EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
    EXPECT_TRUE(PasswordHasher::verify(hash, "correct horse"));
    EXPECT_FALSE(PasswordHasher::verify(hash, "correct horsf"));
}

// The duplicate search's memory of keys too common to read: per event, for a while, bounded.
TEST(CommonKeys, RememberedPerEventUntilTheirTimeIsUpAndBounded)
{
    vitalis::server::CommonKeys keys(1000, 3);
    EXPECT_FALSE(keys.known("birth", "1|BNX+RT|2026", 0));
    keys.remember("birth", "1|BNX+RT|2026", 0);
    EXPECT_TRUE(keys.known("birth", "1|BNX+RT|2026", 999));
    EXPECT_FALSE(keys.known("death", "1|BNX+RT|2026", 999)) << "another event's key";
    EXPECT_FALSE(keys.known("birth", "1|BNX+RT|2026", 1000)) << "counted again when time is up";
    keys.remember("birth", "a", 2000);
    keys.remember("birth", "b", 2000);
    keys.remember("birth", "c", 2500); // full: the expired first key goes, the others stay
    EXPECT_TRUE(keys.known("birth", "a", 2600));
    EXPECT_TRUE(keys.known("birth", "c", 2600));
    keys.remember("birth", "d", 2600); // full of live keys: all go but the newest
    EXPECT_FALSE(keys.known("birth", "a", 2600));
    EXPECT_TRUE(keys.known("birth", "d", 2600));
}
