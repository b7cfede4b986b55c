#include "core/OpKind.h"

namespace vitalis
{

std::string_view OpKind::name() const
{
    switch (type_) {
    case Type::Create:
        return "create";
    case Type::Edit:
        return "edit";
    case Type::Draft:
        return "draft";
    case Type::Action:
        return toString(action_);
    }
    return "edit";
}

std::optional<OpKind> OpKind::fromName(std::string_view name)
{
    if (name == "create")
        return create();
    if (name == "edit")
        return edit();
    if (name == "draft")
        return draft();
    if (auto action = recordActionFromString(name))
        return of(*action);
    return std::nullopt;
}

} // namespace vitalis
