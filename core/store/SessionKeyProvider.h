// A KeyProvider that remembers the keys it handed out until forget(): the database key is
// read from the OS keychain once, at unlock, and every later connection (the sync thread's)
// gets it from memory instead of asking the keychain again from another thread.
#pragma once

#include "core/store/KeyProvider.h"

#include <map>
#include <mutex>
#include <string>

namespace vitalis
{

class SessionKeyProvider final : public KeyProvider
{
public:
    explicit SessionKeyProvider(KeyProvider& source) : m_source(source) {}

    // Thread-safe. A miss asks the source (which may take its time: the OS keychain).
    SecretKey loadKey(const std::string& profileId) override;
    SecretKey createKey(const std::string& profileId) override;
    std::string describe() const override { return m_source.describe(); }

    // When a session closes (sign out, switch user) its key leaves memory.
    void forget(const std::string& profileId);
    void forgetAll();
    bool holds(const std::string& profileId) const;

private:
    SecretKey remember(const std::string& profileId, SecretKey key);
    KeyProvider& m_source;
    mutable std::mutex m_mutex;
    std::map<std::string, SecretKey> m_keys;
};

} // namespace vitalis
