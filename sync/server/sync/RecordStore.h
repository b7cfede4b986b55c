// Server-side record rows: load (optionally locked), insert, update, history and the wire
// form. Per-field revisions live in field_meta (who, when, which revision) next to the values.
#pragma once

#include "core/Record.h"
#include "sync/protocol/RecordJson.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/ConflictDetector.h"

#include <optional>
#include <string>
#include <vector>

namespace vitalis::server
{

struct StoredRecord {
    Record record;
    nlohmann::json fieldMeta = nlohmann::json::object();
    std::string locationPath; // of the owning office: the jurisdiction test is a prefix match
};

struct HistoryEntry {
    std::string recordId;
    std::int64_t rev = 0;
    std::string action;
    std::string outcome; // applied | merged
    std::string userId;
    std::string deviceId;
    std::int64_t mutationId = 0;
    std::int64_t serverTime = 0;
    std::string statusFrom;
    std::string statusTo;
    std::string reason;
    nlohmann::json changes = nlohmann::json::object(); // field -> [old, new]
    std::int64_t deviceTime = 0;   // the acting device's clock (op client_time); 0 = unknown
    std::string correctionId = {}; // the correction request this entry belongs to, if any
    nlohmann::json print = {};     // certify: the print (PrintStore::historyJson); null otherwise
    std::string changesText = {};  // `changes` dumped before, if not empty (`changes` unused)

    nlohmann::json toJson() const;
};

// What a created record stores for its fields, all under one field_meta entry, written before
// the entry is known (PushService::prepare, off the writer thread).
struct CreationTexts {
    std::string fields;     // the record's fields
    std::string fieldNames; // the fields the entry covers, a JSON array
    std::string fieldRevs;  // field_revs: each of them at revision 1
    std::string changes;    // the history's field -> [null, value]
};

class RecordStore
{
public:
    static std::optional<StoredRecord> load(Db& db, const std::string& id, bool forUpdate);
    static void insert(Db& db, const StoredRecord& r, std::int64_t serverTime);
    // A record created with its texts ready; `metaEntry` ({rev, by, device, at}) covers every
    // field, and r.fieldMeta is not read.
    static void insert(Db& db, const StoredRecord& r, std::int64_t serverTime,
                       const CreationTexts& texts, const nlohmann::json& metaEntry);
    static CreationTexts creationTexts(const nlohmann::json& fields);
    static void update(Db& db, const StoredRecord& r, std::int64_t serverTime);
    static bool trackingIdTaken(Db& db, const std::string& trackingId);
    static bool registrationNumberTaken(Db& db, const std::string& number);
    // The registration numbers of an office's records that begin with `prefix` ("ALD-2026-").
    static std::vector<std::string> registrationNumbers(Db& db, const std::string& officeId,
                                                        const std::string& prefix);

    static void appendHistory(Db& db, const HistoryEntry& e);
    static std::vector<ServerChange> changesSince(Db& db, const std::string& id,
                                                  std::int64_t baseRev);
    static std::vector<HistoryEntry> history(Db& db, const std::string& id);

    static protocol::WireRecord toWire(const StoredRecord& r);
    // What a conflict answer carries: values, revision, status and who changed each field.
    static nlohmann::json currentState(const StoredRecord& r);

    static const QString kColumns; // for SELECTs that build StoredRecord via fromRow
    static StoredRecord fromRow(const Rows& row);
    // Every record, `limit` at a time in id order after `after` ("" = from the start): the
    // rebuilds that walk the whole register (statistics, duplicate keys).
    static std::vector<StoredRecord> pageAfter(Db& db, const std::string& after, int limit);

    // Pull's fast path: what the scope test needs plus the record's wire JSON, assembled from
    // the stored JSON texts without parsing them (pull is the hottest read).
    struct WireRow {
        std::string id;
        std::string locationPath;
        std::string createdBy;
        RecordStatus status = RecordStatus::Declared;
        std::string json; // the pull "record" object
    };
    static const QString kWireColumns;
    static WireRow wireRow(const Rows& row);
};

} // namespace vitalis::server
