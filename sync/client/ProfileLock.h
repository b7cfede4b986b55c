// One sync run at a time per profile, across processes: an exclusive flock on
// <profile>/sync.lock, released by the kernel if the holder dies.
#pragma once

#include <filesystem>

namespace vitalis::sync
{

class ProfileLock
{
public:
    // Throws SyncError(Busy) when another process (or object) holds the lock.
    explicit ProfileLock(const std::filesystem::path& profileDir);
    ~ProfileLock();
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

private:
    int m_fd = -1;
};

} // namespace vitalis::sync
