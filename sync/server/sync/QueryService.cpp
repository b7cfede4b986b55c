#include "sync/server/sync/QueryService.h"

#include "sync/protocol/Conflicts.h"
#include "sync/protocol/Op.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/stats/StatisticsStore.h"
#include "sync/server/sync/CorrectionStore.h"
#include "sync/server/sync/NumberPoolStore.h"
#include "sync/server/sync/PullService.h"
#include "sync/server/sync/RecordStore.h"

#include <map>
#include <set>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;
// Unknown and out-of-scope records answer the same, so ids cannot be probed.
StoredRecord visibleRecord(Db& db, const AuthContext& auth, const DirectorySnapshot& dir,
                           const std::string& id)
{
    if (!protocol::isCanonicalUuid(id))
        throw ApiError(ErrorCode::InvalidRequest, "record id must be a lowercase canonical UUID",
                       json::object(), "/id");
    auto rec = RecordStore::load(db, id, false);
    if (!rec || !RecordScope::of(auth, dir).contains(*rec))
        throw ApiError(ErrorCode::NotFound, "no record " + id + " in your jurisdiction");
    return *rec;
}

json conflictJson(const Rows& r)
{
    return json{{"id", r.text(0)},
                {"record_id", r.text(1)},
                {"user_id", r.text(2)},
                {"device_id", r.text(3)},
                {"mutation_id", r.i64(4)},
                {"kind", r.text(5)},
                {"base_rev", r.i64(6)},
                {"server_rev", r.i64(7)},
                {"fields", json::parse(r.text(8), nullptr, false)},
                {"op", json::parse(r.text(9), nullptr, false)},
                {"status", r.text(10)},
                {"created_at", r.i64(11)}};
}

// A correction request as clients read it: people by name.
json correctionJson(const CorrectionRequest& c,
                    const std::unordered_map<std::string, std::string>& names)
{
    json j = c.toJson();
    auto name = [&](const std::string& id) {
        const auto it = names.find(id);
        return it == names.end() ? std::string() : it->second;
    };
    j["requested_by_name"] = name(c.requestedBy);
    if (!c.decidedBy.empty())
        j["decided_by_name"] = name(c.decidedBy);
    return j;
}

json correctionsJson(Db& db, const std::vector<CorrectionRequest>& list)
{
    std::set<std::string> users;
    for (const auto& c : list) {
        users.insert(c.requestedBy);
        if (!c.decidedBy.empty())
            users.insert(c.decidedBy);
    }
    const auto names = Directory::userNames(db, users);
    json out = json::array();
    for (const auto& c : list)
        out.push_back(correctionJson(c, names));
    return out;
}
} // namespace

json QueryService::record(const AuthContext& auth, const std::string& recordId)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    return protocol::encodeRecord(RecordStore::toWire(visibleRecord(db, auth, *dir, recordId)));
}

json QueryService::history(const AuthContext& auth, const std::string& recordId)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const StoredRecord rec = visibleRecord(db, auth, *dir, recordId);
    const auto rows = RecordStore::history(db, recordId);
    std::set<std::string> users, devices;
    for (const auto& e : rows) {
        users.insert(e.userId);
        devices.insert(e.deviceId);
    }
    // Names and device codes so a client shows people, never user UUIDs.
    const auto names = Directory::userNames(db, users);
    const auto codes = Directory::deviceCodes(db, devices);
    // Corrections: the request each entry belongs to (proposed values, reason code, status).
    std::map<std::string, json> requests;
    for (json& c : correctionsJson(db, CorrectionStore::forRecord(db, recordId))) {
        std::string id = c["id"].get<std::string>();
        requests.emplace(std::move(id), std::move(c));
    }
    json entries = json::array();
    for (const auto& e : rows) {
        json j = e.toJson();
        if (const auto c = requests.find(e.correctionId); c != requests.end())
            j["correction"] = c->second;
        const auto name = names.find(e.userId);
        const auto code = codes.find(e.deviceId);
        j["user_name"] = name == names.end() ? std::string() : name->second;
        j["device_code"] = code == codes.end() ? std::string() : code->second;
        entries.push_back(std::move(j));
    }
    // Numbers offered for this record and voided (offline registration): every device that
    // sees the record sees them, and a certificate printed with one is revoked.
    json voided = json::array();
    for (const auto& v : NumberPoolStore::voidsOfRecord(db, recordId)) {
        const auto name = Directory::userNames(db, {v.userId});
        const auto code = Directory::deviceCodes(db, {v.deviceId});
        voided.push_back({{"number", v.number},
                          {"reason", v.reason},
                          {"at", v.at},
                          {"user_name", name.empty() ? std::string() : name.begin()->second},
                          {"device_code", code.empty() ? std::string() : code.begin()->second}});
    }
    return json{{"record_id", recordId},
                {"rev", rec.record.serverRevision},
                {"history", std::move(entries)},
                {"voided_numbers", std::move(voided)}};
}

