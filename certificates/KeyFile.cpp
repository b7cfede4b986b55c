#include "certificates/KeyFile.h"

#include "certificates/CertificateError.h"

#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace vitalis::certificates::keyfile
{
namespace
{

constexpr const char* kPrivateTag = "vitalis-ed25519-private";
constexpr const char* kPublicTag = "vitalis-ed25519-public";
constexpr const char* kCertificateTag = "vitalis-key-certificate";

void writeText(const std::filesystem::path& file, const std::string& text, mode_t mode)
{
    // open() with the mode: the file never exists with wider permissions, not even briefly.
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0)
        throw CertificateError(file.string() + ": cannot create (does it already exist?)");
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    if (!ok)
        throw CertificateError(file.string() + ": cannot write");
}

Bytes readTagged(const std::filesystem::path& file, const std::string& tag)
{
    std::ifstream in(file);
    if (!in)
        throw CertificateError(file.string() + ": cannot read");
    std::string word;
    std::string value;
    in >> word >> value;
    if (word != tag)
        throw CertificateError(file.string() + ": not a " + tag + " file");
    return fromHex(value, file.string().c_str());
}

} // namespace

void writePrivate(const std::filesystem::path& file, const SigningKey& key)
{
    writeText(file, std::string(kPrivateTag) + " " + hex(key.secret()) + "\n", 0600);
}

void writePublic(const std::filesystem::path& file, const Bytes& publicKey)
{
    writeText(file, std::string(kPublicTag) + " " + hex(publicKey) + "\n", 0644);
}

void writeCertificate(const std::filesystem::path& file, const KeyCertificate& certificate)
{
    writeText(file, std::string(kCertificateTag) + " " + hex(certificate.encode()) + "\n", 0644);
}

SigningKey readPrivate(const std::filesystem::path& file)
{
    return SigningKey::fromSecret(readTagged(file, kPrivateTag));
}

Bytes readPublic(const std::filesystem::path& file)
{
    Bytes key = readTagged(file, kPublicTag);
    if (key.size() != kPublicKeySize)
        throw CertificateError(file.string() + ": the public key must be 32 bytes");
    return key;
}

KeyCertificate readCertificate(const std::filesystem::path& file)
{
    return KeyCertificate::decode(readTagged(file, kCertificateTag));
}

Bytes readBinary(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw CertificateError(file.string() + ": cannot read");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string s = buffer.str();
    return Bytes(s.begin(), s.end());
}

} // namespace vitalis::certificates::keyfile
