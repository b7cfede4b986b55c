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

std::vector<DeviceCandidate> DeviceDuplicateCheck::find(const std::string& eventType,
                                                        const nlohmann::json& fields,
                                                        const std::string& exceptId)
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
