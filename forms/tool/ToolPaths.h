// Where vitalis-forms finds catalogs and definitions when not told: next to the files given,
// in the source tree, or in the installed share directory.
#pragma once

#include <filesystem>
#include <optional>

namespace vitalis::forms::tool
{

// Walks up from `start` looking for `relative` (e.g. "translations/forms").
std::optional<std::filesystem::path> findUpwards(const std::filesystem::path& start,
                                                 const std::filesystem::path& relative);
// --catalogs, else $VITALIS_FORMS_CATALOGS, else translations/forms above `near` or the working
// directory, else <prefix>/share/vitalis/translations/forms beside the executable.
std::optional<std::filesystem::path> catalogDirectory(const std::filesystem::path& option,
                                                      const std::filesystem::path& near,
                                                      const char* argv0);

} // namespace vitalis::forms::tool
