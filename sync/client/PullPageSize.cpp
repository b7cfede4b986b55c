#include "sync/client/PullPageSize.h"

#include "core/store/SettingsRepository.h"

#include <algorithm>

namespace vitalis::sync
{

PullPageSize::PullPageSize(SettingsRepository& settings, int maximum) : m_settings(settings)
{
    const auto cap = m_settings.getInt(kServerCapSetting, 0);
    m_max = std::max(1, cap > 0 ? std::min<int>(maximum, static_cast<int>(cap)) : maximum);
    m_floor = std::min(kFloor, m_max);
    m_current = std::clamp(static_cast<int>(m_settings.getInt(kSetting, m_max)), m_floor, m_max);
}

void PullPageSize::set(int size)
{
    size = std::clamp(size, m_floor, m_max);
    if (size == m_current)
        return;
    m_current = size;
    m_settings.setInt(kSetting, size); // written only when it changes: rare once settled
}

int PullPageSize::shrink()
{
    set(m_current / 2);
    return m_current;
}

void PullPageSize::grow()
{
    set(m_current + std::max(1, m_current / 2));
}

bool PullPageSize::refused(int limit)
{
    if (limit <= 1)
        return false;
    const int below = limit / 2;
    m_settings.setInt(kServerCapSetting, below);
    m_max = std::min(m_max, below);
    m_floor = std::min(m_floor, m_max);
    set(std::min(m_current, m_max));
    return true;
}

} // namespace vitalis::sync
