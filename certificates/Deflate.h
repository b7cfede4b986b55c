// zlib compression of the signed envelope before Base45 (as in the EU certificate's HC1 and
// Claim 169). Inflation is bounded so a crafted QR cannot expand into a memory bomb.
#pragma once

#include "certificates/Cbor.h"

namespace vitalis::certificates::deflate
{

Bytes compress(const Bytes& data);
// Throws CertificateError if `data` is not a zlib stream or inflates past `maxSize`.
Bytes inflate(const Bytes& data, std::size_t maxSize = 64 * 1024);

} // namespace vitalis::certificates::deflate
