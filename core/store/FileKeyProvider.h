// KeyProvider for headless hosts without a keychain: one key per profile in a 0600 file
// (<keyDir>/<profileId>.key, 64 hex chars). Weaker than a keychain; the CLI warns when used.
#pragma once

#include "core/store/KeyProvider.h"

#include <filesystem>
#include <string>

namespace vitalis
{

class FileKeyProvider : public KeyProvider
{
public:
    // keyDir is created (0700) if missing. Keep it off the profile directory when possible:
    // a key beside its database protects nothing against someone who copies the folder.
    explicit FileKeyProvider(std::filesystem::path keyDir);

    SecretKey loadKey(const std::string& profileId) override;
    SecretKey createKey(const std::string& profileId) override;
    std::string describe() const override;

    std::filesystem::path keyPath(const std::string& profileId) const;

private:
    std::filesystem::path m_dir;
};

} // namespace vitalis
