// Where the files Vitalis ships (form definitions, form catalogs, reference data) are on this
// machine, for both front ends: the installed share/vitalis, or the build's source tree.
#pragma once

#include <filesystem>

namespace vitalis
{

struct SharePaths {
    std::filesystem::path definitions; // *.json form definitions
    std::filesystem::path catalogs;    // form message catalogs (en.json, fr.json, ar.json)
    std::filesystem::path reference; // reference data, or a country seed holding it; may not exist
    std::filesystem::path userGuide; // the clerks' guide (Markdown, images beside it)
    std::filesystem::path rootKey;   // the country's root public key (certificates); may not exist
};

// In order: $VITALIS_SHARE_DIR (installed layout), $VITALIS_FORMS_DIR (definitions only),
// <applicationDir>/../share/vitalis (a package: share/vitalis/forms,
// share/vitalis/translations/forms, share/vitalis/reference.json, share/vitalis/help/
// user-guide.md, share/vitalis/keys/root.pub), then the source tree above the executable
// (forms/definitions, translations/forms, resources/demo/seed.json, docs/user-guide.md,
// resources/demo/keys/root.pub).
SharePaths locateShareDirectory();

} // namespace vitalis
