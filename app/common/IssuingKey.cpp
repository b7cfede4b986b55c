#include "app/common/IssuingKey.h"

#include "certificates/CertificateError.h"

#include <stdexcept>

namespace vitalis
{

namespace cert = certificates;

namespace
{
constexpr const char* kDeviceCertificate = "certificates.device_certificate";
constexpr const char* kServerCertificate = "certificates.server_certificate";
} // namespace

IssuingKey::IssuingKey(KeyProvider& keys, std::string profileKeyName, SettingsRepository& settings)
    : m_keys(keys), m_entry(std::move(profileKeyName) + ":issuing"), m_settings(settings)
{
}

cert::SigningKey IssuingKey::key()
{
    SecretKey seed = [&] {
        try {
            return m_keys.loadKey(m_entry);
        } catch (const KeyUnavailable& e) {
            if (!e.notFound())
                throw;
            return m_keys.createKey(m_entry);
        }
    }();
    const auto bytes = seed.bytes();
    return cert::SigningKey::fromSeed(cert::Bytes(bytes.begin(), bytes.end()));
}

std::optional<cert::KeyCertificate> IssuingKey::deviceCertificate()
{
    const auto text = m_settings.get(kDeviceCertificate);
    if (!text)
        return std::nullopt;
    return cert::KeyCertificate::decode(cert::fromHex(*text, "device certificate"));
}

bool IssuingKey::needsRenewal(std::int64_t now)
{
    const auto c = deviceCertificate();
    if (!c || c->publicKey != key().publicKey())
        return true;
    return (c->validUntil - now) * 3 < (c->validUntil - c->validFrom);
}

void IssuingKey::renew(sync::ApiClient& api)
{
    const cert::SigningKey k = key();
    const auto answer =
        api.send("POST", "/api/v1/certificate-keys", {{"public_key", cert::hex(k.publicKey())}});
    const auto device = cert::KeyCertificate::decode(
        cert::fromHex(answer.at("device_certificate").get<std::string>(), "device_certificate"));
    if (device.publicKey != k.publicKey())
        throw std::runtime_error("the server certified another key");
    m_settings.set(kDeviceCertificate, answer.at("device_certificate").get<std::string>());
    m_settings.set(kServerCertificate, answer.at("server_certificate").get<std::string>());
}

std::optional<std::string> IssuingKey::renewIfDue(sync::ApiClient& api, std::int64_t now)
{
    try {
        if (needsRenewal(now))
            renew(api);
    } catch (const std::exception& e) {
        return std::string(e.what());
    }
    return std::nullopt;
}

cert::CertificateIssuer IssuingKey::issuer(std::int64_t now)
{
    const auto device = deviceCertificate();
    const auto server = m_settings.get(kServerCertificate);
    const cert::SigningKey k = key();
    if (!device || !server || device->publicKey != k.publicKey())
        throw std::runtime_error("this laptop has no certificate signing key yet: sync with the "
                                 "server (online) to get one, then print");
    if (!device->validAt(now))
        throw std::runtime_error("this laptop's certificate signing key has expired: sync with "
                                 "the server (online) to renew it, then print");
    return cert::CertificateIssuer(
        k, *device, cert::KeyCertificate::decode(cert::fromHex(*server, "server certificate")));
}

} // namespace vitalis
