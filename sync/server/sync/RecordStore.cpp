#include "sync/server/sync/RecordStore.h"

#include "sync/protocol/RecordText.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/stats/StatisticsStore.h"

#include <algorithm>

namespace vitalis::server
{

using nlohmann::json;

namespace
{
using sql::i64;
using sql::q;
json parseObject(const std::string& text)
{
    json j = json::parse(text, nullptr, false);
    return j.is_object() ? j : json::object();
}
} // namespace

const QString RecordStore::kColumns = QStringLiteral(
    "id, event_type, form_id, form_version, office_id, location_path, tracking_id, "
    "registration_number, status, status_reason, rev, fields, field_meta, created_at, "
    "updated_at, created_by, updated_by, national_id_state, registered_at");

namespace
{
// One "field": rev member of field_revs' text (`out` starts with its "{").
void appendRev(std::string& out, const std::string& field, std::int64_t rev)
{
    out += out.size() > 1 ? "," : "";
    protocol::appendJsonString(out, field);
    out += ':';
    out += std::to_string(rev);
}

// {field: rev} written straight from field_meta: one of the three texts every insert and
// update writes, without building an object only to serialise it.
std::string fieldRevsText(const json& meta)
{
    std::string out = "{";
    for (auto it = meta.begin(); it != meta.end(); ++it)
        if (it->is_object())
            appendRev(out, it.key(), it->value("rev", std::int64_t{0}));
    out += '}';
    return out;
}

// One group of field_meta: its entry with a "fields" member naming the fields it covers
// (`names`, a JSON array's text), so a creation's fifty names are never fifty json values.
void appendMetaGroup(std::string& out, const json& entry, const std::string& names)
{
    std::string e = entry.dump(); // an object: "{...}"
    e.pop_back();
    out += e;
    out += e.size() > 1 ? ",\"fields\":" : "\"fields\":";
    out += names;
    out += '}';
}

// field_meta as stored: fields grouped by their entry, [{"rev", "by", "device", "at",
// "fields": [...]}]. A creation gives ~50 fields one entry; written once per field it made the
// row four times the size of its values (an overflow page for every record). Rows written
// before, {field: entry}, are read as they are.
std::string fieldMetaText(const json& meta)
{
    // Entries compared as values, not as dumped text: a record has one to a few distinct
    // entries, and dumping each of ~50 to group them was a twentieth of a push.
    std::vector<const json*> entries; // one per group, in the order first seen
    std::vector<json> names;          // of each group's fields
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!it->is_object())
            continue; // never written: an entry is always {rev, by, device, at}
        const auto group = static_cast<std::size_t>(
            std::find_if(entries.begin(), entries.end(), [&](const json* e) { return *e == *it; }) -
            entries.begin());
        if (group == entries.size()) {
            entries.push_back(&*it);
            names.push_back(json::array());
        }
        names[group].push_back(it.key());
    }
    std::string out = "[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        out += i ? "," : "";
        appendMetaGroup(out, *entries[i], names[i].dump());
    }
    out += ']';
    return out;
}

// The one INSERT INTO records, its three texts given.
void insertRow(Db& db, const StoredRecord& s, std::int64_t serverTime,
               const std::string& fieldsText, const std::string& metaText,
               const std::string& revsText)
{
    const Record& r = s.record;
    db.execute(QStringLiteral(
                   "INSERT INTO records (id, event_type, form_id, form_version, office_id, "
                   "location_path, tracking_id, registration_number, status, status_reason, rev, "
                   "fields, field_meta, field_revs, created_at, updated_at, created_by, "
                   "updated_by, server_created_at, server_updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(r.id),
                q(r.eventType),
                q(r.formId),
                r.formVersion,
                q(r.officeId),
                q(s.locationPath),
                q(r.trackingId),
                r.registrationNumber.empty() ? QVariant() : QVariant(q(r.registrationNumber)),
                q(std::string(toString(r.status))),
                q(r.statusReason),
                i64(r.serverRevision),
                q(fieldsText),
                q(metaText),
                q(revsText),
                i64(r.createdAt),
                i64(r.updatedAt),
                q(r.createdBy),
                q(r.updatedBy),
                i64(serverTime),
                i64(serverTime)});
    // Same transaction: the statistics never disagree with the records.
    StatisticsStore::recordWritten(db, s, serverTime, true);
}

