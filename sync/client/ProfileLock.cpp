#include "sync/client/ProfileLock.h"

#include "sync/client/SyncError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace vitalis::sync
{

ProfileLock::ProfileLock(const std::filesystem::path& profileDir)
{
    const auto file = profileDir / "sync.lock";
    m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        throw SyncError(SyncError::Kind::Busy,
                        "cannot open " + file.string() + ": " + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        throw SyncError(SyncError::Kind::Busy, "another sync of this profile is running (" +
                                                   file.string() + " is locked)");
    }
}

ProfileLock::~ProfileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing drops the flock
}

} // namespace vitalis::sync
