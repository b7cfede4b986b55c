#include "sync/server/sync/ConflictDetector.h"

namespace vitalis::server
{

using nlohmann::json;

namespace
{
json valueOf(const json& fields, const std::string& field)
{
    auto it = fields.find(field);
    return it == fields.end() ? json() : *it;
}
} // namespace

MergeDecision decideMerge(const MergeInput& in)
{
    MergeDecision d;
    // Field -> value before the first change after base (any author: that is what the op's
    // author saw), and whether someone else changed it since.
    std::map<std::string, json> baseValue;
    std::set<std::string> theirs;
    bool foreignStatus = false;
    std::string baseStatus;
    bool foreign = false;
    for (const auto& c : in.changesSinceBase) {
        const bool mine = c.userId == in.opUserId && c.deviceId == in.opDeviceId;
        if (c.changes.is_object())
            for (auto it = c.changes.begin(); it != c.changes.end(); ++it) {
                if (!baseValue.count(it.key()))
                    baseValue[it.key()] = it->is_array() && !it->empty() ? (*it)[0] : json();
                if (!mine)
                    theirs.insert(it.key());
            }
        if (baseStatus.empty())
            baseStatus = c.statusFrom;
        // An entry that changed no value and no status (a correction requested or refused)
        // changed nothing anyone approves: it is not a foreign change.
        const bool touched =
            (c.changes.is_object() && !c.changes.empty()) || c.statusFrom != c.statusTo;
        if (!mine && touched) {
            foreign = true;
            if (c.statusFrom != c.statusTo)
                foreignStatus = true;
        }
    }
    if (!foreign)
        return d;

    auto conflictFor = [&](const std::string& field, const json& mine) {
        protocol::ConflictField cf;
        cf.field = field;
        auto base = baseValue.find(field);
        cf.base = base == baseValue.end() ? valueOf(in.currentFields, field) : base->second;
        cf.mine = mine;
        cf.theirs = valueOf(in.currentFields, field);
        auto meta = in.fieldMeta.find(field);
        if (meta != in.fieldMeta.end() && meta->is_object()) {
            cf.changedBy = meta->value("by", "");
            cf.changedAt = meta->value("at", std::int64_t{0});
            cf.changedRev = meta->value("rev", std::int64_t{0});
        }
        return cf;
    };

    if (in.workflowAction) {
        d.kind = MergeDecision::Kind::Conflict;
        for (const auto& field : theirs) {
            auto mine = in.changes.find(field);
            d.conflicts.push_back(conflictFor(field, mine != in.changes.end() ? mine->second.value
                                                                              : baseValue[field]));
        }
        if (foreignStatus) {
            protocol::ConflictField cf;
            cf.field = kStatusField;
            cf.base = baseStatus;
            cf.mine = baseStatus;
            cf.theirs = in.currentStatus;
            for (auto it = in.changesSinceBase.rbegin(); it != in.changesSinceBase.rend(); ++it)
                if (it->statusFrom != it->statusTo) {
                    cf.changedBy = it->userId;
                    cf.changedAt = it->at;
                    cf.changedRev = it->rev;
                    break;
                }
            d.conflicts.push_back(std::move(cf));
        }
        return d;
    }

    for (const auto& [field, change] : in.changes) {
        if (!theirs.count(field))
            continue;
        if (change.value == valueOf(in.currentFields, field))
            continue; // both sides wrote the same value: nothing to decide
        d.conflicts.push_back(conflictFor(field, change.value));
    }
    if (!d.conflicts.empty()) {
        d.kind = MergeDecision::Kind::Conflict;
        return d;
    }
    for (const auto& field : theirs)
        if (!in.changes.count(field))
            d.merged[field] = valueOf(in.currentFields, field);
    d.kind = d.merged.empty() && !foreignStatus ? MergeDecision::Kind::Apply
                                                : MergeDecision::Kind::Merge;
    return d;
}

} // namespace vitalis::server
