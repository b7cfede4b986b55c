#include "sync/client/DeviceDuplicateCheck.h"

#include "core/TrackingId.h"
#include "core/store/Database.h"
#include "core/store/DedupIndexRepository.h"
#include "core/store/ProfileStore.h"
#include "dedup/BlockingKeys.h"

#include <algorithm>

namespace vitalis
{

int DeviceDuplicateCheck::refreshIndex()
{
    DedupIndexRepository index(m_store.db());
    int done = 0;
    // In slices, each one transaction: the first check after an upgrade indexes everything.
    for (;;) {
        const auto dirty = index.dirty(500);
        if (dirty.empty())
            return done;
        Transaction tx(m_store.db());
        for (const DirtyRecord& d : dirty) {
            std::vector<std::string> keys;
            if (const dedup::RuleSet* rules = m_rules.forEvent(d.eventType)) {
                const auto fields = nlohmann::json::parse(d.fieldsJson, nullptr, false);
                if (fields.is_object())
                    keys = dedup::blockingKeys(*rules, fields);
            }
            index.replaceKeys(d.id, keys);
        }
        tx.commit();
        done += static_cast<int>(dirty.size());
    }
}

bool DeviceDuplicateCheck::checksAt(RecordAction action)
{
    return action == RecordAction::Declare || action == RecordAction::Validate ||
           action == RecordAction::Register;
}

namespace
{
bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}
} // namespace

std::vector<DeviceCandidate> DeviceDuplicateCheck::find(const Record& record)
{
    return find(record.eventType, record.fields, record.id, record.notDuplicateOf);
}

sync::DuplicateQueueEntry DeviceDuplicateCheck::undecided(const Record& record)
{
    sync::DuplicateQueueEntry entry{record.id, record.trackingId, {}};
    if (const auto flagged = sync::DuplicateQueue(m_store).find(record.id))
        for (const auto& c : flagged->candidates)
            if (!contains(record.notDuplicateOf, c.recordId))
                entry.candidates.push_back(c);
    for (DeviceCandidate& c : find(record)) {
        const bool known = std::any_of(entry.candidates.begin(), entry.candidates.end(),
                                       [&](const auto& v) { return v.recordId == c.record.id; });
        if (!known)
            entry.candidates.push_back(
                {c.record.id, c.record.trackingId, c.score, std::move(c.matchedFields)});
    }
    return entry;
}

std::vector<DeviceCandidate> DeviceDuplicateCheck::find(const std::string& eventType,
                                                        const nlohmann::json& fields,
                                                        const std::string& exceptId,
                                                        const std::vector<std::string>& settled)
{
    std::vector<DeviceCandidate> out;
    const dedup::RuleSet* rules = m_rules.forEvent(eventType);
    const dedup::Matcher* matcher = m_rules.matcherFor(eventType);
    if (!rules || !matcher)
        return out;
    refreshIndex();
    const auto keys = dedup::blockingKeys(*rules, fields);
    const dedup::PreparedRecord mine = matcher->prepare(fields);
    for (const std::string& id :
         DedupIndexRepository(m_store.db()).candidates(keys, exceptId, kCandidateLimit)) {
        auto r = m_store.records().find(id);
        if (!r || r->status == RecordStatus::Archived || r->eventType != eventType)
            continue;
        // Settled by a person, on either record (the server keeps it on the flagged one).
        if (contains(settled, r->id) ||
            (!exceptId.empty() && contains(r->notDuplicateOf, exceptId)))
            continue;
        const dedup::PreparedRecord theirs = matcher->prepare(r->fields);
        if (matcher->score(mine, theirs) < rules->threshold)
            continue; // the explanation only for the few flagged
        const dedup::Explanation e = matcher->explain(mine, theirs);
        out.push_back({std::move(*r), e.score, rules->totalWeight(), e.matchedFields()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
    return out;
}

std::string DeviceDuplicateCheck::warning(const DeviceCandidate& c)
{
    const std::string who = dedup::describeRecord(c.record.eventType, c.record.fields);
    return "possible duplicate of " + tracking_id::display(c.record.trackingId) +
           (who.empty() ? std::string() : " (" + who + ")");
}

std::vector<std::string>
DeviceDuplicateCheck::trackingIds(const std::vector<DeviceCandidate>& candidates)
{
    std::vector<std::string> out;
    for (const auto& c : candidates)
        out.push_back(c.record.trackingId);
    return out;
}

} // namespace vitalis
