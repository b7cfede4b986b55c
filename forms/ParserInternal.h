// Internal: what the structural pass of FormParser hands to the linking pass (references
// still to resolve, graph edges to build). Not part of the public API.
#pragma once

#include "forms/FormError.h"
#include "forms/FormModel.h"
#include "forms/JsonLogic.h"

#include <vector>

namespace vitalis::forms
{

class CatalogSet;

struct LinkInfo {
    // Absolute JSON paths. Value refs decide a field's effective value (show + computed value);
    // state refs only its enabled/required state and errors.
    std::vector<std::vector<LogicVar>> fieldValueRefs;
    std::vector<std::vector<LogicVar>> fieldStateRefs;
    std::vector<std::vector<LogicVar>> pageRefs;
};

// Resolves references, builds the dependency graph, finds cycles and checks message ids.
void linkDefinition(FormDefinition& form, const LinkInfo& links, const CatalogSet* catalogs,
                    FormErrors& errors);

} // namespace vitalis::forms
