#include "app/desktop/shell/LanguageSwitcher.h"

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/LanguageName.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vitalis::desktop
{

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) {}

LanguageSwitcher::~LanguageSwitcher()
{
    for (auto& t : m_translators)
        QCoreApplication::removeTranslator(t.get());
}

QString LanguageSwitcher::nativeName(const QString& language)
{
    return languageName(language);
}

void LanguageSwitcher::apply(const QString& requested)
{
    const QString language = languages().contains(requested) ? requested : QStringLiteral("en");
    if (language == m_current)
        return;
    for (auto& t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();
    for (const QString& group : groups()) {
        auto t = std::make_unique<QTranslator>();
        // A group whose translation has not landed yet stays in English rather than failing.
        if (t->load(QStringLiteral(":/i18n/%1_%2.qm").arg(group, language)))
            m_translators.push_back(std::move(t));
    }
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>(); // Qt's own dialogs and standard buttons
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_translators.push_back(std::move(qt));
    }
    QLocale::setDefault(QLocale(language));
    // Layout direction first, so screens retranslating on LanguageChange lay out once.
    QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft
                                                                     : Qt::LeftToRight);
    for (auto& t : m_translators)
        QCoreApplication::installTranslator(t.get()); // each sends QEvent::LanguageChange
    // Back to English installs nothing, but removing the translators above already sent
    // QEvent::LanguageChange to every widget.
    m_current = language;
    Q_EMIT languageChanged(language);
}

void LanguageSwitcher::attach(DesktopSession* session)
{
    m_session = session;
    if (m_session)
        m_session->setLanguage(m_current.isEmpty() ? QStringLiteral("en") : m_current);
}

QString LanguageSwitcher::savedLanguage() const
{
    if (!m_session)
        return {};
    return QString::fromStdString(m_session->store().settings().get(kLanguageSetting, ""));
}

void LanguageSwitcher::switchTo(const QString& language)
{
    apply(language);
    if (m_session) {
        m_session->store().settings().set(kLanguageSetting, m_current.toStdString());
        m_session->setLanguage(m_current);
    }
}

} // namespace vitalis::desktop
