#include "core/store/MemoryKeyProvider.h"

namespace vitalis
{

SecretKey MemoryKeyProvider::loadKey(const std::string& profileId)
{
    if (m_locked)
        throw KeyUnavailable("the in-memory keyring is locked");
    auto it = m_keys.find(profileId);
    if (it == m_keys.end())
        throw KeyUnavailable("no key stored for profile '" + profileId + "'", true);
    return SecretKey::fromBytes(it->second.bytes());
}

SecretKey MemoryKeyProvider::createKey(const std::string& profileId)
{
    ++m_createCalls;
    if (m_locked)
        throw KeyUnavailable("the in-memory keyring is locked");
    if (m_keys.count(profileId))
        throw KeyUnavailable("a key already exists for profile '" + profileId +
                             "'; refusing to overwrite it");
    SecretKey key = SecretKey::generate();
    m_keys.emplace(profileId, SecretKey::fromBytes(key.bytes()));
    return key;
}

void MemoryKeyProvider::setKey(const std::string& profileId, const SecretKey& key)
{
    m_keys.insert_or_assign(profileId, SecretKey::fromBytes(key.bytes()));
}

} // namespace vitalis
