// The offices' names by id as the server's reference data gives them, cached in the profile,
// so screens show "Aldmoor Civil Registry" rather than the code "OFF-ALD", also offline.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis
{
class SettingsRepository;

class OfficeDirectory
{
public:
    static constexpr const char* kSetting = "reference.offices"; // {"OFF-ALD": "Aldmoor …"}

    explicit OfficeDirectory(SettingsRepository& settings) : m_settings(settings) {}

    // `offices` as /api/v1/reference sends them: [{"id", "code", "name", "location"}].
    void remember(const nlohmann::json& offices);
    std::optional<std::string> name(const std::string& officeId);
    bool empty();

private:
    nlohmann::json names();
    SettingsRepository& m_settings;
};

} // namespace vitalis