json QueryService::conflicts(const AuthContext& auth, const std::string& recordId)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const QString cols = QStringLiteral(
        "c.id, c.record_id, c.user_id, c.device_id, c.mutation_id, c.kind, c.base_rev, "
        "c.server_rev, c.fields, c.op, c.status, c.created_at");
    json out = json::array();
    if (!recordId.empty()) {
        visibleRecord(db, auth, *dir, recordId);
        Rows r = db.query(u"SELECT "_qs + cols +
                              u" FROM conflicts c WHERE c.record_id = ? AND c.status = 'open' "
                              u"ORDER BY c.created_at"_qs,
                          {q(recordId)});
        while (r.next())
            out.push_back(conflictJson(r));
    } else {
        const RecordScope scope = RecordScope::of(auth, *dir);
        if (scope.seesRecords && !scope.pathPrefix.empty()) {
            Rows r = db.query(u"SELECT "_qs + cols +
                                  u" FROM conflicts c JOIN records rec ON rec.id = c.record_id "
                                  u"WHERE c.status = 'open' AND substr(rec.location_path, 1, ?) "
                                  u"= ? ORDER BY c.created_at LIMIT "_qs +
                                  QString::number(protocol::kConflictListLimit),
                              {static_cast<int>(scope.pathPrefix.size()), q(scope.pathPrefix)});
            while (r.next())
                out.push_back(conflictJson(r));
        }
    }
    return json{{"conflicts", std::move(out)}};
}

json QueryService::corrections(const AuthContext& auth, const std::string& recordId)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    std::vector<CorrectionRequest> list;
    if (!recordId.empty()) {
        visibleRecord(db, auth, *dir, recordId);
        list = CorrectionStore::forRecord(db, recordId);
    } else {
        const RecordScope scope = RecordScope::of(auth, *dir);
        if (scope.seesRecords && !scope.pathPrefix.empty())
            list = CorrectionStore::openIn(db, scope.pathPrefix, protocol::kConflictListLimit);
    }
    return json{{"corrections", correctionsJson(db, list)}};
}

json QueryService::reference(const AuthContext& auth, std::optional<std::int64_t> sinceVersion)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    if (sinceVersion && *sinceVersion == dir->version)
        return json{{"version", dir->version}, {"unchanged", true}};
    json locations = json::array();
    {
        Rows r = db.query(QStringLiteral("SELECT id, parent_id, type, names FROM locations ORDER "
                                         "BY path"));
        while (r.next())
            locations.push_back({{"id", r.text(0)},
                                 {"parent", r.isNull(1) ? json() : json(r.text(1))},
                                 {"type", r.text(2)},
                                 {"name", json::parse(r.text(3), nullptr, false)}});
    }
    json offices = json::array();
    for (const auto& [id, o] : dir->offices)
        offices.push_back(
            {{"id", o.id}, {"code", o.code}, {"name", o.name}, {"location", o.locationId}});
    json users = json::array();
    {
        Rows r = db.query(QStringLiteral("SELECT id, username, display_name, role, office_id "
                                         "FROM users WHERE office_id = ? AND disabled = 0 ORDER "
                                         "BY username"),
                          {q(auth.officeId)});
        while (r.next())
            users.push_back({{"id", r.text(0)},
                             {"username", r.text(1)},
                             {"display_name", r.text(2)},
                             {"role", r.text(3)},
                             {"office_id", r.text(4)}});
    }
    json formList = json::array();
    for (const auto& id : dir->forms->formIds())
        for (int v : dir->forms->versions(id))
            formList.push_back({{"id", id},
                                {"version", v},
                                {"event", dir->forms->find(id, v)->event},
                                {"url", "/api/v1/forms/" + id + "/" + std::to_string(v)}});
    json out{{"version", dir->version},       {"locations", std::move(locations)},
             {"offices", std::move(offices)}, {"users", std::move(users)},
             {"roles", dir->roles.toJson()},  {"forms", std::move(formList)}};
    // Expected events and the legal period, for the figures a laptop computes offline.
    if (const Role* role = dir->roles.find(auth.role); role && role->has(scope::Statistics))
        if (json section = StatisticsStore::configSection(db); !section.is_null())
            out["statistics"] = std::move(section);
    return out;
}

json QueryService::form(const std::string& formId, int version)
{
    Db& db = pool_.local();
    Rows r = db.query(QStringLiteral("SELECT definition FROM forms WHERE form_id = ? AND "
                                     "version = ?"),
                      {q(formId), version});
    if (!r.next())
        throw ApiError(ErrorCode::NotFound,
                       "no form '" + formId + "' version " + std::to_string(version));
    return json::parse(r.text(0));
}

} // namespace vitalis::server
