// Certificate QR costs: signing the claims into the QR text, that plus the QR matrix, and
// verifying one QR offline (with and without a 10,000-entry revocation list).
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

} // namespace

BENCHMARK_MAIN();
