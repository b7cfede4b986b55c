// Switches the UI language at run time: one QTranslator per screen group from
// :/i18n/<group>_<lang>.qm (plus Qt's own strings), right-to-left for Arabic, the choice kept in
// the profile, and session.setLanguage() so form catalog text follows.
#pragma once

#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

class QTranslator;

namespace vitalis::desktop
{

class DesktopSession;

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kLanguageSetting = "desktop.language";
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
    }
    static QStringList groups()
    {
        return {QStringLiteral("shell"), QStringLiteral("form"), QStringLiteral("records")};
    }
    static QString nativeName(const QString& language); // "Français", "العربية"

    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // Installs the translators (no session yet: the sign-in screens).
    void apply(const QString& language);
    // With a session: also persists the choice in the profile and tells the forms.
    void attach(DesktopSession* session);
    void switchTo(const QString& language);
    const QString& current() const { return m_current; }
    QString savedLanguage() const; // the profile's choice, or "" without a session

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    QString m_current;
    DesktopSession* m_session = nullptr;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace vitalis::desktop
