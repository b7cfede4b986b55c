// The main window: assembles the screens in a stack, implements Navigator so screens never
// know each other, and holds the menus, the sync status bar, the language menu and the idle lock.
#pragma once

#include "app/desktop/session/Navigator.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;

namespace vitalis::desktop
{

class DesktopSession;
class HomeScreen;
class IdleLock;
class LanguageSwitcher;
class PinForm;
class SearchScreen;
class SyncController;
class SyncStatusBar;
class UserGuideWindow;

class MainWindow : public QMainWindow, public Navigator
{
    Q_OBJECT
public:
    MainWindow(DesktopSession& session, LanguageSwitcher& languages, SyncController* sync,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Navigator
    void goHome() override;
    void newDeclaration(const QString& eventType) override;
    void editRecord(const QString& recordId) override;
    void correctRecord(const QString& recordId, bool direct) override;
    void openRecord(const QString& recordId) override;
    void openConflicts(const QString& recordId) override;
    void openOutbox() override;
    void openDuplicates(const QString& recordId) override;
    void openSearch(const QString& text) override;

    void lock();
    bool isLocked() const;
    QWidget* currentScreen() const;
    HomeScreen& home() { return *m_home; }
    SearchScreen& search() { return *m_search; }
    QWidget* declarationScreen() const { return m_declaration; }
    QWidget* recordScreen() const { return m_record; }
    QWidget* conflictScreen() const { return m_conflicts; }
    QWidget* outboxScreen() const { return m_outbox; }
    QWidget* reviewScreen() const { return m_review; }
    QWidget* verifyScreen() const { return m_verify; }
    void openReviewQueue();
    void openVerify(); // Ctrl+Shift+V, Go → Verify certificate
    QWidget* statisticsScreen() const { return m_statistics; }
    void openStatistics(); // Ctrl+Shift+T, Go → Statistics (roles with statistics.view)
    SyncStatusBar& statusWidget() { return *m_status; }
    IdleLock& idleLock() { return *m_idle; }
    QMenu* languageMenu() const { return m_languageMenu; }
    void showAbout();
    void showUserGuide(); // F1, Help → User guide
    UserGuideWindow* userGuide() const { return m_guide; }
    void syncNow(); // F5: a sync, or why there is none while offline

Q_SIGNALS:
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void showScreen(QWidget* screen);
    void retranslate();
    QWidget* placeholder(const char* name);
    DesktopSession& m_session;
    LanguageSwitcher& m_languages;
    SyncController* m_sync;
    QStackedWidget* m_stack;
    HomeScreen* m_home;
    SearchScreen* m_search;
    QWidget* m_declaration;
    QWidget* m_record;
    QWidget* m_conflicts;
    QWidget* m_outbox;
    QWidget* m_review = nullptr;     // the records group's review queue (validate/register roles)
    QWidget* m_verify = nullptr;     // Verify certificate (records group builds only)
    QWidget* m_duplicates = nullptr; // possible duplicates side by side (duplicate.decide)
    QWidget* m_statistics = nullptr; // Statistics (roles with statistics.view)
    PinForm* m_lock;
    QWidget* m_beforeLock = nullptr;
    SyncStatusBar* m_status;
    IdleLock* m_idle;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newBirth = nullptr;
    QAction* m_newDeath = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_switchUser = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_goHome = nullptr;
    QAction* m_goSearch = nullptr;
    QAction* m_goOutbox = nullptr;
    QAction* m_goConflicts = nullptr;
    QAction* m_goReview = nullptr;
    QAction* m_goVerify = nullptr;
    QAction* m_goStatistics = nullptr;
    QAction* m_about = nullptr;
    QAction* m_userGuideAction = nullptr;
    UserGuideWindow* m_guide = nullptr; // made on first use
    QActionGroup* m_languageGroup = nullptr;
};

} // namespace vitalis::desktop
