#include "app/desktop/shell/MainWindow.h"

#include "VitalisVersion.h"
#include "app/common/ShareDirectory.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/ConnectivityMonitor.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/IdleLock.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/PinForm.h"
#include "app/desktop/shell/SearchScreen.h"
#include "app/desktop/shell/SyncController.h"
#include "app/desktop/shell/SyncStatusBar.h"
#include "app/desktop/shell/UserGuideWindow.h"

#if VITALIS_HAVE_GUI_FORM
#include "app/desktop/form/DeclarationScreen.h"
#endif
#if VITALIS_HAVE_GUI_RECORDS
#include "app/desktop/records/ConflictScreen.h"
#include "app/desktop/records/DuplicateCompareScreen.h"
#include "app/desktop/records/OutboxScreen.h"
#include "app/desktop/records/RecordScreen.h"
#include "app/desktop/records/ReviewQueueScreen.h"
#include "app/desktop/records/StatisticsScreen.h"
#include "app/desktop/records/VerifyScreen.h"
#include "core/Scope.h"
#endif

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace vitalis::desktop
{

MainWindow::MainWindow(DesktopSession& session, LanguageSwitcher& languages, SyncController* sync,
                       QWidget* parent)
    : QMainWindow(parent), m_session(session), m_languages(languages), m_sync(sync),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_home = new HomeScreen(session, *this, m_stack);
    m_search = new SearchScreen(session, *this, m_stack);
#if VITALIS_HAVE_GUI_FORM
    m_declaration = new DeclarationScreen(session, *this, m_stack);
#else
    m_declaration = placeholder("declarationScreen");
#endif
#if VITALIS_HAVE_GUI_RECORDS
    m_record = new RecordScreen(session, *this, m_stack);
    m_conflicts = new ConflictScreen(session, *this, m_stack);
    m_outbox = new OutboxScreen(session, *this, m_stack);
    if (session.actor().role.has(scope::DuplicateDecide)) {
        m_duplicates = new DuplicateCompareScreen(session, *this, m_stack);
        m_stack->addWidget(m_duplicates);
    }
    if (session.actor().role.has(scope::Register) || session.actor().role.has(scope::Validate)) {
        m_review = new ReviewQueueScreen(session, *this, m_stack);
        m_stack->addWidget(m_review);
        connect(m_home, &HomeScreen::reviewQueueRequested, this, &MainWindow::openReviewQueue);
    }
    m_verify = new VerifyScreen(session, locateShareDirectory().rootKey, m_stack);
    m_stack->addWidget(m_verify);
    if (session.actor().role.has(scope::Statistics)) { // hidden from roles without the scope
        // The districts' boundaries ship beside the country's reference data.
        m_statistics = new StatisticsScreen(
            session, locateShareDirectory().reference.parent_path() / "districts.geojson", m_stack);
        m_stack->addWidget(m_statistics);
    }
#else
    m_record = placeholder("recordScreen");
    m_conflicts = placeholder("conflictScreen");
    m_outbox = placeholder("outboxScreen");
#endif
    m_lock = new PinForm(m_stack);
    m_lock->setObjectName(QStringLiteral("lockScreen"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_search), m_declaration, m_record,
          m_conflicts, m_outbox, static_cast<QWidget*>(m_lock)})
        m_stack->addWidget(w);
    setCentralWidget(m_stack);
    m_status = new SyncStatusBar(session, sync, this);
    statusBar()->addWidget(m_status, 1);

    const auto minutes = session.store().settings().getInt(IdleLock::kMinutesSetting, 10);
    m_idle = new IdleLock(std::chrono::minutes(minutes), this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    connect(m_lock, &PinForm::unlocked, this, [this] {
        m_idle->setPaused(false);
        menuBar()->setEnabled(true);
        showScreen(m_beforeLock ? m_beforeLock : m_home);
        m_beforeLock = nullptr;
    });
    connect(m_lock, &PinForm::switchUserRequested, this, &MainWindow::switchUserRequested);
    connect(m_lock, &PinForm::onlineSignInRequested, this, &MainWindow::switchUserRequested);

    buildMenus();
    retranslate();
    resize(1100, 700);
    showScreen(m_home);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::placeholder(const char* name)
{
    auto* l = new QLabel(m_stack);
    l->setObjectName(QLatin1String(name));
    l->setAlignment(Qt::AlignCenter);
    return l;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newBirth =
        m_fileMenu->addAction(QString(), this, [this] { newDeclaration(QStringLiteral("birth")); });
    m_newBirth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newDeath =
        m_fileMenu->addAction(QString(), this, [this] { newDeclaration(QStringLiteral("death")); });
    m_newDeath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_fileMenu->addSeparator();
    m_syncNow = m_fileMenu->addAction(QString(), this, &MainWindow::syncNow);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setEnabled(m_sync != nullptr);
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchUser = m_fileMenu->addAction(QString(), this, &MainWindow::switchUserRequested);
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_goMenu = menuBar()->addMenu(QString());
    m_goHome = m_goMenu->addAction(QString(), this, &MainWindow::goHome);
    m_goHome->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_goSearch = m_goMenu->addAction(QString(), this, [this] { openSearch({}); });
    m_goSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_goOutbox = m_goMenu->addAction(QString(), this, &MainWindow::openOutbox);
    m_goOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_goConflicts = m_goMenu->addAction(QString(), this, [this] { openConflicts({}); });
    m_goConflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    if (m_review) {
        m_goReview = m_goMenu->addAction(QString(), this, &MainWindow::openReviewQueue);
        m_goReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    }
    if (m_verify) {
        m_goVerify = m_goMenu->addAction(QString(), this, &MainWindow::openVerify);
        m_goVerify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    }
    if (m_statistics) {
        m_goStatistics = m_goMenu->addAction(QString(), this, &MainWindow::openStatistics);
        m_goStatistics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString& lang : LanguageSwitcher::languages()) {
        // Each language in its own name, so anyone can find theirs whatever is shown now.
        QAction* a = m_languageMenu->addAction(LanguageSwitcher::nativeName(lang));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_languages.current() ||
                      (m_languages.current().isEmpty() && lang == QLatin1String("en")));
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { m_languages.switchTo(lang); });
    }
    connect(&m_languages, &LanguageSwitcher::languageChanged, this, [this](const QString& lang) {
        for (QAction* a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == lang);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_userGuideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_userGuideAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::showScreen(QWidget* screen)
{
    // Without a window manager (a kiosk X session) nothing hands the keyboard back to this
    // window when a dialog closes: the new screen's shortcuts would go nowhere.
    if (!isActiveWindow())
        activateWindow();
    m_stack->setCurrentWidget(screen);
    screen->setFocus();
    if (QWidget* first = screen->nextInFocusChain();
        first && screen->focusProxy() == nullptr && screen->isAncestorOf(first))
        first->setFocus(Qt::OtherFocusReason);
}

QWidget* MainWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void MainWindow::goHome()
{
    m_home->refresh();
    showScreen(m_home);
}

void MainWindow::newDeclaration(const QString& eventType)
{
#if VITALIS_HAVE_GUI_FORM
    static_cast<DeclarationScreen*>(m_declaration)->startNew(eventType);
#else
    Q_UNUSED(eventType);
#endif
    showScreen(m_declaration);
}

void MainWindow::correctRecord(const QString& recordId, bool direct)
{
#if VITALIS_HAVE_GUI_FORM
    static_cast<DeclarationScreen*>(m_declaration)->correctRecord(recordId, direct);
#else
    Q_UNUSED(recordId);
    Q_UNUSED(direct);
#endif
    showScreen(m_declaration);
}

void MainWindow::editRecord(const QString& recordId)
{
#if VITALIS_HAVE_GUI_FORM
    static_cast<DeclarationScreen*>(m_declaration)->editRecord(recordId);
#else
    Q_UNUSED(recordId);
#endif
    showScreen(m_declaration);
}

void MainWindow::openRecord(const QString& recordId)
{
#if VITALIS_HAVE_GUI_RECORDS
    static_cast<RecordScreen*>(m_record)->showRecord(recordId);
#else
    Q_UNUSED(recordId);
#endif
    showScreen(m_record);
}

void MainWindow::openConflicts(const QString& recordId)
{
#if VITALIS_HAVE_GUI_RECORDS
    static_cast<ConflictScreen*>(m_conflicts)->showConflicts(recordId);
#else
    Q_UNUSED(recordId);
#endif
    showScreen(m_conflicts);
}

void MainWindow::openDuplicates(const QString& recordId)
{
#if VITALIS_HAVE_GUI_RECORDS
    if (auto* screen = static_cast<DuplicateCompareScreen*>(m_duplicates)) {
        screen->showRecord(recordId);
        showScreen(screen);
    }
#else
    Q_UNUSED(recordId);
#endif
}

void MainWindow::openOutbox()
{
#if VITALIS_HAVE_GUI_RECORDS
    static_cast<OutboxScreen*>(m_outbox)->reload();
#endif
    showScreen(m_outbox);
}

void MainWindow::openVerify()
{
#if VITALIS_HAVE_GUI_RECORDS
    if (auto* verify = qobject_cast<VerifyScreen*>(m_verify)) {
        showScreen(verify);
        verify->reset();
    }
#endif
}

void MainWindow::openStatistics()
{
#if VITALIS_HAVE_GUI_RECORDS
    if (auto* statistics = qobject_cast<StatisticsScreen*>(m_statistics)) {
        showScreen(statistics);
        statistics->reload();
    }
#endif
}

void MainWindow::openReviewQueue()
{
#if VITALIS_HAVE_GUI_RECORDS
    if (auto* review = qobject_cast<ReviewQueueScreen*>(m_review)) {
        review->reload();
        showScreen(review);
    }
#endif
}

void MainWindow::openSearch(const QString& text)
{
    if (!text.isEmpty())
        m_search->setText(text);
    showScreen(m_search);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_beforeLock = m_stack->currentWidget();
    m_idle->setPaused(true);
    menuBar()->setEnabled(false);
    m_lock->setProfile(&m_session.store(), m_session.actor().userId, m_session.displayName());
    showScreen(m_lock);
    m_lock->reset();
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lock;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vitalis"),
                       tr("<h3>Vitalis %1</h3><p>Civil registration that works offline: births "
                          "and deaths declared, reviewed and registered, with every record "
                          "encrypted on this laptop and synchronised with the central registry "
                          "when a connection is available.</p>")
                           .arg(QLatin1String(vitalis::kVersion)));
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(locateShareDirectory().userGuide, this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::syncNow()
{
    if (!m_sync)
        return;
    if (m_sync->connectivity().isKnownOffline()) {
        // Nothing can be sent: say so, and look again at once in case the link just came back
        // (the sync then starts by itself).
        m_status->showOfflineNotice();
        m_sync->connectivity().probeNow();
        return;
    }
    m_sync->requestSync();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Vitalis — %1").arg(m_session.displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_newBirth->setText(tr("New &birth declaration"));
    m_newDeath->setText(tr("New &death declaration"));
    m_syncNow->setText(tr("&Sync now"));
    m_lockAction->setText(tr("&Lock"));
    m_switchUser->setText(tr("S&witch user"));
    m_quit->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_goHome->setText(tr("&Home"));
    m_goSearch->setText(tr("&Search"));
    m_goOutbox->setText(tr("&Outbox"));
    m_goConflicts->setText(tr("&Conflicts"));
    if (m_goReview)
        m_goReview->setText(tr("&Review queue"));
    if (m_goVerify)
        m_goVerify->setText(tr("&Verify certificate"));
    if (m_goStatistics)
        m_goStatistics->setText(tr("S&tatistics"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_userGuideAction->setText(tr("&User guide"));
    m_about->setText(tr("&About Vitalis"));
    for (auto* l : {m_declaration, m_record, m_conflicts, m_outbox})
        if (auto* label = qobject_cast<QLabel*>(l))
            label->setText(tr("This screen is not part of this build yet."));
}

} // namespace vitalis::desktop
