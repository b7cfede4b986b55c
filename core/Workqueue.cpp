#include "core/Workqueue.h"

#include "core/Scope.h"

namespace vitalis
{

std::string_view toString(Workqueue queue)
{
    switch (queue) {
    case Workqueue::InProgress:
        return "in_progress";
    case Workqueue::RequiresUpdates:
        return "requires_updates";
    case Workqueue::SentForReview:
        return "sent_for_review";
    case Workqueue::ReadyForReview:
        return "ready_for_review";
    case Workqueue::ReadyToPrint:
        return "ready_to_print";
    case Workqueue::Printed:
        return "printed";
    case Workqueue::Outbox:
        return "outbox";
    case Workqueue::Conflicts:
        return "conflicts";
    case Workqueue::PossibleDuplicates:
        return "possible_duplicates";
    }
    return "unknown";
}

std::vector<RecordStatus> workqueueStatuses(Workqueue queue, const Role& role)
{
    using S = RecordStatus;
    const bool notify = role.has(scope::Notify), declare = role.has(scope::Declare);
    const bool validate = role.has(scope::Validate), reg = role.has(scope::Register);
    switch (queue) {
    case Workqueue::InProgress:
        if (notify || declare)
            return {S::Draft, S::Notified};
        return {};
    case Workqueue::RequiresUpdates:
        if (declare || role.has(scope::Edit))
            return {S::RequiresUpdates};
        return {};
    case Workqueue::SentForReview:
        // What this role handed on and now waits for: a field agent's declarations wait for
        // validation and registration, a registration agent's validations for the registrar.
        if (reg)
            return {};
        if (validate)
            return {S::Validated};
        if (declare)
            return {S::Declared, S::Validated};
        return {};
    case Workqueue::ReadyForReview:
        if (reg)
            return {S::Declared, S::Validated};
        if (validate)
            return {S::Declared};
        return {};
    case Workqueue::ReadyToPrint:
        if (role.has(scope::Certify))
            return {S::Registered};
        return {};
    case Workqueue::Printed:
        if (role.has(scope::Certify))
            return {S::Certified};
        return {};
    case Workqueue::Outbox:
    case Workqueue::Conflicts:
    case Workqueue::PossibleDuplicates:
        return {};
    }
    return {};
}

std::vector<Workqueue> workqueuesFor(const Role& role)
{
    std::vector<Workqueue> out;
    for (const auto q :
         {Workqueue::InProgress, Workqueue::RequiresUpdates, Workqueue::SentForReview,
          Workqueue::ReadyForReview, Workqueue::ReadyToPrint, Workqueue::Printed})
        if (!workqueueStatuses(q, role).empty())
            out.push_back(q);
    if (role.has(scope::DuplicateDecide))
        out.push_back(Workqueue::PossibleDuplicates);
    if (!out.empty()) { // anyone who changes records has an outbox and may meet conflicts
        out.push_back(Workqueue::Outbox);
        out.push_back(Workqueue::Conflicts);
    }
    return out;
}

} // namespace vitalis
