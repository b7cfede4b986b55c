#include "core/FieldChanges.h"

namespace vitalis
{

using nlohmann::json;

namespace
{
const json& valueIn(const json& fields, const std::string& id)
{
    static const json kNull;
    auto it = fields.find(id);
    return it == fields.end() ? kNull : *it;
}
} // namespace

void FieldChanges::setField(json& fields, const std::string& id, json value)
{
    if (value.is_null())
        fields.erase(id);
    else
        fields[id] = std::move(value);
}

void FieldChanges::applyValues(json& fields, const json& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        setField(fields, it.key(), it.value());
}

FieldChanges FieldChanges::diff(const json& before, const json& after)
{
    // What `after` sets, plus what it no longer has.
    FieldChanges out = ofValues(before, after);
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()) && !it.value().is_null())
            out.emplace(it.key(), FieldChange{it.value(), json()});
    return out;
}

FieldChanges FieldChanges::ofValues(const json& fields, const json& values)
{
    FieldChanges out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const json& old = valueIn(fields, it.key());
        if (old != it.value())
            out.insert_or_assign(it.key(), FieldChange{old, it.value()});
    }
    return out;
}

void FieldChanges::applyTo(json& fields) const
{
    for (const auto& [id, change] : *this)
        setField(fields, id, change.value);
}

FieldChanges FieldChanges::applyChanged(json& fields) const
{
    FieldChanges out;
    for (const auto& [id, change] : *this) {
        json old = valueIn(fields, id);
        if (old == change.value)
            continue;
        setField(fields, id, change.value);
        out.emplace(id, FieldChange{std::move(old), change.value});
    }
    return out;
}

void FieldChanges::merge(const FieldChanges& later, BackToBase backToBase)
{
    for (const auto& [id, change] : later) {
        auto it = find(id);
        if (it == end())
            it = emplace(id, change).first;
        else
            it->second.value = change.value; // the first change's base stays
        if (backToBase == BackToBase::Drop && it->second.value == it->second.base)
            erase(it);
    }
}

void FieldChanges::rebase(const json& mergeBase)
{
    for (auto& [id, change] : *this)
        change.base = valueIn(mergeBase, id);
}

json FieldChanges::values() const
{
    json out = json::object();
    for (const auto& [id, change] : *this)
        out[id] = change.value;
    return out;
}

json FieldChanges::toJson() const
{
    json out = json::object();
    for (const auto& [id, change] : *this)
        out[id] = {{"base", change.base}, {"value", change.value}};
    return out;
}

FieldChanges FieldChanges::fromJson(const json& changes)
{
    FieldChanges out;
    if (!changes.is_object())
        return out;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!it->is_object())
            continue;
        FieldChange c;
        if (auto b = it->find("base"); b != it->end())
            c.base = *b;
        if (auto v = it->find("value"); v != it->end())
            c.value = *v;
        out.emplace(it.key(), std::move(c));
    }
    return out;
}

} // namespace vitalis
