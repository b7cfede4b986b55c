#include "sync/client/RecordIdList.h"

#include "core/store/SettingsRepository.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace vitalis
{

std::vector<std::string> RecordIdList::ids()
{
    const auto text = m_settings.get(m_key);
    if (!text)
        return {};
    const nlohmann::json stored = nlohmann::json::parse(*text, nullptr, false);
    std::vector<std::string> out;
    if (stored.is_array())
        for (const auto& id : stored)
            if (id.is_string())
                out.push_back(id.get<std::string>());
    return out;
}

void RecordIdList::add(const std::vector<std::string>& recordIds)
{
    if (recordIds.empty())
        return;
    std::vector<std::string> list = ids();
    for (const auto& id : recordIds)
        if (std::find(list.begin(), list.end(), id) == list.end())
            list.push_back(id);
    save(list);
}

void RecordIdList::done(const std::string& recordId)
{
    done(std::vector<std::string>{recordId});
}

void RecordIdList::done(const std::vector<std::string>& recordIds)
{
    if (recordIds.empty())
        return;
    std::vector<std::string> list = ids();
    const auto end = std::remove_if(list.begin(), list.end(), [&](const std::string& id) {
        return std::find(recordIds.begin(), recordIds.end(), id) != recordIds.end();
    });
    if (end == list.end())
        return;
    list.erase(end, list.end());
    save(list);
}

void RecordIdList::save(const std::vector<std::string>& list)
{
    if (list.empty())
        m_settings.remove(m_key);
    else
        m_settings.set(m_key, nlohmann::json(list).dump());
}

} // namespace vitalis
