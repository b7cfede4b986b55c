// The one vocabulary for changes to a record's fields, shared by the device, the protocol and
// the server: field id -> {base, value}, where a null value clears the field.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis
{

struct FieldChange {
    nlohmann::json base;  // value the change was made against (null = empty)
    nlohmann::json value; // new value (null = cleared)
    bool operator==(const FieldChange&) const = default;
};

// A plain ordered map (callers index, iterate and emplace as usual) with the rules on top.
class FieldChanges : public std::map<std::string, FieldChange>
{
public:
    using map::map;

    // Sets one field of a fields object; a null value clears it: a record keeps only what has
    // an answer. Every "apply a value" in the code base goes through here.
    static void setField(nlohmann::json& fields, const std::string& id, nlohmann::json value);
    // Applies a {field: value} object (null clears), the shape screens and the CLI hand over.
    static void applyValues(nlohmann::json& fields, const nlohmann::json& values);

    // What turns `before` into `after`: base from before, value from after (null when absent).
    static FieldChanges diff(const nlohmann::json& before, const nlohmann::json& after);
    // The changes a {field: value} object (null clears) makes to `fields`: only the values that
    // differ, each with the old value as its base. Cheaper than diff() of whole records.
    static FieldChanges ofValues(const nlohmann::json& fields, const nlohmann::json& values);

    // Sets every change's value onto `fields`.
    void applyTo(nlohmann::json& fields) const;
    // The same, answering what really changed: each with the value it replaced as its base
    // (what a server records in a revision's history).
    FieldChanges applyChanged(nlohmann::json& fields) const;
    // What merge() does with a field that comes back to its base.
    enum class BackToBase {
        Drop, // nothing left to send for it
        Keep, // it still travels: an earlier op of the record may be in flight with another
              // value, so "back to the base" is a real change for the server
    };
    // Folds later changes into these: base from the first, value from the last.
    void merge(const FieldChanges& later, BackToBase backToBase = BackToBase::Drop);
    // Every base becomes the merge base's value (what the server last had; null when absent).
    void rebase(const nlohmann::json& mergeBase);

    // {field: value} (null = clear): what a service takes as an edit.
    nlohmann::json values() const;
    // Stored and wire shape {field: {"base": b, "value": v}}.
    nlohmann::json toJson() const;
    // Lenient reader of that shape (stored rows from any version): a missing member is null,
    // a member that is not an object is skipped.
    static FieldChanges fromJson(const nlohmann::json& changes);
};

} // namespace vitalis
