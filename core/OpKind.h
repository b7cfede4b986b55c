// What a local change or an outbox entry does: create the record on the server, edit its
// fields, save a draft that stays on this laptop, or one workflow action (declare, register...).
#pragma once

#include "core/RecordAction.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace vitalis
{

class OpKind
{
public:
    enum class Type : std::uint8_t {
        Create, // the first op of a record the server has never seen: carries every field
        Edit,   // field changes (consecutive unsent edits coalesce)
        Draft,  // the local save of a record never sent: no outbox op, no audit entry
        Action, // a workflow action (action() says which)
    };

    constexpr OpKind() = default; // an edit
    static constexpr OpKind create() { return OpKind(Type::Create); }
    static constexpr OpKind edit() { return OpKind(Type::Edit); }
    static constexpr OpKind draft() { return OpKind(Type::Draft); }
    // Edit and CreateDraft are field changes, not actions: they map to edit() and create().
    static constexpr OpKind of(RecordAction action)
    {
        if (action == RecordAction::Edit)
            return edit();
        if (action == RecordAction::CreateDraft)
            return create();
        return OpKind(Type::Action, action);
    }

    constexpr Type type() const { return type_; }
    // Only for Type::Action.
    constexpr std::optional<RecordAction> action() const
    {
        if (type_ != Type::Action)
            return std::nullopt;
        return action_;
    }
    constexpr bool is(RecordAction action) const
    {
        return type_ == Type::Action && action_ == action;
    }
    // Field changes that travel as an "edit" on the wire and coalesce with the next edit.
    constexpr bool changesFields() const { return type_ == Type::Create || type_ == Type::Edit; }

    // The stored (outbox, audit) name: "create", "edit", "draft" or the action's wire name.
    std::string_view name() const;
    static std::optional<OpKind> fromName(std::string_view name);

    constexpr bool operator==(const OpKind&) const = default;

private:
    constexpr explicit OpKind(Type type, RecordAction action = RecordAction::Edit)
        : type_(type), action_(action)
    {
    }

    Type type_ = Type::Edit;
    RecordAction action_ = RecordAction::Edit;
};

} // namespace vitalis
