#include "sync/protocol/PullMessages.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/Op.h"
#include "sync/protocol/ProtocolVersion.h"
#include "sync/protocol/PushMessages.h"
#include "sync/protocol/RecordText.h"

namespace vitalis::protocol
{

using nlohmann::json;

PullRequest decodePullRequest(const json& body, int maxLimit)
{
    ObjectReader r(body, "");
    PullRequest req;
    checkVersions(r, req.protocol, req.schemaVersion);
    req.cursor = r.optionalString("cursor", {0, 512}).value_or("");
    if (const json* l = r.optional("limit")) {
        const auto limit = readInt(*l, r.pathOf("limit"), 1, INT32_MAX);
        if (limit > maxLimit)
            throw DecodeError(r.pathOf("limit"),
                              "page size " + std::to_string(limit) + " exceeds the limit of " +
                                  std::to_string(maxLimit),
                              ErrorCode::BatchTooLarge);
        req.limit = static_cast<int>(limit);
    } else {
        req.limit = std::min(kDefaultPullLimit, maxLimit);
    }
    r.finish();
    return req;
}

json encodePullRequest(const PullRequest& request)
{
    json j = {{"protocol", request.protocol ? request.protocol : kProtocolVersion},
              {"schema_version", request.schemaVersion ? request.schemaVersion : kSchemaVersion},
              {"limit", request.limit}};
    if (!request.cursor.empty())
        j["cursor"] = request.cursor;
    return j;
}

std::string encodePullResponseText(const PullResponse& response)
{
    std::vector<std::string> changes;
    changes.reserve(response.changes.size());
    for (const auto& c : response.changes) {
        if (c.type == ChangeType::Removed || !c.record)
            changes.push_back(removedChangeText(c.recordId));
        else
            changes.push_back(upsertChangeText(encodeRecordText(*c.record)));
    }
    return pullResponseText(changes, {response.cursor, response.hasMore, response.lastMutationId,
                                      response.referenceVersion});
}

json encodePullResponse(const PullResponse& response)
{
    return json::parse(encodePullResponseText(response));
}

PullResponse decodePullResponse(const json& body)
{
    constexpr std::int64_t kMax = INT64_MAX / 2;
    ObjectReader r(body, "");
    int protocol = 0;
    int schema = 0;
    checkVersions(r, protocol, schema);
    PullResponse resp;
    const json& changes = r.requireArray("changes");
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const std::string path = childPath(r.pathOf("changes"), i);
        ObjectReader c(changes[i], path);
        const std::string type = c.requireString("type");
        PullChange change;
        if (type == "upsert") {
            change.type = ChangeType::Upsert;
            change.record = decodeRecord(c.requireObject("record"), c.pathOf("record"));
            change.recordId = change.record->record.id;
        } else if (type == "removed") {
            change.type = ChangeType::Removed;
            change.recordId = c.requireString("record_id");
            if (!isCanonicalUuid(change.recordId))
                throw DecodeError(c.pathOf("record_id"), "must be a lowercase canonical UUID");
        } else {
            throw DecodeError(c.pathOf("type"),
                              "unknown change type \"" + type + "\" (expected upsert or removed)");
        }
        c.finish();
        resp.changes.push_back(std::move(change));
    }
    resp.cursor = r.requireString("cursor", {0, 512});
    resp.hasMore = r.optionalBool("has_more", false);
    resp.lastMutationId = r.requireInt("last_mutation_id", 0, kMax);
    resp.referenceVersion = r.optionalInt("reference_version", 0, kMax).value_or(0);
    r.finish();
    return resp;
}

} // namespace vitalis::protocol
