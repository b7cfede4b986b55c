// A key certificate: a small signed CBOR statement "this public key, with this role, may sign
// from..until", made by the key one level up (root -> server -> device). The QR carries them.
#pragma once

#include "certificates/SigningKey.h"

#include <cstdint>

namespace vitalis::certificates
{

enum class KeyRole : std::int64_t { Server = 1, Device = 2 };

constexpr int kDefaultDeviceDays = 90;
constexpr int kDefaultServerDays = 5 * 365;

struct KeyCertificate {
    Bytes publicKey;
    Bytes keyId; // not encoded: always keyIdOf(publicKey), so the QR stays small
    KeyRole role = KeyRole::Device;
    std::int64_t validFrom = 0;  // seconds since 1970 (UTC), inclusive
    std::int64_t validUntil = 0; // exclusive
    Bytes signature; // by the key one level up, over [publicKey, role, validFrom, validUntil]

    // Signs `subject` for `role` from `now` for `days` days with `signer`.
    static KeyCertificate issue(const Bytes& subject, KeyRole role, std::int64_t now, int days,
                                const SigningKey& signer);
    // The server certifies a device's issuing key (created on the device) for `days` days.
    static KeyCertificate certifyDevice(const Bytes& devicePublicKey, const SigningKey& server,
                                        std::int64_t now, int days = kDefaultDeviceDays);

    Bytes encode() const;
    static KeyCertificate decode(const Bytes& data); // throws CertificateError
    // True when signed by `signerPublicKey`.
    bool signedBy(const Bytes& signerPublicKey) const;
    bool validAt(std::int64_t time) const { return time >= validFrom && time < validUntil; }

private:
    Bytes signedPart() const;
};

} // namespace vitalis::certificates