json parseFieldMeta(const std::string& text)
{
    json stored = json::parse(text, nullptr, false);
    if (stored.is_object())
        return stored;
    json meta = json::object();
    if (!stored.is_array())
        return meta;
    for (json& entry : stored) {
        if (!entry.is_object() || !entry.contains("fields"))
            continue;
        const json fields = std::move(entry["fields"]);
        entry.erase("fields");
        for (const json& f : fields)
            if (f.is_string())
                meta[f.get<std::string>()] = entry;
    }
    return meta;
}

} // namespace

// The last column is the "not a duplicate" decisions kept on the record's flag (owner
// DuplicateFlagStore): queries name the records table `w`.
const QString RecordStore::kWireColumns = QStringLiteral(
    "id, event_type, form_id, form_version, office_id, location_path, tracking_id, "
    "registration_number, status, status_reason, rev, fields, field_revs, created_at, "
    "updated_at, created_by, updated_by, national_id_state, registered_at, "
    "(SELECT f.dismissed FROM duplicate_flags f WHERE f.record_id = w.id)");

RecordStore::WireRow RecordStore::wireRow(const Rows& r)
{
    WireRow w;
    w.id = r.text(0);
    w.locationPath = r.text(5);
    w.createdBy = r.text(15);
    const std::string status = r.text(8);
    w.status = recordStatusFromString(status).value_or(RecordStatus::Declared);
    // Stored by this server from parsed JSON, so the texts are valid JSON objects.
    const std::string eventType = r.text(1), formId = r.text(2), officeId = r.text(4);
    const std::string trackingId = r.text(6);
    const std::string number = r.isNull(7) ? std::string() : r.text(7);
    const std::string reason = r.text(9), fields = r.text(11), revs = r.text(12);
    const std::string updatedBy = r.text(16), nationalIdState = r.text(17);
    const std::string notDuplicateOf = r.isNull(19) ? std::string() : r.text(19);
    protocol::appendRecordText(w.json, {w.id, eventType, formId, r.i64(3), officeId, trackingId,
                                        number, status, reason, r.i64(10), fields, revs, r.i64(13),
                                        r.i64(14), w.createdBy, updatedBy, nationalIdState,
                                        r.i64(18), notDuplicateOf});
    return w;
}

std::vector<StoredRecord> RecordStore::pageAfter(Db& db, const std::string& after, int limit)
{
    std::vector<StoredRecord> out;
    Rows r =
        db.query(u"SELECT "_qs + kColumns + u" FROM records WHERE id > ? ORDER BY id LIMIT ?"_qs,
                 {q(after), limit});
    while (r.next())
        out.push_back(fromRow(r));
    return out;
}

StoredRecord RecordStore::fromRow(const Rows& r)
{
    StoredRecord s;
    Record& rec = s.record;
    rec.id = r.text(0);
    rec.eventType = r.text(1);
    rec.formId = r.text(2);
    rec.formVersion = static_cast<int>(r.i64(3));
    rec.officeId = r.text(4);
    s.locationPath = r.text(5);
    rec.trackingId = r.text(6);
    rec.registrationNumber = r.isNull(7) ? std::string() : r.text(7);
    rec.status = recordStatusFromString(r.text(8)).value_or(RecordStatus::Declared);
    rec.statusReason = r.text(9);
    rec.serverRevision = r.i64(10);
    rec.fields = parseObject(r.text(11));
    s.fieldMeta = parseFieldMeta(r.text(12));
    rec.createdAt = r.i64(13);
    rec.updatedAt = r.i64(14);
    rec.createdBy = r.text(15);
    rec.updatedBy = r.text(16);
    rec.nationalIdState = r.text(17);
    rec.registeredAt = r.i64(18);
    return s;
}

