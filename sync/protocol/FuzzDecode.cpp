#include "sync/protocol/FuzzDecode.h"

#include "sync/protocol/AuthMessages.h"
#include "sync/protocol/DecodeError.h"
#include "sync/protocol/JsonReader.h"
#include "sync/protocol/PullMessages.h"
#include "sync/protocol/PushMessages.h"

#include <cstdio>
#include <cstdlib>
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

void pullResponseRoundTrip(const nlohmann::json& body)
{
    const PullResponse resp = decodePullResponse(body);
    const PullResponse again = decodePullResponse(encodePullResponse(resp));
    if (again.changes.size() != resp.changes.size() || again.cursor != resp.cursor)
        fail("pull response");
    for (std::size_t i = 0; i < resp.changes.size(); ++i)
        if (again.changes[i].recordId != resp.changes[i].recordId ||
            again.changes[i].record.has_value() != resp.changes[i].record.has_value() ||
            (resp.changes[i].record && !(*again.changes[i].record == *resp.changes[i].record)))
            fail("pull response change");
}
} // namespace

void fuzzDecodeOne(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return;
    const std::uint8_t selector = data[0] % 6;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
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
            pullResponseRoundTrip(json);
            break;
        }
    } catch (const DecodeError&) {
        // Refusing bad input with a named error is the expected outcome.
    }
}

} // namespace vitalis::protocol
