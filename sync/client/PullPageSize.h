// How many records the next pull page asks for, adapted to the link: halved after a transfer
// that died part-way (down to a floor), grown after each page that arrives whole (up to the
// configured maximum and to what the server accepts). Kept in the profile's settings, so a
// laptop on a link cut every few seconds starts its next run at the size that got through.
#pragma once

#include <optional>

namespace vitalis
{
class SettingsRepository;
}

namespace vitalis::sync
{

class PullPageSize
{
public:
    static constexpr const char* kSetting = "sync.pull_page_size";
    // A page the server refused as too large: never asked for again on this profile.
    static constexpr const char* kServerCapSetting = "sync.pull_page_cap";
    static constexpr int kFloor = 10;

    PullPageSize(SettingsRepository& settings, int maximum);
    int current() const { return m_current; }
    // The transfer of a page died part-way (a cut, a timeout): halve. Returns the new size.
    int shrink();
    // A page arrived whole: grow by half (a cut costs at most the page in flight).
    void grow();
    // The server refused `limit` as larger than its maximum: stay below it from now on.
    // False when there is nothing smaller left to ask for.
    bool refused(int limit);

private:
    void set(int size);
    SettingsRepository& m_settings;
    int m_max;
    int m_floor;
    int m_current;
};

} // namespace vitalis::sync
