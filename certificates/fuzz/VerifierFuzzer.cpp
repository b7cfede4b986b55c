// Fuzz entry point: arbitrary bytes as a certificate QR text (with and without the "VC1:"
// prefix), as a revocation list and as a key certificate. None may crash or hang; a QR text
// the fuzzer makes from the seeds may only be valid if it still carries a genuine signature.
#include "certificates/CertificateError.h"
#include "certificates/Verifier.h"
#include "certificates/fuzz/FuzzKeys.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace vitalis::certificates;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const Bytes root = fuzz::rootKey().publicKey();
    constexpr std::int64_t kNow = 1800000000; // 2027-01-15: inside the seed keys' validity
    const std::string text(reinterpret_cast<const char*>(data), size);
    Verifier::verify(text, root, nullptr, kNow);
    Verifier::verify("VC1:" + text, root, nullptr, kNow);
    const Bytes bytes(data, data + size);
    try {
        const RevocationList list = RevocationList::open(bytes, root);
        Verifier::verify(text, root, &list, kNow);
    } catch (const CertificateError&) {
    }
    try {
        KeyCertificate::decode(bytes).signedBy(root);
    } catch (const CertificateError&) {
    }
    return 0;
}
