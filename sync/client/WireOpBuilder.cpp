#include "sync/client/WireOpBuilder.h"

#include "core/FieldChanges.h"
#include "core/store/ProfileStore.h"

#include <algorithm>
#include <map>

namespace vitalis::sync
{

using nlohmann::json;

WireOpBuilder::WireOpBuilder(ProfileStore& store, const Clock& clock)
    : m_store(store), m_clock(clock), m_wire(store.db())
{
}

std::vector<WireOpBuilder::Group> WireOpBuilder::group(std::vector<OutboxEntry> entries)
{
    std::vector<Group> groups;
    std::map<std::string, std::size_t> open;
    for (auto& e : entries) {
        // A resolution and a correction request travel alone: their changes are not edits.
        const auto action = e.kind.action();
        const bool resolve = action && (*action == RecordAction::ResolveConflict ||
                                        isCorrectionRequestAction(*action));
        auto it = open.find(e.recordId);
        if (it != open.end() && !resolve) {
            Group& g = groups[it->second];
            if (!e.kind.changesFields()) {
                g.action = e.kind.name();
                open.erase(it);
            }
            g.entries.push_back(std::move(e));
            continue;
        }
        if (it != open.end())
            open.erase(it); // such an op starts alone: its base is the server's rev
        const bool editLike = e.kind.changesFields();
        Group g{e.recordId, {}, std::string(editLike ? OpKind::edit().name() : e.kind.name())};
        g.entries.push_back(std::move(e));
        groups.push_back(std::move(g));
        if (editLike)
            open[groups.back().recordId] = groups.size() - 1;
    }
    return groups;
}

bool WireOpBuilder::knownToServer(const std::string& recordId, std::int64_t serverRevision)
{
    return serverRevision > 0 || m_wire.reachedServer(recordId);
}

void WireOpBuilder::markAll(const std::vector<OutboxEntry>& entries, OutboxState state,
                            const std::string& why)
{
    for (const auto& e : entries)
        m_store.outbox().markResult(e.mutationId, state, why, m_clock.nowMillis());
}

void WireOpBuilder::fillCreation(protocol::Op& op, std::vector<OutboxEntry>& entries, bool whole)
{
    // Never reached the server: everything typed so far travels in this one op.
    json fields = json::object();
    auto take = [&](const OutboxEntry& e) {
        for (const auto& [field, change] : e.changes.items())
            FieldChanges::setField(fields, field, change.value("value", json()));
    };
    if (whole) {
        // The group holds every entry of the record: no need to read them again.
        for (auto& e : entries) {
            OutboxRepository::loadChanges(e);
            take(e);
        }
    } else {
        for (const auto& e : m_store.outbox().forRecord(op.recordId)) {
            if (e.mutationId > entries.back().mutationId)
                break;
            take(e);
        }
    }
    for (auto& [field, value] : fields.items())
        op.changes[field] = protocol::FieldChange{json(), std::move(value)};
}

std::optional<json> WireOpBuilder::storedCreation(const std::vector<OutboxEntry>& entries,
                                                  bool whole)
{
    // The usual declaration: the record's first row, alone, holding every field typed. Its
    // stored changes are already what the op carries (a null base and a value each).
    if (!whole || entries.size() != 1)
        return std::nullopt;
    return m_creation.arrayValues(entries.front().changesText);
}

void WireOpBuilder::fillEdit(protocol::Op& op, std::vector<OutboxEntry>& entries,
                             std::int64_t serverRevision, RecordAction action)
{
    // The first entry's base is what the user saw; the last value is what they want.
    for (auto& e : entries) {
        OutboxRepository::loadChanges(e);
        for (const auto& [field, change] : e.changes.items()) {
            auto [fc, inserted] = op.changes.try_emplace(field);
            if (inserted)
                fc->second.base = change.value("base", json());
            fc->second.value = change.value("value", json());
        }
    }
    // A field set back to its base value still travels: an earlier op of this record may be
    // in flight with another value, and the server skips true no-ops itself.
    op.baseRev = std::min(entries.front().baseRevision, serverRevision);
    if (action == RecordAction::ResolveConflict) {
        op.conflictId = entries.front().payload.value("conflict_id", "");
        op.baseRev = entries.front().payload.value("base_rev", serverRevision);
    }
}

void WireOpBuilder::fillFromPayload(protocol::Op& op, const json& payload)
{
    op.reason = payload.value("reason", "");
    if (op.action == RecordAction::Register)
        op.registrationNumber = payload.value("registration_number", "");
    op.correctionId = payload.value("correction_id", "");
    op.reasonCode = payload.value("reason_code", "");
    if (auto d = payload.find("documents"); d != payload.end() && d->is_array())
        op.documents = *d;
    if (auto p = payload.find("print"); p != payload.end() && p->is_object())
        op.print = protocol::decodeCertificatePrint(*p, "/print");
    if (op.action == RecordAction::MarkDuplicate)
        op.duplicateOf = payload.value("duplicate_of", "");
    if (auto n = payload.find("not_duplicate_of");
        op.action == RecordAction::MarkNotDuplicate && n != payload.end() && n->is_array())
        for (const auto& id : *n)
            if (id.is_string())
                op.notDuplicateOf.push_back(id.get<std::string>());
    if (auto w = payload.find("duplicate_warning"); w != payload.end() && w->is_object()) {
        for (const auto& c : w->value("candidates", json::array()))
            if (c.is_string())
                op.deviceDuplicates.push_back(c.get<std::string>());
        op.duplicateNote = w->value("note", "");
    }
}

std::optional<WireOp> WireOpBuilder::build(Group& g, std::int64_t wireId)
{
    const auto record = m_store.records().findHeader(g.recordId); // its values travel in the op
    if (!record) {
        markAll(g.entries, OutboxState::Rejected, "the record no longer exists on this device");
        return std::nullopt;
    }
    const auto action = recordActionFromString(g.action);
    const OutboxEntry& last = g.entries.back();
    WireOp w;
    protocol::Op& op = w.op;
    op.mutationId = wireId;
    op.recordId = g.recordId;
    op.formId = record->formId;
    op.formVersion = last.formVersion ? last.formVersion : record->formVersion;
    op.clientTime = last.createdAt; // when the person acted, by this device's clock
    std::optional<json> storedArrays;
    if (!knownToServer(g.recordId, record->serverRevision)) {
        // Only notify/declare can create it there; until then it is a draft on this device.
        if (!action || (*action != RecordAction::Notify && *action != RecordAction::Declare))
            return std::nullopt;
        // Whether the group starts at the record's first row, so it holds everything typed.
        const bool whole =
            m_store.outbox().firstMutationOf(g.recordId) == g.entries.front().mutationId;
        if (!(storedArrays = storedCreation(g.entries, whole)))
            fillCreation(op, g.entries, whole);
        op.baseRev = 0;
    } else {
        if (!action) {
            markAll(g.entries, OutboxState::Rejected, "unknown operation kind '" + g.action + "'");
            return std::nullopt;
        }
        fillEdit(op, g.entries, record->serverRevision, *action);
        if (*action == RecordAction::Edit && op.changes.empty()) {
            markAll(g.entries, OutboxState::Applied, "nothing to send: later edits undid this one");
            return std::nullopt;
        }
    }
    op.action = *action;
    fillFromPayload(op, last.payload);
    if (op.baseRev == 0)
        op.header = protocol::RecordHeader{record->eventType, record->officeId, record->trackingId,
                                           record->createdAt};
    w.changesInText = storedArrays.has_value();
    w.text = w.changesInText ? protocol::encodeOpText(op, g.entries.front().changesText)
                             : protocol::encodeOpText(op);
    w.attachmentValues = w.changesInText ? protocol::attachmentValues(op, std::move(*storedArrays))
                                         : protocol::attachmentValues(op);
    for (const auto& e : g.entries)
        w.localIds.push_back(e.mutationId);
    return w;
}

} // namespace vitalis::sync
