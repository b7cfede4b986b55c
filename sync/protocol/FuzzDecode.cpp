#include "sync/protocol/FuzzDecode.h"

#include "sync/protocol/AuthMessages.h"
#include "sync/protocol/DecodeError.h"
#include "sync/protocol/JsonReader.h"
#include "sync/protocol/PullMessages.h"
#include "sync/protocol/PullPageReader.h"
#include "sync/protocol/PushMessages.h"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace vitalis::protocol
{

namespace
{
[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzzDecodeOne: round trip broken: %s\n", what);
    std::abort();
}

void pushRoundTrip(const nlohmann::json& body)
{
    const PushRequest req = decodePushRequest(body, 1000);
    const PushRequest again = decodePushRequest(encodePushRequest(req), 1000);
    if (again.ops != req.ops)
        fail("push request");
}

void pullRoundTrip(const nlohmann::json& body)
{
    const PullRequest req = decodePullRequest(body, 5000);
    const PullRequest again = decodePullRequest(encodePullRequest(req), 5000);
    if (again.cursor != req.cursor || again.limit != req.limit)
        fail("pull request");
}

void loginRoundTrip(const nlohmann::json& body)
{
    const LoginRequest req = decodeLoginRequest(body);
    const LoginRequest again = decodeLoginRequest(encodeLoginRequest(req));
    if (again.username != req.username || again.password != req.password ||
        again.deviceId != req.deviceId || again.totp != req.totp)
        fail("login request");
}

void pushResponseRoundTrip(const nlohmann::json& body)
{
    const PushResponse resp = decodePushResponse(body);
    const PushResponse again = decodePushResponse(encodePushResponse(resp));
    if (again.results != resp.results || again.lastMutationId != resp.lastMutationId)
        fail("push response");
}

bool sameChange(const PullChange& a, const PullChange& b)
{
    if (a.recordId != b.recordId || a.type != b.type ||
        a.record.has_value() != b.record.has_value())
        return false;
    if (!a.record)
        return true;
    WireRecord x = *a.record, y = *b.record;
    // PullPageReader keeps the fields as text (compared as values) and checks the field
    // revisions without keeping them (compared where both readers kept them).
    const bool fastX = x.record.fields.is_null(), fastY = y.record.fields.is_null();
    if (fastX)
        x.record.fields = nlohmann::json::parse(a.fieldsJson);
    if (fastY)
        y.record.fields = nlohmann::json::parse(b.fieldsJson);
    if (fastX || fastY)
        x.fieldRevs = y.fieldRevs = {};
    return x == y;
}

bool samePage(const PullResponse& a, const PullResponse& b)
{
    if (a.changes.size() != b.changes.size() || a.cursor != b.cursor || a.hasMore != b.hasMore ||
        a.lastMutationId != b.lastMutationId || a.referenceVersion != b.referenceVersion)
        return false;
    for (std::size_t i = 0; i < a.changes.size(); ++i)
        if (!sameChange(a.changes[i], b.changes[i]))
            return false;
    return true;
}

// parseJsonBody reads with simdjson first: it must accept exactly what nlohmann's parser accepts
// and make the same values of it (same text, numbers of the same type).
void fastParseAgrees(std::string_view body)
{
    std::optional<nlohmann::json> fast, exact;
    try {
        fast = parseJsonBody(body);
    } catch (const DecodeError&) {
    }
    try {
        exact = parseJsonText(body);
    } catch (const DecodeError&) {
    }
    if (fast.has_value() != exact.has_value())
        fail("parseJsonBody and nlohmann's parser disagree on whether the body is JSON");
    if (fast && fast->dump() != exact->dump())
        fail("parseJsonBody and nlohmann's parser read different values");
}

// The DOM-free reader accepts what the codec accepts and reads the same page from it.
std::optional<PullResponse> readAsText(std::string text)
{
    try {
        return PullPageReader().read(text);
    } catch (const DecodeError&) {
        return std::nullopt;
    }
}

void pullResponseRoundTrip(const nlohmann::json& body, std::string_view text)
{
    const auto fast = readAsText(std::string(text));
    PullResponse resp;
    try {
        resp = decodePullResponse(body);
    } catch (const DecodeError&) {
        if (fast)
            fail("pull response accepted by PullPageReader only");
        throw;
    }
    if (!fast || !samePage(*fast, resp))
        fail("pull response read differently by PullPageReader");
    // One encoder: the text the server writes reads back the same, both ways.
    const std::string encoded = encodePullResponseText(resp);
    const PullResponse again = decodePullResponse(nlohmann::json::parse(encoded));
    const auto againFast = readAsText(encoded);
    if (!samePage(again, resp) || !againFast || !samePage(*againFast, resp))
        fail("pull response");
    if (encodePullResponseText(again) != encoded)
        fail("pull response text not stable");
}
} // namespace

void fuzzDecodeOne(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return;
    const std::uint8_t selector = data[0] % 6;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    fastParseAgrees(body);
    try {
        const nlohmann::json json = parseJsonBody(body);
        switch (selector) {
        case 0:
            pushRoundTrip(json);
            break;
        case 1:
            pullRoundTrip(json);
            break;
        case 2:
            loginRoundTrip(json);
            break;
        case 3:
            (void)decodeRefreshRequest(json);
            break;
        case 4:
            pushResponseRoundTrip(json);
            break;
        default:
            pullResponseRoundTrip(json, body);
            break;
        }
    } catch (const DecodeError&) {
        // Refusing bad input with a named error is the expected outcome; what the codec
        // refuses, the pull page reader refuses too.
        if (selector == 5 && readAsText(std::string(body)))
            fail("pull response accepted by PullPageReader only");
    }
}

} // namespace vitalis::protocol
