#include "sync/server/interop/nid/NidAnswers.h"

#include "core/RoleCatalog.h"
#include "sync/server/interop/SearchKeyStore.h"

namespace vitalis::server::nid
{

using nlohmann::json;

namespace
{
// The history's and the ops' author for what the national ID system decided.
constexpr const char* kSystemDevice = "national-id";
} // namespace

void NidAnswers::accept(Db& db, const NidCall& call, const NidAttempt& a)
{
    const NidHook* hook = hooks_.byKey(call.hook);
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        auto s = RecordStore::load(db, call.recordId, true);
        NidCallStore::record(db, call.id, a);
        // A record refused meanwhile, or waiting for another call too, is left as it is.
        if (s && s->record.nationalIdState == "waiting" &&
            NidCallStore::openCalls(db, call.recordId) == 0) {
            Record& r = s->record;
            const std::int64_t rev = r.serverRevision + 1;
            json diff = json::object();
            if (hook && !hook->nationalIdField.empty() && !a.nationalId.empty() &&
                r.fields.value(hook->nationalIdField, json()) != a.nationalId) {
                const std::string& field = hook->nationalIdField;
                diff[field] = json::array({r.fields.value(field, json()), a.nationalId});
                r.fields[field] = a.nationalId;
                s->fieldMeta[field] = {{"rev", rev},
                                       {"by", role::NationalIdSystem},
                                       {"device", kSystemDevice},
                                       {"at", a.at}};
            }
            r.nationalIdState.clear();
            r.serverRevision = rev;
            r.updatedAt = a.at;
            RecordStore::update(db, *s, a.at);
            // The child's new national ID is searchable at once (POST /api/v1/search, DCI).
            SearchKeyStore::indexChanged(db, *s, *directory_.current(db)->forms, diff);
            const std::string status(toString(r.status));
            RecordStore::appendHistory(db, {r.id, rev, "national_id", "applied",
                                            role::NationalIdSystem, kSystemDevice, 0, a.at, status,
                                            status, std::string(), diff});
            PushService::appendChangeLog(db, {{r.id, rev, s->locationPath}}, a.at);
        }
        tx.commit();
    });
}

bool NidAnswers::refuse(Db& db, const NidCall& call, const NidAttempt& a)
{
    std::optional<StoredRecord> s = RecordStore::load(db, call.recordId, false);
    const auto dir = directory_.current(db);
    const Office* office = s ? dir->office(s->record.officeId) : nullptr;
    bool sentBack = false;
    if (s && office) {
        protocol::Op op;
        op.recordId = s->record.id;
        op.action = RecordAction::RefuseRegistration;
        op.baseRev = s->record.serverRevision;
        op.formId = s->record.formId;
        op.formVersion = s->record.formVersion;
        op.reason = a.reason.empty() ? std::string("refused by the national ID system") : a.reason;
        op.clientTime = a.at;
        AuthContext auth;
        auth.userId = role::NationalIdSystem;
        auth.username = "National ID system";
        auth.role = role::NationalIdSystem;
        auth.jurisdictionId = office->locationId;
        auth.deviceId = kSystemDevice;
        const auto result = push_.applyExternal(auth, op, [&](Db& wdb, const protocol::OpResult&) {
            NidCallStore::record(wdb, call.id, a); // closed with the refusal, atomically
        });
        sentBack = result.outcome == protocol::OpOutcome::Applied ||
                   result.outcome == protocol::OpOutcome::Merged;
    }
    if (!sentBack) {
        NidAttempt closed = a;
        closed.error = "the record could not be sent back (it moved on)";
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            NidCallStore::record(db, call.id, closed);
            tx.commit();
        });
    }
    return sentBack;
}

} // namespace vitalis::server::nid
