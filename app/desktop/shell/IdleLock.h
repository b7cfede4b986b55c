// Locks the window after a period without keyboard or mouse input (shared office laptops):
// watches the whole application's input events and restarts a timer on each.
#pragma once

#include <QObject>
#include <chrono>

class QTimer;

namespace vitalis::desktop
{

class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kMinutesSetting = "desktop.idle_lock_minutes";
    explicit IdleLock(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleLock() override;
    void setTimeout(std::chrono::milliseconds timeout); // 0 = never lock
    void setPaused(bool paused);                        // while locked

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    bool m_paused = false;
};

} // namespace vitalis::desktop