std::optional<StoredRecord> RecordStore::load(Db& db, const std::string& id, bool forUpdate)
{
    Rows r = db.query(u"SELECT "_qs + kColumns + u" FROM records WHERE id = ?"_qs +
                          (forUpdate ? db.forUpdate() : QString()),
                      {q(id)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

void RecordStore::insert(Db& db, const StoredRecord& s, std::int64_t serverTime)
{
    insertRow(db, s, serverTime, s.record.fields.dump(), fieldMetaText(s.fieldMeta),
              fieldRevsText(s.fieldMeta));
}

void RecordStore::insert(Db& db, const StoredRecord& s, std::int64_t serverTime,
                         const CreationTexts& texts, const json& metaEntry)
{
    std::string meta = "[";
    appendMetaGroup(meta, metaEntry, texts.fieldNames);
    meta += ']';
    insertRow(db, s, serverTime, texts.fields, meta, texts.fieldRevs);
}

// One pass gives the four texts, each value serialised once for the record and the history
// (a DOM of [null, value] pairs built only to be dumped was a copy of every value).
CreationTexts RecordStore::creationTexts(const json& fields)
{
    CreationTexts t{"{", "[", "{", "{"};
    std::string key, value;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        key.clear();
        protocol::appendJsonString(key, it.key());
        value = it->dump();
        if (t.fieldNames.size() > 1) {
            t.fields += ',';
            t.fieldNames += ',';
            t.changes += ',';
        }
        t.fields.append(key).append(":").append(value);
        t.fieldNames += key;
        t.changes.append(key).append(":[null,").append(value).append("]");
        appendRev(t.fieldRevs, it.key(), 1);
    }
    t.fields += '}';
    t.fieldNames += ']';
    t.fieldRevs += '}';
    t.changes += '}';
    return t;
}

void RecordStore::update(Db& db, const StoredRecord& s, std::int64_t serverTime)
{
    const Record& r = s.record;
    db.execute(QStringLiteral("UPDATE records SET registration_number = ?, status = ?, "
                              "status_reason = ?, rev = ?, fields = ?, field_meta = ?, "
                              "field_revs = ?, updated_at = ?, updated_by = ?, "
                              "server_updated_at = ?, national_id_state = ?, registered_at = ? "
                              "WHERE id = ?"),
               {r.registrationNumber.empty() ? QVariant() : QVariant(q(r.registrationNumber)),
                q(std::string(toString(r.status))), q(r.statusReason), i64(r.serverRevision),
                q(r.fields.dump()), q(fieldMetaText(s.fieldMeta)), q(fieldRevsText(s.fieldMeta)),
                i64(r.updatedAt), q(r.updatedBy), i64(serverTime), q(r.nationalIdState),
                i64(r.registeredAt), q(r.id)});
    StatisticsStore::recordWritten(db, s, serverTime, false);
}

bool RecordStore::trackingIdTaken(Db& db, const std::string& trackingId)
{
    return db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM records WHERE tracking_id = ?"),
                        {q(trackingId)})
               .value_or(0) > 0;
}

bool RecordStore::registrationNumberTaken(Db& db, const std::string& number)
{
    return db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM records WHERE "
                                       "registration_number = ?"),
                        {q(number)})
               .value_or(0) > 0;
}

std::vector<std::string> RecordStore::registrationNumbers(Db& db, const std::string& officeId,
                                                          const std::string& prefix)
{
    Rows r = db.query(QStringLiteral("SELECT registration_number FROM records WHERE office_id = ? "
                                     "AND substr(registration_number, 1, ?) = ?"),
                      {q(officeId), static_cast<int>(prefix.size()), q(prefix)});
    std::vector<std::string> out;
    while (r.next())
        out.push_back(r.text(0));
    return out;
}

