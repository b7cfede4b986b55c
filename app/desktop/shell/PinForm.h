// Unlock with the offline PIN: checks it against the profile's argon2id verifier, counts
// failures in the database and stops after the policy's limit (5) until an online sign-in.
// Used at start-up and for the idle lock.
#pragma once

#include <QWidget>
#include <functional>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::desktop
{

class PinForm : public QWidget
{
    Q_OBJECT
public:
    explicit PinForm(QWidget* parent = nullptr);
    // The profile and user to unlock; `who` is shown in the title.
    void setProfile(ProfileStore* store, const std::string& userId, const QString& who);
    void setClock(std::function<std::int64_t()> now) { m_now = std::move(now); }
    void reset(); // empty field, no message, focus in the field
    QString message() const;
    bool isLockedOut() const { return m_lockedOut; }

Q_SIGNALS:
    void unlocked();
    void onlineSignInRequested(); // after a lockout, or "forgot PIN"
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;
    // The field takes the focus whenever the page appears: focus given while the page was
    // hidden (the profile chosen before the window showed) does not stick.
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    void retranslate();
    void showLockedOut();
    ProfileStore* m_store = nullptr;
    QString m_who;
    std::string m_userId;
    std::function<std::int64_t()> m_now;
    bool m_lockedOut = false;
    int m_remaining = -1;
    QLabel* m_title;
    QLabel* m_prompt;
    QLineEdit* m_pin;
    QPushButton* m_unlock;
    QPushButton* m_online;
    QPushButton* m_switch;
    QLabel* m_message;
};

} // namespace vitalis::desktop
