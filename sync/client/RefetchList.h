// The records whose server copy must be read again after the server rejected a change to them,
// kept in the profile so a read cut by the network is retried at the next run, never forgotten.
#pragma once

#include <string>
#include <vector>

namespace vitalis
{
class SettingsRepository;

class RefetchList
{
public:
    static constexpr const char* kSetting = "sync.refetch_pending";

    explicit RefetchList(SettingsRepository& settings) : m_settings(settings) {}
    // Inside the caller's transaction: the rejection and the note to re-read commit together.
    void add(const std::vector<std::string>& recordIds);
    std::vector<std::string> pending();
    void done(const std::string& recordId);

private:
    void save(const std::vector<std::string>& ids);
    SettingsRepository& m_settings;
};

} // namespace vitalis
