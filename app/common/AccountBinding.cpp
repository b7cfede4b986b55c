#include "app/common/AccountBinding.h"

#include "core/RoleCatalog.h"

namespace vitalis::account
{

sync::TransportOptions transportOptions(SettingsRepository& settings)
{
    const auto url = settings.get(kServerUrlSetting);
    if (!url || url->empty())
        throw BindingError("this profile has no server address");
    sync::TransportOptions t;
    t.baseUrl = *url;
    t.caFile = settings.get(kCaFileSetting, "");
    const std::string pins = settings.get(kPinsSetting, "");
    for (std::size_t start = 0; start < pins.size();) {
        const auto end = pins.find(';', start);
        t.pinnedKeys.push_back(pins.substr(start, end == std::string::npos ? end : end - start));
        start = end == std::string::npos ? pins.size() : end + 1;
    }
    return t;
}

void setServerUrl(SettingsRepository& settings, const std::string& url)
{
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
        throw BindingError("the server address must start with http:// or https://, got '" + url +
                           "'");
    settings.set(kServerUrlSetting, url);
}

void bindProfileToUser(ProfileStore& store, const protocol::TokenPair& tokens, const Clock& clock)
{
    auto& settings = store.settings();
    if (auto existing = settings.get("profile.user");
        existing && *existing != tokens.user.id && store.records().count() > 0)
        throw BindingError("this profile holds another user's work ('" + *existing + "')");
    if (!RoleCatalog::defaults().find(tokens.user.role))
        throw BindingError("the server gave the unknown role '" + tokens.user.role + "'");
    settings.set("profile.user", tokens.user.id);
    settings.set("profile.username", tokens.user.username);
    settings.set("profile.role", tokens.user.role);
    settings.set("profile.office", tokens.user.officeId);
    // The location node the user works in: pickers list its places first.
    settings.set(kJurisdictionSetting, tokens.user.jurisdictionId);
    LocalUser u;
    u.userId = tokens.user.id;
    u.displayName = tokens.user.displayName;
    u.officeId = tokens.user.officeId;
    u.roles = nlohmann::json::array({tokens.user.role});
    u.updatedAt = clock.nowMillis();
    store.users().upsert(u);
    if (!tokens.deviceCode.empty())
        LocalRecordService(store, clock).setDeviceCode(tokens.deviceCode);
}

std::optional<Actor> profileActor(SettingsRepository& settings)
{
    const auto user = settings.get("profile.user");
    const auto role = settings.get("profile.role");
    if (!user || !role)
        return std::nullopt;
    return Actor{*user, RoleCatalog::defaults().get(*role), settings.get("profile.office", "")};
}

} // namespace vitalis::account
