#include "sync/server/auth/SecretBox.h"

#include "sync/server/auth/Secrets.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace vitalis::server
{

namespace
{
constexpr std::string_view kPrefix = "sb1:";

[[noreturn]] void fail(const QString& file, const std::string& why)
{
    throw std::runtime_error("secrets key file " + file.toStdString() + ": " + why);
}

std::string toHex(const std::string& raw)
{
    std::string hex(raw.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                   raw.size());
    hex.pop_back();
    return hex;
}

// A new key is written to a private temporary file and linked into place: link() fails when
// another process got there first, and then that process's key is the one everyone reads.
void createKeyFile(const QString& file)
{
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir))
        fail(file, "cannot create its folder " + dir.toStdString());
    ::chmod(dir.toLocal8Bit().constData(), 0700);
    const QByteArray path = file.toLocal8Bit();
    const QByteArray tmp = path + ".new." + QByteArray::number(::getpid());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        fail(file, std::string("cannot create it: ") + std::strerror(errno));
    const std::string text = toHex(randomBytes(crypto_secretbox_KEYBYTES)) + "\n";
    const bool written =
        ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
        ::fsync(fd) == 0;
    ::close(fd);
    const bool linked =
        written && (::link(tmp.constData(), path.constData()) == 0 || errno == EEXIST);
    const int linkErrno = errno;
    ::unlink(tmp.constData());
    if (!linked)
        fail(file, std::string("cannot write it: ") + std::strerror(linkErrno));
}

std::string readKeyFile(const QString& file)
{
    const QByteArray path = file.toLocal8Bit();
    struct stat st {
    };
    if (::stat(path.constData(), &st) != 0)
        fail(file, std::string("cannot read it: ") + std::strerror(errno));
    if ((st.st_mode & 077) != 0)
        fail(file, "it is readable or writable by other users; chmod 600 it");
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(file, std::string("cannot read it: ") + std::strerror(errno));
    char buf[256];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    std::string key(crypto_secretbox_KEYBYTES, '\0');
    std::size_t len = 0;
    const char* end = nullptr;
    if (n <= 0 ||
        sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), buf,
                       static_cast<std::size_t>(n), " \r\n", &len, &end) != 0 ||
        len != key.size() || end != buf + n)
        fail(file, "not a Vitalis secrets key (expected " +
                       std::to_string(crypto_secretbox_KEYBYTES * 2) + " hex digits)");
    return key;
}
} // namespace

SecretBox SecretBox::fromFile(const QString& file)
{
    ensureSodium();
    if (!QFileInfo::exists(file))
        createKeyFile(file);
    return SecretBox(readKeyFile(file), file);
}

SecretBox::SecretBox(std::string key, QString file) : key_(std::move(key)), file_(std::move(file))
{
    if (key_.size() != crypto_secretbox_KEYBYTES)
        throw std::invalid_argument("SecretBox: wrong key size");
}

std::string SecretBox::seal(std::string_view plain) const
{
    std::string box = randomBytes(crypto_secretbox_NONCEBYTES);
    box.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    auto* out = reinterpret_cast<unsigned char*>(box.data());
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), out,
                          reinterpret_cast<const unsigned char*>(key_.data()));
    std::string b64(sodium_base64_ENCODED_LEN(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(b64.data(), b64.size(), out, box.size(), sodium_base64_VARIANT_ORIGINAL);
    b64.resize(b64.size() - 1); // the terminating NUL
    return std::string(kPrefix) + b64;
}

std::optional<std::string> SecretBox::open(std::string_view sealed) const
{
    if (!isSealed(sealed))
        return std::nullopt;
    sealed.remove_prefix(kPrefix.size());
    std::string box(sealed.size(), '\0');
    std::size_t len = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(box.data()), box.size(), sealed.data(),
                          sealed.size(), nullptr, &len, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        len < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(box.data());
    std::string plain(len - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   in + crypto_secretbox_NONCEBYTES,
                                   len - crypto_secretbox_NONCEBYTES, in,
                                   reinterpret_cast<const unsigned char*>(key_.data())) != 0)
        return std::nullopt;
    return plain;
}

bool SecretBox::isSealed(std::string_view stored)
{
    return stored.starts_with(kPrefix);
}

} // namespace vitalis::server
