#include "core/store/FileKeyProvider.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vitalis
{
namespace
{
void checkProfileId(const std::string& profileId)
{
    if (profileId.empty() || profileId.find('/') != std::string::npos || profileId == "." ||
        profileId == "..")
        throw KeyUnavailable("invalid profile id '" + profileId + "' for a key file name");
}

struct Fd {
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

FileKeyProvider::FileKeyProvider(std::filesystem::path keyDir) : m_dir(std::move(keyDir)) {}

std::filesystem::path FileKeyProvider::keyPath(const std::string& profileId) const
{
    return m_dir / (profileId + ".key");
}

std::string FileKeyProvider::describe() const
{
    return "key file in " + m_dir.string();
}

SecretKey FileKeyProvider::loadKey(const std::string& profileId)
{
    checkProfileId(profileId);
    const auto path = keyPath(profileId);
    Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    if (f.fd < 0) {
        const int err = errno;
        throw KeyUnavailable("cannot read key file " + path.string() + ": " + std::strerror(err),
                             err == ENOENT);
    }
    struct stat st {
    };
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode))
        throw KeyUnavailable("key file " + path.string() + " is not a regular file");
    if ((st.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        throw KeyUnavailable("key file " + path.string() + " is accessible by other users (mode " +
                             mode + "); run chmod 600 on it");
    }
    SecretBuffer buf(128);
    ssize_t total = 0;
    while (total < static_cast<ssize_t>(buf.size())) {
        ssize_t n = ::read(f.fd, buf.data() + total, buf.size() - static_cast<size_t>(total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw KeyUnavailable("cannot read key file " + path.string() + ": " +
                                 std::strerror(errno));
        if (n == 0)
            break;
        total += n;
    }
    try {
        return SecretKey::fromHex(buf.view().substr(0, static_cast<size_t>(total)));
    } catch (const std::invalid_argument& e) {
        throw KeyUnavailable("key file " + path.string() + " is malformed: " + e.what());
    }
}

SecretKey FileKeyProvider::createKey(const std::string& profileId)
{
    checkProfileId(profileId);
    std::error_code ec;
    if (!std::filesystem::exists(m_dir, ec)) {
        std::filesystem::create_directories(m_dir, ec);
        if (ec)
            throw KeyUnavailable("cannot create key directory " + m_dir.string() + ": " +
                                 ec.message());
        ::chmod(m_dir.c_str(), 0700);
    }
    const auto path = keyPath(profileId);
    // O_EXCL: never overwrite a key that some database may still need.
    Fd f{::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)};
    if (f.fd < 0) {
        const int err = errno;
        throw KeyUnavailable(
            err == EEXIST
                ? "key file " + path.string() + " already exists; refusing to overwrite it"
                : "cannot create key file " + path.string() + ": " + std::strerror(err));
    }
    SecretKey key = SecretKey::generate();
    SecretBuffer hex = key.toHex();
    size_t written = 0;
    while (written < hex.size()) {
        ssize_t n = ::write(f.fd, hex.data() + written, hex.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::unlink(path.c_str());
            throw KeyUnavailable("cannot write key file " + path.string() + ": " +
                                 std::strerror(err));
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(f.fd) != 0) {
        const int err = errno;
        ::unlink(path.c_str());
        throw KeyUnavailable("cannot sync key file " + path.string() + ": " + std::strerror(err));
    }
    return key;
}

} // namespace vitalis
