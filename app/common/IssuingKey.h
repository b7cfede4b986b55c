// This laptop's certificate issuing key: an Ed25519 key whose 32-byte seed is kept in the OS
// keychain by the same KeyProvider as the profile's database key (entry "<profile key>:issuing"),
// and its certificate chain from the server (device <- server), kept in the profile's settings
// and renewed at sync when less than a third of its validity is left.
#pragma once

#include "certificates/CertificateIssuer.h"
#include "core/store/KeyProvider.h"
#include "core/store/SettingsRepository.h"
#include "sync/client/ApiClient.h"

#include <cstdint>
#include <optional>
#include <string>

namespace vitalis
{

class IssuingKey
{
public:
    IssuingKey(KeyProvider& keys, std::string profileKeyName, SettingsRepository& settings);

    // The key pair, made (and its seed stored) the first time.
    certificates::SigningKey key();
    // The stored chain, if any.
    std::optional<certificates::KeyCertificate> deviceCertificate();
    // No certificate, one for another key, or less than a third of its validity left.
    bool needsRenewal(std::int64_t nowSeconds);
    // Asks the server to certify the key (POST /api/v1/certificate-keys) and stores the chain.
    void renew(sync::ApiClient& api);
    // What a successful sync does (CLI and desktop): renews when due. A failure (e.g. a server
    // without a signing key) is returned, not thrown: the sync itself went through.
    std::optional<std::string> renewIfDue(sync::ApiClient& api, std::int64_t nowSeconds);
    // The signer for a print at `nowSeconds`. Throws std::runtime_error ("sync to renew it")
    // when there is no certificate valid at that time: a laptop never prints with an expired key.
    certificates::CertificateIssuer issuer(std::int64_t nowSeconds);

private:
    KeyProvider& m_keys;
    std::string m_entry;
    SettingsRepository& m_settings;
};

} // namespace vitalis
