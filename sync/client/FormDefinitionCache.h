// The form definitions a device validates with: the ones the server served, cached in the
// encrypted profile (so validation works offline and on the exact versions records use), and
// the definitions shipped with the application for versions not cached yet.
#pragma once

#include "forms/FormRegistry.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis
{
class SettingsRepository;
namespace sync
{
class ApiClient;
}

class FormDefinitionCache
{
public:
    static constexpr const char* kIndexSetting = "forms.cached"; // [[id, version]]
    static constexpr const char* kReferenceVersionSetting = "forms.reference_version";

    explicit FormDefinitionCache(SettingsRepository& settings) : m_settings(settings) {}

    // Cached definitions first, then every *.json in `shippedDir` whose id and version are not
    // cached. Definitions that do not load are skipped and described in `problems`.
    std::shared_ptr<forms::FormRegistry> load(const std::filesystem::path& shippedDir,
                                              std::vector<std::string>* problems = nullptr);

    // Asks the server for its form list (only when its reference data changed) and caches the
    // definitions not cached yet, and the offices' names (OfficeDirectory); returns how many
    // definitions were added. Network errors propagate.
    int refresh(sync::ApiClient& api);

    // Keeps one definition (a form definition document with "id" and "version").
    void put(const nlohmann::json& definition);
    bool has(const std::string& id, int version);

private:
    nlohmann::json index();
    static std::string key(const std::string& id, int version);
    SettingsRepository& m_settings;
};

} // namespace vitalis
