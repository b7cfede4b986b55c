// The workflow table rendered as Markdown for people: docs/workflow.md is this output, and a
// test fails when the file and the code disagree (regenerate with VITALIS_UPDATE_DOCS=1).
#pragma once

#include "core/RoleCatalog.h"

#include <string>

namespace vitalis::workflow
{

// Transitions (action x status), then the buttons each role of `roles` gets per status.
std::string renderDocument(const RoleCatalog& roles);

} // namespace vitalis::workflow
