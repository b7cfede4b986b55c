// The QR itself: version and module count for the longest realistic names in English, French
// and Arabic (aim: version 20 at most), and sign -> QR -> PNG -> zbarimg -> verify.
#include "CertificateKeys.h"
#include "certificates/QrCode.h"
#include "certificates/Verifier.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace vitalis::certificates;
using vitalis::test::birthClaims;
using vitalis::test::CertificateKeys;
using vitalis::test::kKeysCreated;

namespace
{

struct Sample {
    const char* language;
    CertificateClaims claims;
};

std::vector<Sample> longestNames()
{
    auto en = birthClaims();
    en.givenNames = "Alexandra Elizabeth Catherine Victoria";
    en.familyName = "Montgomery-Worthington-Fairweather";
    en.placeOfEvent = "Saint Bartholomew's Regional Referral Hospital, Upper Nyakach Sub-County";
    en.motherName = "Margaret Josephine Wilhelmina Montgomery-Worthington";
    en.fatherName = "Christopher Maximilian Alexander Fairweather-Smythe";
    en.issuingOffice = "Upper Nyakach Sub-County Civil Registration Office";
    auto fr = en;
    fr.givenNames = "Marie-Françoise Geneviève Éléonore Bénédicte";
    fr.familyName = "de La Rochefoucauld-Montmorency";
    fr.placeOfEvent = "Centre hospitalier régional universitaire de Sainte-Thérèse-de-l'Enfant";
    fr.motherName = "Anne-Sophie Hélène Clémentine de Bourbon-Vendôme";
    fr.fatherName = "Jean-Baptiste François-Xavier de La Rochefoucauld";
    fr.issuingOffice = "Bureau d'état civil de Saint-Rémy-de-Provence-Nord";
    auto ar = en;
    ar.givenNames = "عبد الرحمن محمد عبد الله";
    ar.familyName = "آل عبد العزيز الهاشمي القرشي";
    ar.placeOfEvent = "مستشفى الملك عبد العزيز الجامعي التخصصي، الرياض";
    ar.motherName = "فاطمة الزهراء عبد الرحيم الأنصاري";
    ar.fatherName = "محمد عبد الله عبد الرحمن آل عبد العزيز";
    ar.issuingOffice = "مكتب الأحوال المدنية بمحافظة الرياض الشمالية";
    return {{"en", en}, {"fr", fr}, {"ar", ar}, {"typical", birthClaims()}};
}

std::string zbar(const std::filesystem::path& image)
{
    const std::string command = "zbarimg --raw -q '" + image.string() + "'";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return {};
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        out.append(buffer, n);
    ::pclose(pipe);
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

} // namespace

TEST(CertificateQr, LongestNamesFitInVersion20)
{
    CertificateKeys keys;
    for (const Sample& s : longestNames()) {
        const std::string text = keys.issuer().sign(s.claims);
        const QrCode qr = QrCode::encode(text);
        std::printf("[qr] %s: %zu characters, version %d, %d modules, error correction %c\n",
                    s.language, text.size(), qr.version(), qr.modules(), qr.errorCorrection());
        EXPECT_LE(qr.version(), 20) << s.language;
        EXPECT_EQ(qr.modules(), 17 + 4 * qr.version());
        const Verification v = Verifier::verify(text, keys.root.publicKey(), nullptr,
                                                kKeysCreated + 10 * vitalis::test::kDay);
        ASSERT_EQ(v.verdict, Verdict::Valid) << v.reason;
        EXPECT_EQ(v.claims->givenNames, s.claims.givenNames); // names as typed, UTF-8 intact
    }
}

TEST(CertificateQr, PngReadByZbarimgVerifiesWithTheSameNamesAndNumber)
{
    CertificateKeys keys;
    const auto claims = longestNames()[2].claims; // Arabic: the densest symbol at level M
    const std::string text = keys.issuer().sign(claims);
    const QrCode qr = QrCode::encode(text);
    const auto dir =
        std::filesystem::temp_directory_path() / ("vitalis-qr-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto png = dir / "certificate.png";
    const Bytes bytes = qr.toPng(4);
    std::ofstream(png, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<long>(bytes.size()));

    const std::string scanned = zbar(png);
    ASSERT_EQ(scanned, text) << "zbarimg read something else (is zbar-tools installed?)";
    const Verification v = Verifier::verify(scanned, keys.root.publicKey(), nullptr,
                                            kKeysCreated + 10 * vitalis::test::kDay);
    EXPECT_EQ(v.verdict, Verdict::Valid) << v.reason;
    ASSERT_TRUE(v.claims);
    EXPECT_EQ(v.claims->registrationNumber, claims.registrationNumber);
    EXPECT_EQ(v.claims->givenNames, claims.givenNames);
    EXPECT_EQ(v.claims->familyName, claims.familyName);
    EXPECT_NE(qr.toSvg().find("<svg"), std::string::npos);
    std::filesystem::remove_all(dir);
}
