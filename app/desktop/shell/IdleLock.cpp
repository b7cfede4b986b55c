#include "app/desktop/shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace vitalis::desktop
{

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
    setTimeout(timeout);
}

IdleLock::~IdleLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer->setInterval(timeout);
    if (timeout.count() > 0 && !m_paused)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    setTimeout(std::chrono::milliseconds(m_timer->interval()));
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_paused && m_timer->interval() > 0)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vitalis::desktop