void RecordStore::appendHistory(Db& db, const HistoryEntry& e)
{
    db.execute(QStringLiteral("INSERT INTO record_history (record_id, rev, kind, outcome, "
                              "user_id, device_id, mutation_id, server_time, status_from, "
                              "status_to, reason, changes, device_time, correction_id, print) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(e.recordId), i64(e.rev), q(e.action), q(e.outcome), q(e.userId), q(e.deviceId),
                i64(e.mutationId), i64(e.serverTime), q(e.statusFrom), q(e.statusTo), q(e.reason),
                q(e.changesText.empty() ? e.changes.dump() : e.changesText), i64(e.deviceTime),
                q(e.correctionId), q(e.print.is_null() ? std::string() : e.print.dump())});
}

std::vector<ServerChange> RecordStore::changesSince(Db& db, const std::string& id,
                                                    std::int64_t baseRev)
{
    std::vector<ServerChange> out;
    Rows r = db.query(QStringLiteral("SELECT rev, user_id, device_id, server_time, changes, "
                                     "status_from, status_to FROM record_history WHERE "
                                     "record_id = ? AND rev > ? ORDER BY rev"),
                      {q(id), i64(baseRev)});
    while (r.next()) {
        ServerChange c;
        c.rev = r.i64(0);
        c.userId = r.text(1);
        c.deviceId = r.text(2);
        c.at = r.i64(3);
        c.changes = parseObject(r.text(4));
        c.statusFrom = r.text(5);
        c.statusTo = r.text(6);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<HistoryEntry> RecordStore::history(Db& db, const std::string& id)
{
    std::vector<HistoryEntry> out;
    Rows r = db.query(QStringLiteral("SELECT rev, kind, outcome, user_id, device_id, mutation_id, "
                                     "server_time, status_from, status_to, reason, changes, "
                                     "device_time, correction_id, print FROM record_history WHERE "
                                     "record_id = ? ORDER BY rev"),
                      {q(id)});
    while (r.next()) {
        HistoryEntry e;
        e.recordId = id;
        e.rev = r.i64(0);
        e.action = r.text(1);
        e.outcome = r.text(2);
        e.userId = r.text(3);
        e.deviceId = r.text(4);
        e.mutationId = r.i64(5);
        e.serverTime = r.i64(6);
        e.statusFrom = r.text(7);
        e.statusTo = r.text(8);
        e.reason = r.text(9);
        e.changes = parseObject(r.text(10));
        e.deviceTime = r.i64(11);
        e.correctionId = r.text(12);
        if (const std::string print = r.text(13); !print.empty()) {
            e.print = json::parse(print, nullptr, false);
            if (e.print.is_discarded()) // written by this class, so never; but never a throw
                e.print = nullptr;
        }
        out.push_back(std::move(e));
    }
    return out;
}

json HistoryEntry::toJson() const
{
    json fields = json::object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        fields[it.key()] = {{"old", it->is_array() && it->size() == 2 ? (*it)[0] : json()},
                            {"new", it->is_array() && it->size() == 2 ? (*it)[1] : json()}};
    return json{{"rev", rev},
                {"action", action},
                {"outcome", outcome},
                {"user_id", userId},
                {"device_id", deviceId},
                {"mutation_id", mutationId},
                {"server_time", serverTime},
                {"device_time", deviceTime},
                {"status_from", statusFrom},
                {"status_to", statusTo},
                {"reason", reason},
                {"changes", std::move(fields)},
                {"correction_id", correctionId},
                {"print", print}};
}

protocol::WireRecord RecordStore::toWire(const StoredRecord& s)
{
    protocol::WireRecord w;
    w.record = s.record;
    for (auto it = s.fieldMeta.begin(); it != s.fieldMeta.end(); ++it)
        if (it->is_object())
            w.fieldRevs[it.key()] = it->value("rev", std::int64_t{0});
    return w;
}

json RecordStore::currentState(const StoredRecord& s)
{
    return json{{"rev", s.record.serverRevision},
                {"status", toString(s.record.status)},
                {"fields", s.record.fields},
                {"field_meta", s.fieldMeta},
                {"updated_by", s.record.updatedBy},
                {"updated_at", s.record.updatedAt},
                {"registration_number", s.record.registrationNumber}};
}

} // namespace vitalis::server
