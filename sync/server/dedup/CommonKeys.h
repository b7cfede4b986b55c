// Blocking keys the duplicate search found shared by too many records (a common name in one
// year): remembered for a while so each check does not count them again.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace vitalis::server
{

// Thread-safe: the request threads and the writer share one. A key is counted again once its
// time is up, as archived or corrected records may have made it selective meanwhile.
class CommonKeys
{
public:
    explicit CommonKeys(std::int64_t keepMillis = 10 * 60 * 1000, std::size_t capacity = 100000)
        : keepMillis_(keepMillis), capacity_(capacity)
    {
    }
    bool known(const std::string& eventType, const std::string& key, std::int64_t now) const;
    void remember(const std::string& eventType, const std::string& key, std::int64_t now);

private:
    const std::int64_t keepMillis_;
    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, std::int64_t> until_; // "event\nkey" -> counted again after
};

} // namespace vitalis::server
