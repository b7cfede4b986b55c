#include "app/cli/CliContext.h"

#include "core/RoleCatalog.h"

#include <cstdio>

namespace vitalis::cli
{

ProfileStore& CliContext::openProfile()
{
    if (!store) {
        StoreOptions options;
        options.profileId = profileName;
        store = ProfileStore::open(profileDir, *keys, options);
    }
    return *store;
}

Actor CliContext::actor()
{
    auto& settings = openProfile().settings();
    const auto user = settings.get("profile.user");
    const auto role = settings.get("profile.role");
    if (!user || !role)
        throw UsageError("this profile has no user yet: run 'vitalis-cli profile init' first");
    return {*user, RoleCatalog::defaults().get(*role), settings.get("profile.office", "")};
}

std::string CliContext::operand(int index, const char* what) const
{
    if (index >= operands.size())
        throw UsageError(std::string("missing ") + what);
    return operands.at(index).toStdString();
}

void CliContext::emit(const nlohmann::json& value, const std::string& text) const
{
    const std::string out = json ? value.dump(2) : text;
    if (!out.empty())
        std::printf("%s\n", out.c_str());
}

} // namespace vitalis::cli
