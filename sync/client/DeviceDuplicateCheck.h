// The device's duplicate check, offline, at declare/validate/register: candidates among the
// records this profile holds, found through the store's blocking-key index and scored with
// the event's rules. The clerk is warned before sending; the warning travels in the op.
#pragma once

#include "core/Record.h"
#include "core/RecordAction.h"
#include "dedup/RuleLibrary.h"
#include "sync/client/DuplicateQueue.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis
{

class ProfileStore;

struct DeviceCandidate {
    Record record;
    double score = 0;
    double maxScore = 0;
    std::vector<std::string> matchedFields;
};

class DeviceDuplicateCheck
{
public:
    DeviceDuplicateCheck(ProfileStore& store, const dedup::RuleLibrary& rules)
        : m_store(store), m_rules(rules)
    {
    }

    // Actions checked on the device: declare, validate, register. A draft or a notification is
    // checked when it is declared (the server checks notifications too: DuplicateCheck).
    static bool checksAt(RecordAction action);
    // Of those, the ones that wait for a person's decision on every possible duplicate (as the
    // server refuses them) instead of warning: registration.
    static bool waitsForDecision(RecordAction action) { return action == RecordAction::Register; }

    // Flagged candidates for a record of `eventType` with these values (not `exceptId`, not
    // archived, not a pair a person settled: `settled`, or a candidate whose own decisions
    // name `exceptId`), best first. Brings the index up to date first.
    std::vector<DeviceCandidate> find(const std::string& eventType, const nlohmann::json& fields,
                                      const std::string& exceptId,
                                      const std::vector<std::string>& settled = {});
    // The same for a stored record: its id and its decisions.
    std::vector<DeviceCandidate> find(const Record& record);
    // What stands between the record and its registration as this device knows it: the
    // server's open flag as the last sync brought it (DuplicateQueue) joined with the device's
    // own candidates, less the pairs settled since. No candidates: nothing to decide.
    sync::DuplicateQueueEntry undecided(const Record& record);
    // Computes the keys of every record written since the last check (all of them after the
    // store's upgrade); returns how many.
    int refreshIndex();

    // "possible duplicate of B7K3M-2222W (Amina Banda, born 2026-11-01, mother Esther Banda)"
    static std::string warning(const DeviceCandidate& candidate);
    // The tracking ids the op carries.
    static std::vector<std::string> trackingIds(const std::vector<DeviceCandidate>& candidates);

    static constexpr int kCandidateLimit = 200; // records per key beyond which it is skipped

private:
    ProfileStore& m_store;
    const dedup::RuleLibrary& m_rules;
};

} // namespace vitalis
