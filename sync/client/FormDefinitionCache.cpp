#include "sync/client/FormDefinitionCache.h"

#include "core/store/SettingsRepository.h"
#include "forms/FormParser.h"
#include "sync/client/ApiClient.h"
#include "sync/client/LocalStatistics.h"
#include "sync/client/OfficeDirectory.h"

#include <set>
#include <utility>

namespace vitalis
{

using nlohmann::json;

std::string FormDefinitionCache::key(const std::string& id, int version)
{
    return "forms.definition." + id + "." + std::to_string(version);
}

json FormDefinitionCache::index()
{
    auto j = json::parse(m_settings.get(kIndexSetting, "[]"), nullptr, false);
    return j.is_array() ? j : json::array();
}

bool FormDefinitionCache::has(const std::string& id, int version)
{
    return m_settings.get(key(id, version)).has_value();
}

void FormDefinitionCache::put(const json& definition)
{
    if (!definition.is_object() || !definition.contains("id") || !definition["id"].is_string() ||
        !definition.contains("version") || !definition["version"].is_number_integer())
        throw std::invalid_argument("a form definition needs a string /id and an integer /version");
    const std::string id = definition["id"];
    const int version = definition["version"];
    m_settings.set(key(id, version), definition.dump());
    json idx = index();
    for (const auto& e : idx)
        if (e == json::array({id, version}))
            return;
    idx.push_back({id, version});
    m_settings.set(kIndexSetting, idx.dump());
}

std::shared_ptr<forms::FormRegistry>
FormDefinitionCache::load(const std::filesystem::path& shippedDir,
                          std::vector<std::string>* problems)
{
    auto registry = std::make_shared<forms::FormRegistry>();
    auto note = [problems](const forms::FormErrors& errors) {
        if (problems)
            for (const auto& e : errors)
                problems->push_back(e.toString());
    };
    std::set<std::pair<std::string, int>> loaded;
    for (const auto& e : index()) {
        if (!e.is_array() || e.size() != 2 || !e[0].is_string() || !e[1].is_number_integer())
            continue;
        const std::string id = e[0];
        const int version = e[1];
        const auto text = m_settings.get(key(id, version));
        if (!text)
            continue;
        auto parsed = forms::FormParser::parseText(*text, "profile:" + key(id, version), nullptr);
        if (!parsed.ok()) {
            note(parsed.errors);
            continue;
        }
        note(registry->add(parsed.form));
        loaded.insert({id, version});
    }
    std::error_code ec;
    if (!shippedDir.empty() && std::filesystem::is_directory(shippedDir, ec)) {
        for (const auto& entry : std::filesystem::directory_iterator(shippedDir, ec)) {
            if (entry.path().extension() != ".json")
                continue;
            auto parsed = forms::FormParser::parseFile(entry.path(), nullptr);
            if (!parsed.ok()) {
                note(parsed.errors);
                continue;
            }
            if (loaded.count({parsed.form->id, parsed.form->version}))
                continue; // the server's copy wins
            note(registry->add(parsed.form));
        }
    }
    return registry;
}

int FormDefinitionCache::refresh(sync::ApiClient& api)
{
    OfficeDirectory offices(m_settings);
    // A profile cached before office names were kept asks for everything once.
    const auto since = offices.empty() ? std::nullopt : m_settings.get(kReferenceVersionSetting);
    const json ref = api.get("/api/v1/reference" + (since ? "?since=" + *since : std::string()));
    if (ref.value("unchanged", false))
        return 0;
    offices.remember(ref.value("offices", json::array()));
    LocalStatistics::rememberReference(m_settings, ref); // offline statistics by district
    int added = 0;
    for (const auto& f : ref.value("forms", json::array())) {
        const std::string id = f.value("id", std::string());
        const int version = f.value("version", 0);
        if (id.empty() || version < 1 || has(id, version))
            continue;
        put(api.get(f.value("url", "/api/v1/forms/" + id + "/" + std::to_string(version))));
        ++added;
    }
    if (ref.contains("version"))
        m_settings.set(kReferenceVersionSetting, ref["version"].dump());
    return added;
}

} // namespace vitalis
