#include "sync/client/RefetchList.h"

#include "core/store/SettingsRepository.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace vitalis
{

std::vector<std::string> RefetchList::pending()
{
    const auto text = m_settings.get(kSetting);
    if (!text)
        return {};
    const nlohmann::json ids = nlohmann::json::parse(*text, nullptr, false);
    std::vector<std::string> out;
    if (ids.is_array())
        for (const auto& id : ids)
            if (id.is_string())
                out.push_back(id.get<std::string>());
    return out;
}

void RefetchList::add(const std::vector<std::string>& recordIds)
{
    if (recordIds.empty())
        return;
    std::vector<std::string> ids = pending();
    for (const auto& id : recordIds)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    save(ids);
}

void RefetchList::done(const std::string& recordId)
{
    std::vector<std::string> ids = pending();
    const auto end = std::remove(ids.begin(), ids.end(), recordId);
    if (end == ids.end())
        return;
    ids.erase(end, ids.end());
    save(ids);
}

void RefetchList::save(const std::vector<std::string>& ids)
{
    if (ids.empty())
        m_settings.remove(kSetting);
    else
        m_settings.set(kSetting, nlohmann::json(ids).dump());
}

} // namespace vitalis
