// Base45 (RFC 9285): bytes as text in the QR code's alphanumeric alphabet, so the QR can use
// its dense alphanumeric mode. Decoding errors name the position and what is wrong.
#pragma once

#include "certificates/Cbor.h"

#include <string>
#include <string_view>

namespace vitalis::certificates::base45
{

std::string encode(const Bytes& data);
// Throws CertificateError on a character outside the alphabet, a length of 3n+1, or a group
// whose value is too large (a triple over 65535, a final pair over 255).
Bytes decode(std::string_view text);

} // namespace vitalis::certificates::base45
