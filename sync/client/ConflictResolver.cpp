#include "sync/client/ConflictResolver.h"

#include "core/FieldChanges.h"
#include "core/WorkflowTable.h"
#include "core/store/ConflictMapRepository.h"
#include "core/store/ProfileStore.h"
#include "sync/protocol/Conflicts.h"

namespace vitalis::sync
{

using nlohmann::json;

ConflictResolver::ConflictResolver(ProfileStore& store, const Clock& clock)
    : m_store(store), m_clock(clock)
{
}

std::string ConflictResolver::serverConflictId(std::int64_t localConflictId)
{
    return ConflictMapRepository(m_store.db()).serverIdOf(localConflictId);
}

int ConflictResolver::resolve(const Actor& actor, const std::string& recordId,
                              const Resolution& resolution)
{
    const auto open = m_store.conflicts().open(recordId);
    if (open.empty())
        throw WorkflowError("record " + recordId + " has no open conflict");
    std::map<std::string, std::vector<Conflict>> byServerId;
    for (const auto& c : open)
        byServerId[serverConflictId(c.id)].push_back(c);

    const std::int64_t now = m_clock.nowMillis();
    Transaction tx(m_store.db());
    int ops = 0;
    if (!m_store.records().exists(recordId))
        throw WorkflowError("record " + recordId + " is no longer on this device");
    for (const auto& [serverId, conflicts] : byServerId) {
        Record r = m_store.records().get(recordId);
        const auto refusal =
            workflow::refusalReason(actor.role, RecordAction::ResolveConflict, r.status);
        if (!refusal.empty())
            throw WorkflowError(refusal);
        std::int64_t baseRev = 0;
        for (const auto& c : conflicts) {
            auto it = resolution.fields.find(c.fieldId);
            FieldDecision d;
            if (it != resolution.fields.end())
                d = it->second;
            else if (resolution.all)
                d.choice = *resolution.all;
            else
                throw WorkflowError("no decision for field '" + c.fieldId + "' of record " +
                                    recordId + " (use --keep mine|theirs or --field " + c.fieldId +
                                    "=mine)");
            const json value = d.choice == Choice::Mine     ? c.mine
                               : d.choice == Choice::Theirs ? c.theirs
                                                            : d.value;
            // "$status" names a workflow change on the server, not a field: deciding it only
            // records the decision; the action itself is taken again by the person.
            if (!protocol::isStatusField(c.fieldId))
                FieldChanges::setField(r.fields, c.fieldId, value);
            const ConflictResolution how = d.choice == Choice::Mine ? ConflictResolution::KeepMine
                                           : d.choice == Choice::Theirs
                                               ? ConflictResolution::KeepTheirs
                                               : ConflictResolution::Edited;
            m_store.conflicts().resolve(c.id, how, value, actor.userId, now);
            baseRev = std::max(baseRev, c.serverRevision);
        }
        if (serverId.empty())
            continue; // a conflict detected without a server id has nothing to tell the server
        m_store.writer().commit({r,
                                 OpKind::of(RecordAction::ResolveConflict),
                                 {{"conflict_id", serverId}, {"base_rev", baseRev}},
                                 actor.userId,
                                 now});
        ++ops;
    }
    tx.commit();
    return ops;
}

} // namespace vitalis::sync
