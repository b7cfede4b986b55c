#include "sync/protocol/NumberPoolMessages.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/ProtocolVersion.h"
#include "sync/protocol/PushMessages.h"

namespace vitalis::protocol
{

using nlohmann::json;

namespace
{
constexpr std::int64_t kMax = INT64_MAX / 2;

NumberBlockInfo decodeBlock(const json& value, const std::string& path)
{
    ObjectReader b(value, path);
    NumberBlockInfo info;
    info.blockId = b.requireString("block_id", {1, 64});
    info.year = static_cast<int>(b.requireInt("year", 1900, 9999));
    info.firstSeq = b.requireInt("first_seq", 1, kMax);
    info.lastSeq = b.requireInt("last_seq", info.firstSeq, kMax);
    info.expiresAt = b.requireInt("expires_at", 0, kMax);
    b.finish();
    return info;
}

OfficePool decodeOffice(const json& value, const std::string& path)
{
    ObjectReader o(value, path);
    OfficePool pool;
    pool.officeId = o.requireString("office_id", {1, 128});
    pool.officeCode = o.requireString("office_code", {1, 8});
    pool.offlineRegistration = o.optionalBool("offline_registration", true);
    pool.maxOfflineDays = static_cast<int>(o.requireInt("max_offline_days", 0, 3650));
    const json& blocks = o.requireArray("blocks");
    for (std::size_t i = 0; i < blocks.size(); ++i)
        pool.blocks.push_back(decodeBlock(blocks[i], childPath(o.pathOf("blocks"), i)));
    o.finish();
    return pool;
}
} // namespace

NumberPoolRequest decodeNumberPoolRequest(const json& body)
{
    ObjectReader r(body, "");
    NumberPoolRequest req;
    int schema = 0;
    checkVersions(r, req.protocol, schema);
    if (const json* held = r.optional("held")) {
        const std::string path = r.pathOf("held");
        if (!held->is_array())
            throw DecodeError(path, "expected an array, got " + std::string(jsonTypeName(*held)));
        if (held->size() > kMaxHeldBlocks)
            throw DecodeError(path, "at most " + std::to_string(kMaxHeldBlocks) + " blocks");
        for (std::size_t i = 0; i < held->size(); ++i) {
            ObjectReader h((*held)[i], childPath(path, i));
            HeldBlock b;
            b.blockId = h.requireString("block_id", {1, 64});
            b.remaining = h.requireInt("remaining", 0, kMax);
            h.finish();
            req.held.push_back(std::move(b));
        }
    }
    r.finish();
    return req;
}

json encodeNumberPoolRequest(const NumberPoolRequest& request)
{
    json held = json::array();
    for (const auto& b : request.held)
        held.push_back({{"block_id", b.blockId}, {"remaining", b.remaining}});
    return json{{"protocol", request.protocol ? request.protocol : kProtocolVersion},
                {"held", std::move(held)}};
}

NumberPoolResponse decodeNumberPoolResponse(const json& body)
{
    ObjectReader r(body, "");
    int protocol = 0;
    int schema = 0;
    checkVersions(r, protocol, schema);
    NumberPoolResponse resp;
    const json& offices = r.requireArray("offices");
    for (std::size_t i = 0; i < offices.size(); ++i)
        resp.offices.push_back(decodeOffice(offices[i], childPath(r.pathOf("offices"), i)));
    resp.serverTime = r.requireInt("server_time", 0, kMax);
    r.finish();
    return resp;
}

json encodeNumberPoolResponse(const NumberPoolResponse& response)
{
    json offices = json::array();
    for (const auto& o : response.offices) {
        json blocks = json::array();
        for (const auto& b : o.blocks)
            blocks.push_back({{"block_id", b.blockId},
                              {"year", b.year},
                              {"first_seq", b.firstSeq},
                              {"last_seq", b.lastSeq},
                              {"expires_at", b.expiresAt}});
        offices.push_back({{"office_id", o.officeId},
                           {"office_code", o.officeCode},
                           {"offline_registration", o.offlineRegistration},
                           {"max_offline_days", o.maxOfflineDays},
                           {"blocks", std::move(blocks)}});
    }
    return json{{"protocol", kProtocolVersion},
                {"offices", std::move(offices)},
                {"server_time", response.serverTime}};
}

} // namespace vitalis::protocol
