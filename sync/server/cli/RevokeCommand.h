// `vitalis-server keys revoke-device KEYID --reason TEXT [--at TIME]`: withdraws a laptop's
// certificate signing key (stolen, lost, misused). Certificates it signed from TIME on (default
// now) are refused by every verifier that has the next revocation list; earlier ones stay valid.
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"

#include <QString>

namespace vitalis::server::cli
{

class RevokeCommand
{
public:
    RevokeCommand(const ServerConfig& config, const Clock& clock) : config_(config), clock_(clock)
    {
    }
    // `at`: empty (now), seconds since 1970, or an ISO 8601 time ("2026-03-01T08:00:00Z").
    int revokeDevice(const QString& keyId, const QString& reason, const QString& at);

private:
    const ServerConfig& config_;
    const Clock& clock_;
};

} // namespace vitalis::server::cli
