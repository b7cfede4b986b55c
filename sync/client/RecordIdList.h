// Record ids the sync engine must come back to, kept in one profile setting so a run cut by the
// network resumes them: records to read again after a rejection, records kept after they left
// the device's scope because work on them was pending.
#pragma once

#include <string>
#include <vector>

namespace vitalis
{
class SettingsRepository;

class RecordIdList
{
public:
    // The server's copy must be read again: the server rejected a change to the record.
    static constexpr const char* kRefetch = "sync.refetch_pending";
    // Left this device's scope while work on it was pending: removed once the work is settled.
    static constexpr const char* kKeptAfterRemoval = "sync.kept_after_removal";

    RecordIdList(SettingsRepository& settings, const char* key) : m_settings(settings), m_key(key)
    {
    }
    // Inside the caller's transaction, so the note commits with what made it necessary.
    void add(const std::vector<std::string>& recordIds);
    std::vector<std::string> ids();
    void done(const std::string& recordId);
    void done(const std::vector<std::string>& recordIds);

private:
    void save(const std::vector<std::string>& list);
    SettingsRepository& m_settings;
    const char* m_key;
};

} // namespace vitalis
