#include "sync/protocol/PushMessages.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/ProtocolVersion.h"

#include <array>

namespace vitalis::protocol
{

using nlohmann::json;

namespace
{
constexpr std::array<std::pair<OpOutcome, std::string_view>, 4> kOutcomes{{
    {OpOutcome::Applied, "applied"},
    {OpOutcome::Merged, "merged"},
    {OpOutcome::Conflict, "conflict"},
    {OpOutcome::Rejected, "rejected"},
}};
constexpr std::int64_t kMax = INT64_MAX / 2;
} // namespace

std::string_view toString(OpOutcome outcome)
{
    for (const auto& [o, name] : kOutcomes)
        if (o == outcome)
            return name;
    return "rejected";
}

std::optional<OpOutcome> opOutcomeFromString(std::string_view name)
{
    for (const auto& [o, n] : kOutcomes)
        if (n == name)
            return o;
    return std::nullopt;
}

void checkVersions(ObjectReader& r, int& protocol, int& schemaVersion)
{
    const json& p = r.require("protocol");
    if (!p.is_number_integer())
        throw DecodeError(r.pathOf("protocol"),
                          "expected an integer, got " + std::string(jsonTypeName(p)));
    const auto pv = p.get<std::int64_t>();
    if (pv < kMinProtocolVersion || pv > kMaxProtocolVersion)
        throw DecodeError(r.pathOf("protocol"),
                          "protocol version " + std::to_string(pv) +
                              " is not supported (this server speaks " +
                              std::to_string(kMinProtocolVersion) + ".." +
                              std::to_string(kMaxProtocolVersion) + ")",
                          ErrorCode::UnsupportedProtocol);
    protocol = static_cast<int>(pv);
    schemaVersion = kSchemaVersion;
    if (const json* s = r.optional("schema_version")) {
        if (!s->is_number_integer())
            throw DecodeError(r.pathOf("schema_version"),
                              "expected an integer, got " + std::string(jsonTypeName(*s)));
        const auto sv = s->get<std::int64_t>();
        if (sv < kMinSchemaVersion || sv > kMaxSchemaVersion)
            throw DecodeError(r.pathOf("schema_version"),
                              "record schema version " + std::to_string(sv) +
                                  " is not supported (this server handles " +
                                  std::to_string(kMinSchemaVersion) + ".." +
                                  std::to_string(kMaxSchemaVersion) + ")",
                              ErrorCode::UnsupportedSchema);
        schemaVersion = static_cast<int>(sv);
    }
}

PushRequest decodePushRequest(const json& body, std::size_t maxOps)
{
    ObjectReader r(body, "");
    PushRequest req;
    checkVersions(r, req.protocol, req.schemaVersion);
    const json& ops = r.requireArray("ops");
    if (ops.empty())
        throw DecodeError(r.pathOf("ops"), "must contain at least one op");
    if (ops.size() > maxOps)
        throw DecodeError(r.pathOf("ops"),
                          "batch of " + std::to_string(ops.size()) + " ops exceeds the limit of " +
                              std::to_string(maxOps),
                          ErrorCode::BatchTooLarge);
    req.ops.reserve(ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        req.ops.push_back(decodeOp(ops[i], childPath(r.pathOf("ops"), i)));
        if (i > 0 && req.ops[i].mutationId != req.ops[i - 1].mutationId + 1)
            throw DecodeError(childPath(childPath(r.pathOf("ops"), i), "mutation_id"),
                              "mutation ids in a batch must be consecutive: expected " +
                                  std::to_string(req.ops[i - 1].mutationId + 1) + ", got " +
                                  std::to_string(req.ops[i].mutationId));
    }
    r.finish();
    return req;
}

json encodePushRequest(const PushRequest& request)
{
    json ops = json::array();
    for (const auto& op : request.ops)
        ops.push_back(encodeOp(op));
    return json{{"protocol", request.protocol ? request.protocol : kProtocolVersion},
                {"schema_version", request.schemaVersion ? request.schemaVersion : kSchemaVersion},
                {"ops", std::move(ops)}};
}

std::string encodePushRequestText(std::span<const std::string_view> encodedOps)
{
    std::size_t size = 64;
    for (const auto& op : encodedOps)
        size += op.size() + 1;
    std::string body;
    body.reserve(size);
    // nlohmann writes object keys sorted: ops, protocol, schema_version.
    body += "{\"ops\":[";
    for (std::size_t i = 0; i < encodedOps.size(); ++i) {
        if (i)
            body += ',';
        body += encodedOps[i];
    }
    body += "],\"protocol\":" + std::to_string(kProtocolVersion) +
            ",\"schema_version\":" + std::to_string(kSchemaVersion) + "}";
    return body;
}

std::string clipText(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    constexpr std::string_view kMark = "...";
    std::size_t cut = maxBytes > kMark.size() ? maxBytes - kMark.size() : 0;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a character: back up to its first byte
    return std::string(text.substr(0, cut)) + std::string(kMark);
}

json encodeOpResult(const OpResult& r)
{
    json j = {{"mutation_id", r.mutationId},
              {"record_id", r.recordId},
              {"status", toString(r.outcome)},
              {"rev", r.rev}};
    if (!r.status.empty())
        j["record_status"] = r.status;
    if (!r.registrationNumber.empty())
        j["registration_number"] = r.registrationNumber;
    if (!r.voidedNumber.empty()) {
        j["voided_number"] = r.voidedNumber;
        j["void_reason"] = r.voidReason;
    }
    if (r.outcome == OpOutcome::Merged)
        j["merged"] = r.merged;
    if (!r.possibleDuplicates.empty())
        j["possible_duplicates"] = r.possibleDuplicates;
    if (r.outcome == OpOutcome::Conflict) {
        j["conflict_id"] = r.conflictId;
        json fields = json::array();
        for (const auto& c : r.conflicts)
            fields.push_back({{"field", c.field},
                              {"base", c.base},
                              {"mine", c.mine},
                              {"theirs", c.theirs},
                              {"changed_by", c.changedBy},
                              {"changed_at", c.changedAt},
                              {"changed_rev", c.changedRev}});
        j["conflicts"] = std::move(fields);
        j["current"] = r.current;
    }
    if (!r.errors.empty()) {
        json errors = json::array();
        for (const auto& e : r.errors)
            errors.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
        j["errors"] = std::move(errors);
    }
    return j;
}

OpResult decodeOpResult(const json& value, const std::string& path)
{
    ObjectReader r(value, path);
    OpResult res;
    res.mutationId = r.requireInt("mutation_id", 1, kMax);
    res.recordId = r.requireString("record_id");
    const std::string status = r.requireString("status");
    const auto outcome = opOutcomeFromString(status);
    if (!outcome)
        throw DecodeError(r.pathOf("status"), "unknown op outcome \"" + status + "\"");
    res.outcome = *outcome;
    res.rev = r.requireInt("rev", 0, kMax);
    res.status = r.optionalString("record_status").value_or("");
    res.registrationNumber = r.optionalString("registration_number").value_or("");
    res.voidedNumber = r.optionalString("voided_number").value_or("");
    res.voidReason = r.optionalString("void_reason", {0, kMaxVoidReasonBytes}).value_or("");
    // A reason says why a number was voided: alone it would be dropped when encoded again.
    if (res.voidedNumber.empty() && r.optional("void_reason"))
        throw DecodeError(r.pathOf("void_reason"), "void_reason without voided_number");
    if (const json* d = r.optional("possible_duplicates")) {
        if (!d->is_array())
            throw DecodeError(r.pathOf("possible_duplicates"), "expected an array");
        for (std::size_t i = 0; i < d->size(); ++i) {
            if (!(*d)[i].is_string())
                throw DecodeError(childPath(r.pathOf("possible_duplicates"), i),
                                  "expected a tracking ID");
            res.possibleDuplicates.push_back((*d)[i].get<std::string>());
        }
    }
    if (const json* m = r.optional("merged")) {
        if (!m->is_object())
            throw DecodeError(r.pathOf("merged"), "expected an object");
        res.merged = *m;
    }
    res.conflictId = r.optionalString("conflict_id").value_or("");
    if (const json* c = r.optional("conflicts")) {
        if (!c->is_array())
            throw DecodeError(r.pathOf("conflicts"), "expected an array");
        for (std::size_t i = 0; i < c->size(); ++i) {
            ObjectReader f((*c)[i], childPath(r.pathOf("conflicts"), i));
            ConflictField cf;
            cf.field = f.requireString("field");
            if (const json* v = f.optional("base"))
                cf.base = *v;
            if (const json* v = f.optional("mine"))
                cf.mine = *v;
            if (const json* v = f.optional("theirs"))
                cf.theirs = *v;
            cf.changedBy = f.optionalString("changed_by").value_or("");
            cf.changedAt = f.optionalInt("changed_at", 0, kMax).value_or(0);
            cf.changedRev = f.optionalInt("changed_rev", 0, kMax).value_or(0);
            f.finish();
            res.conflicts.push_back(std::move(cf));
        }
    }
    if (const json* cur = r.optional("current"))
        res.current = *cur;
    if (const json* e = r.optional("errors")) {
        if (!e->is_array())
            throw DecodeError(r.pathOf("errors"), "expected an array");
        for (std::size_t i = 0; i < e->size(); ++i) {
            ObjectReader f((*e)[i], childPath(r.pathOf("errors"), i));
            FieldError fe;
            fe.field = f.optionalString("field").value_or("");
            fe.code = f.requireString("code");
            fe.message = f.optionalString("message", {0, 8192}).value_or("");
            f.finish();
            res.errors.push_back(std::move(fe));
        }
    }
    r.finish();
    return res;
}

json encodePushResponse(const PushResponse& response)
{
    json results = json::array();
    for (const auto& r : response.results)
        results.push_back(encodeOpResult(r));
    return json{{"protocol", kProtocolVersion},
                {"results", std::move(results)},
                {"last_mutation_id", response.lastMutationId}};
}

PushResponse decodePushResponse(const json& body)
{
    ObjectReader r(body, "");
    int protocol = 0;
    int schema = 0;
    checkVersions(r, protocol, schema);
    PushResponse resp;
    const json& results = r.requireArray("results");
    for (std::size_t i = 0; i < results.size(); ++i)
        resp.results.push_back(decodeOpResult(results[i], childPath(r.pathOf("results"), i)));
    resp.lastMutationId = r.requireInt("last_mutation_id", 0, kMax);
    r.finish();
    return resp;
}

} // namespace vitalis::protocol
