#include "app/desktop/shell/PinForm.h"

#include "core/store/ProfileStore.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QVBoxLayout>

namespace vitalis::desktop
{

PinForm::PinForm(QWidget* parent)
    : QWidget(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_title(new QLabel(this)), m_prompt(new QLabel(this)), m_pin(new QLineEdit(this)),
      m_unlock(new QPushButton(this)), m_online(new QPushButton(this)),
      m_switch(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("pinForm"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_pin->setObjectName(QStringLiteral("pinInput"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), m_pin));
    m_pin->setMaximumWidth(220);
    m_pin->setAlignment(Qt::AlignCenter);
    m_unlock->setObjectName(QStringLiteral("pinUnlock"));
    m_unlock->setDefault(true);
    m_online->setObjectName(QStringLiteral("pinOnline"));
    m_switch->setObjectName(QStringLiteral("pinSwitchUser"));
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b"));

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_pin);
    row->addWidget(m_unlock);
    row->addStretch();
    auto* links = new QHBoxLayout;
    links->addStretch();
    links->addWidget(m_online);
    links->addWidget(m_switch);
    links->addStretch();
    // The content keeps its natural height and sits in the middle of the screen.
    auto* box = new QWidget(this);
    auto* content = new QVBoxLayout(box);
    content->addWidget(m_title);
    content->addWidget(m_prompt);
    content->addLayout(row);
    content->addWidget(m_message);
    content->addLayout(links);
    box->setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box, 0, Qt::AlignCenter);
    setTabOrder(m_pin, m_unlock);
    setTabOrder(m_unlock, m_online);
    setTabOrder(m_online, m_switch);
    connect(m_pin, &QLineEdit::returnPressed, this, &PinForm::submit);
    connect(m_unlock, &QPushButton::clicked, this, &PinForm::submit);
    connect(m_online, &QPushButton::clicked, this, &PinForm::onlineSignInRequested);
    connect(m_switch, &QPushButton::clicked, this, &PinForm::switchUserRequested);
    retranslate();
}

void PinForm::setProfile(ProfileStore* store, const std::string& userId, const QString& who)
{
    m_store = store;
    m_userId = userId;
    m_who = who;
    m_lockedOut = false;
    m_remaining = -1;
    if (m_store) {
        if (const auto user = m_store->users().find(m_userId); user && user->lockedOut)
            m_lockedOut = true;
    }
    reset();
    retranslate();
    if (m_lockedOut)
        showLockedOut();
}

void PinForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pin->isEnabled())
        m_pin->setFocus();
}

void PinForm::reset()
{
    m_pin->clear();
    m_message->clear();
    m_pin->setEnabled(!m_lockedOut);
    m_unlock->setEnabled(!m_lockedOut);
    m_pin->setFocus();
}

QString PinForm::message() const
{
    return m_message->text();
}

void PinForm::submit()
{
    if (!m_store || m_lockedOut || m_pin->text().isEmpty())
        return;
    const auto r = m_store->users().verifyPin(m_userId, m_pin->text().toStdString(), m_now());
    m_pin->clear();
    switch (r.outcome) {
    case PinOutcome::Ok:
        m_message->clear();
        Q_EMIT unlocked();
        return;
    case PinOutcome::Wrong:
        m_remaining = r.remainingAttempts;
        m_message->setText(tr("Wrong PIN. %n attempt(s) left before this profile locks.", nullptr,
                              r.remainingAttempts));
        break;
    case PinOutcome::LockedOut:
        showLockedOut();
        break;
    case PinOutcome::NoPin:
    case PinOutcome::UnknownUser:
        m_message->setText(tr("This profile has no PIN yet: sign in online."));
        break;
    }
    m_pin->setFocus();
}

void PinForm::showLockedOut()
{
    m_lockedOut = true;
    m_pin->setEnabled(false);
    m_unlock->setEnabled(false);
    m_message->setText(tr("Too many wrong PINs: this profile is locked. Sign in online with "
                          "your password to unlock it."));
    m_online->setFocus();
}

void PinForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinForm::retranslate()
{
    m_title->setText(m_who.isEmpty() ? tr("Unlock") : tr("Unlock %1").arg(m_who));
    m_prompt->setText(tr("Enter your PIN to open your records on this laptop."));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_unlock->setText(tr("&Unlock"));
    m_online->setText(tr("Sign in &online"));
    m_switch->setText(tr("&Another user"));
    if (m_lockedOut)
        m_message->setText(tr("Too many wrong PINs: this profile is locked. Sign in online with "
                              "your password to unlock it."));
    else if (m_remaining >= 0 && !m_message->text().isEmpty())
        m_message->setText(
            tr("Wrong PIN. %n attempt(s) left before this profile locks.", nullptr, m_remaining));
}

} // namespace vitalis::desktop
