// Shared pieces of the records-screen tests: a Navigator that records what was asked, complete
// declarations the form accepts, UI translators for en/fr/ar, and screenshots to the build's
// artifacts/screenshots folder.
#pragma once

#include "GuiTestProfile.h"
#include "app/desktop/session/Navigator.h"
#include "core/TrackingId.h"
#include "tests/support/Fixtures.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QWidget>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

namespace vitalis::test
{

class RecordingNavigator final : public desktop::Navigator
{
public:
    void goHome() override { calls.push_back("home"); }
    void newDeclaration(const QString& e) override { calls.push_back("new:" + e.toStdString()); }
    void editRecord(const QString& id) override { calls.push_back("edit:" + id.toStdString()); }
    void openRecord(const QString& id) override { calls.push_back("open:" + id.toStdString()); }
    void correctRecord(const QString& id, bool direct) override
    {
        calls.push_back((direct ? "correct:" : "request-correction:") + id.toStdString());
    }
    void openConflicts(const QString& id) override
    {
        calls.push_back("conflicts:" + id.toStdString());
    }
    void openOutbox() override { calls.push_back("outbox"); }
    void openSearch(const QString& t) override { calls.push_back("search:" + t.toStdString()); }
    void openDuplicates(const QString& id) override
    {
        calls.push_back("duplicates:" + id.toStdString());
    }
    std::string last() const { return calls.empty() ? std::string() : calls.back(); }
    std::vector<std::string> calls;
};

// Installs the records translations for `language` ("en" = none) and sets the layout
// direction, as the shell's language switcher does.
class UiLanguage
{
public:
    explicit UiLanguage(const QString& language) { set(language); }
    ~UiLanguage() { set(QStringLiteral("en")); }
    bool set(const QString& language)
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
        QLocale::setDefault(QLocale(language));
        QApplication::setLayoutDirection(language == QStringLiteral("ar") ? Qt::RightToLeft
                                                                          : Qt::LeftToRight);
        if (language == QStringLiteral("en"))
            return true;
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/records_") + language +
                                QStringLiteral(".qm")))
            return false;
        QCoreApplication::installTranslator(m_translator.get());
        return true;
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

// A button's shortcut clicks it after a short animation (QAbstractButton::animateClick):
// press the keys, then let the click happen.
inline void pressShortcut(QWidget* target, Qt::Key key,
                          Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
{
    QTest::keyClick(target, key, modifiers);
    QTest::qWait(200);
}

// Selects exactly one row, as a click or the arrow keys would.
inline void selectOnly(QTableView* table, int row)
{
    const auto index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
}

inline QString screenshotPath(const QString& name)
{
    QDir().mkpath(QStringLiteral(VITALIS_SCREENSHOT_DIR));
    return QStringLiteral(VITALIS_SCREENSHOT_DIR) + QLatin1Char('/') + name +
           QStringLiteral(".png");
}

inline bool saveScreenshot(QWidget& w, const QString& name)
{
    w.resize(1180, 760);
    w.show();
    QCoreApplication::processEvents();
    return w.grab().save(screenshotPath(name));
}

} // namespace vitalis::test
