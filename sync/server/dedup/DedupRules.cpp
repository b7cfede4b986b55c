#include "sync/server/dedup/DedupRules.h"

namespace vitalis::server
{

namespace fs = std::filesystem;

fs::path defaultDedupRulesDirectory(const fs::path& programDir)
{
    const fs::path installed = programDir / ".." / "share" / "vitalis" / "forms" / "dedup";
    if (fs::is_directory(installed))
        return fs::weakly_canonical(installed);
    for (fs::path d = programDir; !d.empty() && d != d.root_path(); d = d.parent_path())
        if (fs::is_directory(d / "forms" / "definitions" / "dedup"))
            return d / "forms" / "definitions" / "dedup";
    return {};
}

} // namespace vitalis::server
