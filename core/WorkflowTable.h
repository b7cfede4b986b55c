// THE table of which action is allowed from which status, with which scope, to which status.
// The client uses it to show buttons, the server to enforce; nothing else decides this.
#pragma once

#include "core/RecordAction.h"
#include "core/RecordStatus.h"
#include "core/Role.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis
{

struct Transition {
    RecordAction action;
    RecordStatus from;
    std::string_view requiredScope;
    RecordStatus to;
    bool requiresReason = false; // e.g. sending back for updates
};

namespace workflow
{

// The cell for (action, from), or nullopt when the action is never possible from that status.
std::optional<Transition> transition(RecordAction action, RecordStatus from);

// Every defined cell, in table order (for documentation and exhaustive tests).
const std::vector<Transition>& allTransitions();

bool isAllowed(const Role& role, RecordAction action, RecordStatus from);

// Why an action is refused, for error messages; empty when it is allowed.
std::string refusalReason(const Role& role, RecordAction action, RecordStatus from);

// The actions a user with `role` may take on a record in `status` (the buttons to show).
std::vector<RecordAction> availableActions(const Role& role, RecordStatus status);

// The defined cells as a Markdown list table, in table order (WorkflowDoc renders the full
// document in docs/workflow.md).
std::string renderMarkdown();

} // namespace workflow
} // namespace vitalis
