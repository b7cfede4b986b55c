// Finds and loads the form definitions, their message catalogs and the reference data the
// desktop client ships with: installed under <prefix>/share/vitalis, or the source tree in dev.
#pragma once

#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"

#include <QString>
#include <filesystem>
#include <memory>

namespace vitalis::desktop
{

struct ShippedForms {
    std::shared_ptr<const forms::FormRegistry> registry;
    std::shared_ptr<const forms::ReferenceData> reference;
    QString problems; // every definition/catalog error, one per line; empty when all loaded
};

// Layout under a share directory:
//   forms/definitions/*.json   form definitions
//   forms/catalogs/*.json      form message catalogs (en.json, fr.json, ar.json)
//   reference.json             reference data {"facilities": [...], ...}, or a country seed
//                              whose "reference" member holds it (the dev tree uses the demo seed)
// Looked up in: $VITALIS_SHARE_DIR, <applicationDir>/../share/vitalis, then the source tree
// this binary was built from (VITALIS_SOURCE_DIR), whose layout differs and is mapped.
struct SharePaths {
    std::filesystem::path definitions;
    std::filesystem::path catalogs;
    std::filesystem::path reference; // may not exist: then no reference data
};
SharePaths locateShareDirectory();

ShippedForms loadShippedForms(const SharePaths& paths);

} // namespace vitalis::desktop
