// KeyProvider that keeps keys in (locked, wiped) memory: for tests and benchmarks only.
// Can simulate a locked keyring to exercise the fail-closed paths.
#pragma once

#include "core/store/KeyProvider.h"

#include <map>
#include <string>

namespace vitalis
{

class MemoryKeyProvider : public KeyProvider
{
public:
    SecretKey loadKey(const std::string& profileId) override;
    SecretKey createKey(const std::string& profileId) override;
    std::string describe() const override { return "in-memory key provider"; }

    void setKey(const std::string& profileId, const SecretKey& key);
    void forget(const std::string& profileId) { m_keys.erase(profileId); }
    // While locked, every call throws KeyUnavailable as a locked keyring would.
    void setLocked(bool locked) { m_locked = locked; }
    int createCalls() const { return m_createCalls; }

private:
    std::map<std::string, SecretKey> m_keys;
    bool m_locked = false;
    int m_createCalls = 0;
};

} // namespace vitalis
