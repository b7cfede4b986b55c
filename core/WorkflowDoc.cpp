#include "core/WorkflowDoc.h"

#include "core/WorkflowTable.h"

namespace vitalis::workflow
{
namespace
{

std::string str(std::string_view s)
{
    return std::string(s);
}

std::string statusHeader()
{
    std::string h = "| |";
    std::string rule = "| --- |";
    for (auto s : kAllStatuses) {
        h += " " + str(toString(s)) + " |";
        rule += " --- |";
    }
    return h + "\n" + rule + "\n";
}

} // namespace

std::string renderDocument(const RoleCatalog& roles)
{
    std::string md =
        "# Record workflow\n\n"
        "<!-- Generated from core/WorkflowTable.cpp by workflow::renderDocument(); do not edit.\n"
        "     Regenerate: VITALIS_UPDATE_DOCS=1 test_core --gtest_filter='WorkflowDoc.*' -->\n\n"
        "One table decides which action may be taken on a record in which status, with which\n"
        "scope, and the status it leads to. The desktop client uses it to show buttons; the\n"
        "server enforces the same table. A role is a set of scopes (country configuration);\n"
        "jurisdiction (the location subtree a user works in) is checked separately.\n\n"
        "## Transitions\n\n"
        "Each cell: resulting status, the scope needed in brackets, `*` when a reason is\n"
        "required. `-` means the action is never possible from that status.\n\n";
    md += statusHeader();
    for (auto a : kAllActions) {
        md += "| **" + str(toString(a)) + "** |";
        for (auto s : kAllStatuses) {
            const auto t = transition(a, s);
            md += t ? " " + str(toString(t->to)) + " [" + str(t->requiredScope) + "]" +
                          (t->requiresReason ? "*" : "") + " |"
                    : " - |";
        }
        md += "\n";
    }
    md += "\n## What each default role may do\n\n"
          "Actions available to each role shipped in `RoleCatalog::defaults()`, by status.\n";
    for (const auto& name : roles.names()) {
        const Role& role = roles.get(name);
        md += "\n### " + name + "\n\nScopes: ";
        bool first = true;
        for (const auto& s : role.scopes) {
            md += (first ? "" : ", ") + std::string("`") + s + "`";
            first = false;
        }
        md += "\n\n| status | actions |\n| --- | --- |\n";
        for (auto s : kAllStatuses) {
            std::string actions;
            for (auto a : availableActions(role, s))
                actions += (actions.empty() ? "" : ", ") + str(toString(a));
            md += "| " + str(toString(s)) + " | " + (actions.empty() ? "-" : actions) + " |\n";
        }
    }
    return md;
}

} // namespace vitalis::workflow
