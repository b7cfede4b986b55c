// Finds and loads the form definitions, their message catalogs and the reference data the
// desktop client ships with (installed under <prefix>/share/vitalis, or the source tree in
// dev), and combines them with the server's definitions cached in a profile.
#pragma once

#include "app/common/ShareDirectory.h"
#include "core/store/ProfileStore.h"
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

// Paths from vitalis::locateShareDirectory() (app/common/ShareDirectory.h).
using vitalis::locateShareDirectory;
using vitalis::SharePaths;

ShippedForms loadShippedForms(const SharePaths& paths);

// The forms a session of `store` uses: the server's current definitions cached in the profile
// (FormDefinitionCache, refreshed at sign-in and after every sync; the server's copy wins), the
// shipped ones for versions not cached, with the shipped catalogs and reference data.
ShippedForms formsForProfile(ProfileStore& store, const ShippedForms& shipped);

} // namespace vitalis::desktop
