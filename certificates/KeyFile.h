// Key files: a private key (hex, written 0600 before any byte goes in), a public key (hex) and
// a key certificate (hex of its CBOR). Text files so an administrator can read and copy them.
#pragma once

#include "certificates/KeyCertificate.h"

#include <filesystem>

namespace vitalis::certificates::keyfile
{

void writePrivate(const std::filesystem::path& file, const SigningKey& key);
void writePublic(const std::filesystem::path& file, const Bytes& publicKey);
void writeCertificate(const std::filesystem::path& file, const KeyCertificate& certificate);

// Each throws CertificateError naming the file when it is missing or not of that kind.
SigningKey readPrivate(const std::filesystem::path& file);
Bytes readPublic(const std::filesystem::path& file);
KeyCertificate readCertificate(const std::filesystem::path& file);
Bytes readBinary(const std::filesystem::path& file); // e.g. a revocation list

} // namespace vitalis::certificates::keyfile
