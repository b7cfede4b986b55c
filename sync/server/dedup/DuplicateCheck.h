// The server's duplicate check in the push path: keeps each record's blocking keys current,
// searches candidates by key, scores them with the event's rules and stores the verdict
// (DuplicateFlagStore). It recomputes at every declare/validate/register: a device's verdict is
// recorded, never believed. The two decisions (not a duplicate / duplicate of) land here too.
#pragma once

#include "core/Record.h"
#include "sync/protocol/Op.h"
#include "sync/server/db/Db.h"
#include "sync/server/dedup/CommonKeys.h"
#include "sync/server/dedup/DedupRules.h"
#include "sync/server/dedup/DuplicateFlagStore.h"

#include <optional>
#include <string>

namespace vitalis::server
{

class DuplicateCheck
{
public:
    explicit DuplicateCheck(const DedupRules& rules) : rules_(rules) {}
    // What the check derives from a record's fields alone: its blocking keys, the compact copy
    // candidates are scored against, and its own values prepared for scoring. A push derives
    // it for the records it creates before the writer thread (PushService::precheck).
    struct Derived {
        std::vector<std::string> keys;
        std::string matchFields;
        std::optional<dedup::PreparedRecord> prepared; // none without a matcher for the event
    };
    // nullopt when the event has no rules (nothing is indexed or checked).
    std::optional<Derived> derive(const std::string& eventType, const nlohmann::json& fields) const;

    // Actions at which the record is checked: notify, declare, validate, register (the others only
    // keep its keys current).
    static bool checksAt(RecordAction action);
    // The record's keys follow its current fields. `fresh`: the record was inserted in this
    // transaction (no keys, no flag yet: nothing is read before writing).
    // `derived`: derive()'s answer for the record's current fields, when computed before.
    void index(Db& db, const Record& record, bool fresh, const Derived* derived = nullptr) const;
    // Records stored before the check existed (an upgrade, a restored backup) or indexed under
    // other rules get their keys once, at start: `rulesFingerprint` names the rules in use and
    // is kept in server_meta. Returns the records indexed, or -1 when nothing was due.
    std::int64_t ensureIndexed(Db& db, const std::string& rulesFingerprint) const;
    // Indexes, searches, scores and stores the verdict; returns the stored flag, if any.
    std::optional<DuplicateFlag> check(Db& db, const Record& record, const protocol::Op& op,
                                       std::int64_t now, bool fresh,
                                       const Derived* derived = nullptr) const;
    // "Not a duplicate": the current candidates and the records the person named (`decided`,
    // from a laptop's own check) are dismissed for good, for this record and for them (a later
    // check of either flags only new ones); the flag closes with the reason.
    void markNotDuplicate(Db& db, const Record& record, const std::vector<std::string>& decided,
                          const std::string& userId, const std::string& reason,
                          std::int64_t now) const;
    // "Duplicate of": the flag closes naming the original (the record is archived by the op).
    void markDuplicate(Db& db, const Record& record, const Record& original,
                       const std::string& userId, const std::string& reason,
                       std::int64_t now) const;
    // What a clerk reads when registration is refused: "possible duplicate of B7K3M-2222W
    // (score 12 of 15; matching child_name, child_birth_date)", one line per candidate.
    std::string refusal(const DuplicateFlag& flag, const std::string& event) const;

    // A key shared by more records than this is skipped by the search (a bad key).
    static constexpr int kCandidateLimit = 200;

private:
    // `given`, or derive()'s answer for the record's fields kept in `own`; null without rules.
    const Derived* derivedFor(const Record& record, const Derived* given,
                              std::optional<Derived>& own) const;
    // Writes the record's keys and compact copy.
    static void storeKeys(Db& db, const Record& record, const Derived& derived, bool fresh);
    // Takes `settledId` out of the open flag of `flaggedId`, closing it when nothing is left.
    static void settleOpenFlag(Db& db, const std::string& flaggedId, const std::string& settledId,
                               const std::string& userId, const std::string& reason,
                               std::int64_t now);
    nlohmann::json scoreCandidates(Db& db, const Record& record, const Derived& derived,
                                   const std::vector<std::string>& dismissed, std::int64_t now,
                                   bool fresh) const;

    const DedupRules& rules_;
    // Keys found too common, not counted again at every check (when every record shares its
    // mother's name and year, counting them was a third of the check; perf, bench_sync push).
    mutable CommonKeys common_;
};

} // namespace vitalis::server
