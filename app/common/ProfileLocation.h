// Where a user's profile lives on this machine: <AppLocalDataLocation>/profiles/<name>
// (XDG_DATA_HOME on Linux, %LOCALAPPDATA% on Windows), unless the caller names a directory.
#pragma once

#include <QString>
#include <filesystem>

namespace vitalis
{

std::filesystem::path profileDirectory(const QString& profileName, const QString& explicitDir = {});

} // namespace vitalis
