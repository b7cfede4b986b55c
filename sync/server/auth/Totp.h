// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with HMAC-SHA1/256/512 from
// Qt's QMessageAuthenticationCode, base32 secrets and otpauth:// enrolment URIs.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace vitalis::server
{

enum class TotpAlgorithm { Sha1, Sha256, Sha512 };

struct TotpParams {
    TotpAlgorithm algorithm = TotpAlgorithm::Sha1; // what authenticator apps implement
    int digits = 6;
    std::int64_t periodSeconds = 30;
};

class Totp
{
public:
    static QString code(const QByteArray& secret, std::int64_t unixSeconds,
                        const TotpParams& params = {});
    // Accepts the current step and one either side (clock drift); returns the matched step,
    // so the caller can refuse a replay of the same or an older step.
    static std::optional<std::int64_t> verify(const QByteArray& secret, const QString& code,
                                              std::int64_t unixSeconds,
                                              const TotpParams& params = {});
    static QString otpauthUri(const QString& issuer, const QString& account,
                              const QByteArray& secret, const TotpParams& params = {});

    static QString base32Encode(const QByteArray& data); // RFC 4648, no padding
    static std::optional<QByteArray>
    base32Decode(const QString& text); // ignores case, '=' and spaces
};

} // namespace vitalis::server
