// Where a profile's database key comes from: the OS keychain in the app, a 0600 file on
// headless hosts, memory in tests. Failures are typed (KeyUnavailable), never silent.
#pragma once

#include "core/store/SecretKey.h"
#include "core/store/StoreError.h"

#include <string>

namespace vitalis
{

class KeyProvider
{
public:
    virtual ~KeyProvider() = default;

    // The existing key of `profileId`. Throws KeyUnavailable (notFound() when there is
    // simply no key; otherwise the keyring is locked, unreachable or refused access).
    virtual SecretKey loadKey(const std::string& profileId) = 0;

    // Makes, stores and returns a new random key for a profile that has no database yet.
    // Throws KeyUnavailable if it cannot be stored; must not overwrite an existing key.
    virtual SecretKey createKey(const std::string& profileId) = 0;

    // Human-readable name for messages ("OS keychain", "key file /path").
    virtual std::string describe() const = 0;
};

} // namespace vitalis
