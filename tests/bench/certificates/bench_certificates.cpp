// Certificate QR costs: signing the claims into the QR text, that plus the QR matrix, and
// verifying one QR offline (with and without a 10,000-entry revocation list, and opening a
// stored list first as the desktop screen does).
#include "certificates/QrCode.h"
#include "certificates/Verifier.h"
#include "tests/certificates/CertificateKeys.h"

#include <benchmark/benchmark.h>

using namespace vitalis::certificates;
using namespace vitalis::test;

namespace
{

constexpr std::int64_t kNow = kKeysCreated + 10 * kDay;

void BM_Sign(benchmark::State& state)
{
    const CertificateKeys keys;
    const CertificateIssuer issuer = keys.issuer();
    const CertificateClaims claims = birthClaims();
    for (auto _ : state)
        benchmark::DoNotOptimize(issuer.sign(claims));
}
BENCHMARK(BM_Sign)->Unit(benchmark::kMicrosecond);

void BM_SignAndEncodeQr(benchmark::State& state)
{
    const CertificateKeys keys;
    const CertificateIssuer issuer = keys.issuer();
    const CertificateClaims claims = birthClaims();
    for (auto _ : state)
        benchmark::DoNotOptimize(QrCode::encode(issuer.sign(claims)).modules());
}
BENCHMARK(BM_SignAndEncodeQr)->Unit(benchmark::kMicrosecond);

void BM_Verify(benchmark::State& state)
{
    const CertificateKeys keys;
    const std::string text = keys.issuer().sign(birthClaims());
    for (auto _ : state) {
        const Verification v = Verifier::verify(text, keys.root.publicKey(), nullptr, kNow);
        if (v.verdict != Verdict::Valid)
            state.SkipWithError("not valid");
    }
}
BENCHMARK(BM_Verify)->Unit(benchmark::kMicrosecond);

void BM_VerifyWithRevocationList(benchmark::State& state)
{
    const CertificateKeys keys;
    const std::string text = keys.issuer().sign(birthClaims());
    RevocationList list;
    list.issuedAt = kNow;
    for (int i = 0; i < 10000; ++i) {
        list.revokedKeys.push_back({SigningKey::generate().keyId(), kNow});
        list.voided.push_back("BR-2025-" + std::to_string(100000 + i));
    }
    const RevocationList opened =
        RevocationList::open(list.sign(keys.server, keys.serverCertificate), keys.root.publicKey());
    for (auto _ : state) {
        const Verification v = Verifier::verify(text, keys.root.publicKey(), &opened, kNow);
        if (v.verdict != Verdict::Valid)
            state.SkipWithError("not valid");
    }
}
BENCHMARK(BM_VerifyWithRevocationList)->Unit(benchmark::kMicrosecond);

// What the desktop's Verify screen and `vitalis-cli --profile P verify` do per check: open the
// stored list (CBOR decode + the server key's and the list's Ed25519 checks), then verify.
void BM_OpenStoredListAndVerify(benchmark::State& state)
{
    const CertificateKeys keys;
    const std::string text = keys.issuer().sign(birthClaims());
    RevocationList list;
    list.issuedAt = kNow;
    for (int i = 0; i < state.range(0); ++i) {
        list.revokedKeys.push_back({SigningKey::generate().keyId(), kNow});
        list.voided.push_back("BR-2025-" + std::to_string(100000 + i));
    }
    const Bytes signedList = list.sign(keys.server, keys.serverCertificate);
    for (auto _ : state) {
        const RevocationList opened = RevocationList::open(signedList, keys.root.publicKey());
        const Verification v = Verifier::verify(text, keys.root.publicKey(), &opened, kNow);
        if (v.verdict != Verdict::Valid)
            state.SkipWithError("not valid");
    }
}
BENCHMARK(BM_OpenStoredListAndVerify)->Arg(100)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
