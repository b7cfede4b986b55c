// Writes the seed corpus of fuzz_certificate_verifier with the fixed fuzz keys: QR texts (valid
// birth and death certificates, with and without the prefix), a revocation list, a key
// certificate. Usage: certificate_fuzz_seeds DIR   (target excluded from `all`)
#include "certificates/CertificateIssuer.h"
#include "certificates/RevocationList.h"
#include "certificates/fuzz/FuzzKeys.h"

#include <filesystem>
#include <fstream>

using namespace vitalis::certificates;

namespace
{

void write(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary) << bytes;
}

CertificateClaims claims(const char* event)
{
    CertificateClaims c;
    c.registrationNumber = "BR-2027-000042";
    c.eventType = event;
    c.givenNames = "Amina";
    c.familyName = "Otieno";
    c.sex = "female";
    c.dateOfEvent = "2027-01-02";
    c.placeOfEvent = "Kisumu";
    c.motherName = "Grace";
    c.fatherName = "Peter";
    c.registrationDate = "2027-01-05";
    c.issuingOffice = "Kisumu Central";
    c.issuedAt = 1799500000;
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
        return 2;
    const std::filesystem::path dir = argv[1];
    const SigningKey server = fuzz::serverKey();
    const SigningKey device = fuzz::deviceKey();
    const KeyCertificate serverCert = KeyCertificate::issue(server.publicKey(), KeyRole::Server,
                                                            1790000000, 1825, fuzz::rootKey());
    const KeyCertificate deviceCert =
        KeyCertificate::certifyDevice(device.publicKey(), server, 1799000000);
    const CertificateIssuer issuer(device, deviceCert, serverCert);
    const std::string birth = issuer.sign(claims("birth"));
    write(dir / "birth.txt", birth);
    write(dir / "birth-no-prefix.txt", birth.substr(kQrPrefix.size()));
    write(dir / "death.txt", issuer.sign(claims("death")));
    RevocationList list;
    list.issuedAt = 1799600000;
    list.revokedKeys.push_back({device.keyId(), 1799550000});
    list.voided = {"BR-2027-000041", "BR-2027-000042/2"};
    const Bytes signedList = list.sign(server, serverCert);
    write(dir / "revocations.cbor", std::string(signedList.begin(), signedList.end()));
    const Bytes cert = deviceCert.encode();
    write(dir / "device-certificate.cbor", std::string(cert.begin(), cert.end()));
    return 0;
}
