#include "forms/tool/ToolPaths.h"

#include <cstdlib>

namespace vitalis::forms::tool
{

namespace fs = std::filesystem;

std::optional<fs::path> findUpwards(const fs::path& start, const fs::path& relative)
{
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (!fs::is_directory(dir, ec))
        dir = dir.parent_path();
    for (int i = 0; i < 32 && !dir.empty(); ++i) {
        if (fs::is_directory(dir / relative, ec))
            return dir / relative;
        if (dir == dir.parent_path())
            break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

std::optional<fs::path> catalogDirectory(const fs::path& option, const fs::path& near,
                                         const char* argv0)
{
    if (!option.empty())
        return option;
    if (const char* env = std::getenv("VITALIS_FORMS_CATALOGS"); env && *env)
        return fs::path(env);
    const fs::path rel = fs::path("translations") / "forms";
    if (!near.empty())
        if (auto p = findUpwards(near, rel))
            return p;
    std::error_code ec;
    if (auto p = findUpwards(fs::current_path(ec), rel))
        return p;
    fs::path exe = fs::absolute(argv0, ec);
    fs::path installed = exe.parent_path().parent_path() / "share" / "vitalis" / rel;
    if (fs::is_directory(installed, ec))
        return installed;
    return std::nullopt;
}

} // namespace vitalis::forms::tool
