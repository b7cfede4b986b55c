#include "sync/server/dedup/CommonKeys.h"

#include <iterator>

namespace vitalis::server
{

namespace
{
std::string slot(const std::string& eventType, const std::string& key)
{
    return eventType + '\n' + key;
}
} // namespace

bool CommonKeys::known(const std::string& eventType, const std::string& key, std::int64_t now) const
{
    std::lock_guard lock(mutex_);
    const auto it = until_.find(slot(eventType, key));
    return it != until_.end() && now < it->second;
}

void CommonKeys::remember(const std::string& eventType, const std::string& key, std::int64_t now)
{
    std::lock_guard lock(mutex_);
    if (until_.size() >= capacity_) {
        // Full: what has expired goes; if nothing has, everything goes (counting again is
        // only slower, never wrong).
        for (auto it = until_.begin(); it != until_.end();)
            it = now >= it->second ? until_.erase(it) : std::next(it);
        if (until_.size() >= capacity_)
            until_.clear();
    }
    until_[slot(eventType, key)] = now + keepMillis_;
}

} // namespace vitalis::server
