#include "sync/server/dedup/DuplicateCheck.h"

#include "core/TrackingId.h"
#include "dedup/BlockingKeys.h"
#include "sync/protocol/RecordRules.h"
#include "sync/server/dedup/DedupKeyStore.h"
#include "sync/server/sync/RecordReindex.h"
#include "sync/server/sync/RecordStore.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace vitalis::server
{

using nlohmann::json;

namespace
{
std::string number(double v)
{
    std::ostringstream s;
    s << (std::round(v * 100) / 100);
    return s.str();
}
} // namespace

bool DuplicateCheck::checksAt(RecordAction action)
{
    // Notifications too (a hospital's or a laptop's): the same birth notified by the hospital
    // and declared by a clerk is one birth, whichever arrives first.
    return action == RecordAction::Notify || action == RecordAction::Declare ||
           action == RecordAction::Validate || action == RecordAction::Register;
}

std::optional<DuplicateCheck::Derived> DuplicateCheck::derive(const std::string& eventType,
                                                              const json& fields) const
{
    const dedup::RuleSet* rules = rules_.forEvent(eventType);
    if (!rules)
        return std::nullopt;
    Derived d{dedup::blockingKeys(*rules, fields), dedup::matchFields(*rules, fields).dump(), {}};
    if (const dedup::Matcher* matcher = rules_.matcherFor(eventType))
        d.prepared = matcher->prepare(fields);
    return d;
}

void DuplicateCheck::storeKeys(Db& db, const Record& record, const Derived& derived, bool fresh)
{
    DedupKeyStore::replace(db, record.id, record.eventType, derived.keys, derived.matchFields,
                           fresh);
}

const DuplicateCheck::Derived* DuplicateCheck::derivedFor(const Record& record,
                                                          const Derived* given,
                                                          std::optional<Derived>& own) const
{
    if (given)
        return given;
    own = derive(record.eventType, record.fields);
    return own ? &*own : nullptr;
}

void DuplicateCheck::index(Db& db, const Record& record, bool fresh, const Derived* given) const
{
    std::optional<Derived> own;
    if (const Derived* derived = derivedFor(record, given, own))
        storeKeys(db, record, *derived, fresh);
}

std::int64_t DuplicateCheck::ensureIndexed(Db& db, const std::string& rulesFingerprint) const
{
    // "+fields": databases indexed before dedup_fields existed are indexed once more to fill it.
    return reindexOnce(db, "dedup_keys_rules", rulesFingerprint + "+fields",
                       [&](const StoredRecord& s) { index(db, s.record, false); });
}

json DuplicateCheck::scoreCandidates(Db& db, const Record& record, const Derived& derived,
                                     const std::vector<std::string>& dismissed, std::int64_t now,
                                     bool fresh) const
{
    const dedup::RuleSet* rules = rules_.forEvent(record.eventType);
    const dedup::Matcher* matcher = rules_.matcherFor(record.eventType);
    json found = json::array();
    if (!rules || !matcher || !derived.prepared)
        return found;
    storeKeys(db, record, derived, fresh);
    std::vector<std::string> searched, common;
    for (const std::string& key : derived.keys)
        if (!common_.known(record.eventType, key, now))
            searched.push_back(key);
    const auto candidates = DedupKeyStore::candidates(db, record.eventType, searched, record.id,
                                                      kCandidateLimit, &common);
    for (const std::string& key : common)
        common_.remember(record.eventType, key, now);
    const dedup::PreparedRecord& mine = *derived.prepared;
    std::vector<std::pair<const CandidateRow*, dedup::PreparedRecord>> alike;
    for (const CandidateRow& c : candidates) {
        if (std::find(dismissed.begin(), dismissed.end(), c.id) != dismissed.end())
            continue;
        // The score alone first (the hot path); the explanation only for the few flagged.
        dedup::PreparedRecord theirs = matcher->prepare(c.fields);
        if (matcher->score(mine, theirs) >= rules->threshold)
            alike.emplace_back(&c, std::move(theirs));
    }
    std::vector<std::string> alikeIds;
    for (const auto& a : alike)
        alikeIds.push_back(a.first->id);
    // Decided on the other record: a pair is settled both ways.
    const std::set<std::string> settled = DuplicateFlagStore::dismissing(db, alikeIds, record.id);
    for (const auto& [c, theirs] : alike) {
        if (settled.count(c->id))
            continue;
        const dedup::Explanation e = matcher->explain(mine, theirs);
        found.push_back({{"record_id", c->id},
                         {"tracking_id", c->trackingId},
                         {"office_id", c->officeId},
                         {"status", c->status},
                         {"score", e.score},
                         {"matched_fields", e.matchedFields()}});
    }
    std::stable_sort(found.begin(), found.end(), [](const json& a, const json& b) {
        return a["score"].get<double>() > b["score"].get<double>();
    });
    return found;
}

std::optional<DuplicateFlag> DuplicateCheck::check(Db& db, const Record& record,
                                                   const protocol::Op& op, std::int64_t now,
                                                   bool fresh, const Derived* given) const
{
    std::optional<Derived> own;
    const Derived* derived = derivedFor(record, given, own);
    std::optional<DuplicateFlag> stored =
        fresh ? std::nullopt : DuplicateFlagStore::load(db, record.id);
    DuplicateFlag flag = stored.value_or(DuplicateFlag{});
    flag.recordId = record.id;
    const json found =
        derived ? scoreCandidates(db, record, *derived, flag.dismissed, now, fresh) : json::array();
    const bool deviceWarned = !op.deviceDuplicates.empty();
    if (deviceWarned) {
        flag.deviceCandidates = op.deviceDuplicates;
        flag.deviceNote = op.duplicateNote;
    }
    if (!found.empty()) {
        if (!flag.open())
            flag.flaggedAt = now;
        flag.status = "open";
        flag.candidates = found;
    } else if (!stored && !deviceWarned) {
        return std::nullopt; // nothing to remember: most records
    } else if (flag.status.empty() || flag.open()) {
        // Fields changed since, or only the device saw a likeness: nothing open any more.
        flag.status = "clear";
        flag.candidates = json::array();
        if (!flag.flaggedAt)
            flag.flaggedAt = now;
    }
    flag.updatedAt = now;
    DuplicateFlagStore::save(db, flag);
    return flag;
}

void DuplicateCheck::markNotDuplicate(Db& db, const Record& record,
                                      const std::vector<std::string>& decided,
                                      const std::string& userId, const std::string& reason,
                                      std::int64_t now) const
{
    DuplicateFlag flag = DuplicateFlagStore::load(db, record.id).value_or(DuplicateFlag{});
    flag.recordId = record.id;
    const auto dismiss = [&](const std::string& id) {
        if (std::find(flag.dismissed.begin(), flag.dismissed.end(), id) == flag.dismissed.end())
            flag.dismissed.push_back(id);
    };
    for (const auto& c : flag.candidates)
        if (c.contains("record_id"))
            dismiss(c["record_id"].get<std::string>());
    for (const std::string& id : decided)
        dismiss(id);
    // The pull carries the list to laptops, whose reader takes no more than this: the oldest
    // decisions go first (a record decided on ten thousand times is not a real case).
    const std::size_t cap = protocol::rules::kMaxNotDuplicateOf;
    if (flag.dismissed.size() > cap)
        flag.dismissed.erase(flag.dismissed.begin(),
                             flag.dismissed.end() - static_cast<std::ptrdiff_t>(cap));
    flag.status = "not_duplicate";
    if (!flag.flaggedAt)
        flag.flaggedAt = now;
    flag.updatedAt = now;
    flag.decidedBy = userId;
    flag.decidedAt = now;
    flag.decisionReason = reason;
    flag.originalId.clear();
    DuplicateFlagStore::save(db, flag);
    // The pair is settled on the other record too: a copy flagged against this one leaves the
    // queue now (decided on the original), not at its own next check.
    for (const std::string& id : flag.dismissed)
        settleOpenFlag(db, id, record.id, userId, reason, now);
}

void DuplicateCheck::settleOpenFlag(Db& db, const std::string& flaggedId,
                                    const std::string& settledId, const std::string& userId,
                                    const std::string& reason, std::int64_t now)
{
    std::optional<DuplicateFlag> other = DuplicateFlagStore::load(db, flaggedId);
    if (!other || !other->open())
        return;
    json left = json::array();
    for (const auto& c : other->candidates)
        if (c.value("record_id", std::string()) != settledId)
            left.push_back(c);
    if (left.size() == other->candidates.size())
        return;
    other->candidates = left;
    if (std::find(other->dismissed.begin(), other->dismissed.end(), settledId) ==
        other->dismissed.end())
        other->dismissed.push_back(settledId);
    if (left.empty()) {
        other->status = "not_duplicate";
        other->decidedBy = userId;
        other->decidedAt = now;
        other->decisionReason = reason;
    }
    other->updatedAt = now;
    DuplicateFlagStore::save(db, *other);
}

void DuplicateCheck::markDuplicate(Db& db, const Record& record, const Record& original,
                                   const std::string& userId, const std::string& reason,
                                   std::int64_t now) const
{
    DuplicateFlag flag = DuplicateFlagStore::load(db, record.id).value_or(DuplicateFlag{});
    flag.recordId = record.id;
    flag.status = "duplicate";
    if (!flag.flaggedAt)
        flag.flaggedAt = now;
    flag.updatedAt = now;
    flag.decidedBy = userId;
    flag.decidedAt = now;
    flag.decisionReason = reason;
    flag.originalId = original.id;
    DuplicateFlagStore::save(db, flag);
}

std::string DuplicateCheck::refusal(const DuplicateFlag& flag, const std::string& event) const
{
    const dedup::RuleSet* rules = rules_.forEvent(event);
    std::string out = "the record is a possible duplicate and cannot be registered until a "
                      "registrar decides (not a duplicate, or duplicate of): ";
    // A few candidates say enough (the comparison screen lists them all), and the text
    // travels back as the op's refusal and a voided number's reason, which have size limits.
    constexpr std::size_t kNamed = 5;
    bool first = true;
    std::size_t named = 0;
    for (const auto& c : flag.candidates) {
        if (named++ == kNamed) {
            out += "; and " + std::to_string(flag.candidates.size() - kNamed) + " more";
            break;
        }
        std::string fields;
        for (const auto& f : c.value("matched_fields", json::array()))
            fields += (fields.empty() ? "" : ", ") + f.get<std::string>();
        out += std::string(first ? "" : "; ") + "possible duplicate of " +
               tracking_id::display(c.value("tracking_id", std::string())) + " (score " +
               number(c.value("score", 0.0)) +
               (rules ? " of " + number(rules->totalWeight()) : std::string()) +
               (fields.empty() ? std::string() : "; matching " + fields) + ")";
        first = false;
    }
    return out;
}

} // namespace vitalis::server
