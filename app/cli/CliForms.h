// What the record and correction commands share: the form engine over the profile's forms,
// --set field=value parsing and the report of values the form refuses.
#pragma once

#include "app/cli/CliContext.h"
#include "app/common/ShareDirectory.h"
#include "sync/client/FormCheck.h"
#include "sync/client/FormDefinitionCache.h"

#include <QStringList>
#include <nlohmann/json.hpp>

namespace vitalis::cli
{

// The form engine over the profile's cached definitions plus the shipped ones, so values are
// checked here as the server will check them.
struct CliForms {
    explicit CliForms(CliContext& ctx)
        : check(FormDefinitionCache(ctx.openProfile().settings())
                    .load(locateShareDirectory().definitions),
                ctx.clock)
    {
    }
    FormCheck check;
};

// "child.weight=3.2" -> {"child.weight": 3.2}; values that parse as JSON keep their type.
nlohmann::json parseAssignments(const QStringList& sets);
// A refusal by the form: every field with its JSON path (stderr, and --json); returns 2.
int reportFieldErrors(CliContext& ctx, const FieldValidationError& e);

} // namespace vitalis::cli
