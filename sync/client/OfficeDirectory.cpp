#include "sync/client/OfficeDirectory.h"

#include "core/store/SettingsRepository.h"

namespace vitalis
{

nlohmann::json OfficeDirectory::names()
{
    auto j = nlohmann::json::parse(m_settings.get(kSetting, "{}"), nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}

void OfficeDirectory::remember(const nlohmann::json& offices)
{
    if (!offices.is_array())
        return;
    auto all = names();
    for (const auto& o : offices)
        if (o.is_object() && o.value("id", "") != "" && o.value("name", "") != "")
            all[o["id"].get<std::string>()] = o["name"];
    m_settings.set(kSetting, all.dump());
}

std::optional<std::string> OfficeDirectory::name(const std::string& officeId)
{
    const auto all = names();
    const auto it = all.find(officeId);
    if (it == all.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

bool OfficeDirectory::empty()
{
    return names().empty();
}

} // namespace vitalis
