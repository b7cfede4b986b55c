#include "core/store/SessionKeyProvider.h"

namespace vitalis
{

SecretKey SessionKeyProvider::loadKey(const std::string& profileId)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_keys.find(profileId); it != m_keys.end())
            return SecretKey::fromBytes(it->second.bytes());
    }
    // Not under the lock: the keychain can take seconds and other profiles must not wait.
    return remember(profileId, m_source.loadKey(profileId));
}

SecretKey SessionKeyProvider::createKey(const std::string& profileId)
{
    return remember(profileId, m_source.createKey(profileId));
}

SecretKey SessionKeyProvider::remember(const std::string& profileId, SecretKey key)
{
    std::lock_guard lock(m_mutex);
    m_keys.insert_or_assign(profileId, SecretKey::fromBytes(key.bytes()));
    return key;
}

void SessionKeyProvider::forget(const std::string& profileId)
{
    std::lock_guard lock(m_mutex);
    m_keys.erase(profileId);
}

void SessionKeyProvider::forgetAll()
{
    std::lock_guard lock(m_mutex);
    m_keys.clear();
}

bool SessionKeyProvider::holds(const std::string& profileId) const
{
    std::lock_guard lock(m_mutex);
    return m_keys.count(profileId) != 0;
}

} // namespace vitalis
