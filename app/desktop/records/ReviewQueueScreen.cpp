#include "app/desktop/records/ReviewQueueScreen.h"

#include "app/desktop/records/ButtonShortcut.h"
#include "app/desktop/records/ConfirmDialog.h"
#include "app/desktop/records/DocumentsPane.h"
#include "app/desktop/records/ReviewQueueModel.h"
#include "core/TrackingId.h"
#include "core/WorkflowTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vitalis::desktop
{

ReviewQueueScreen::ReviewQueueScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator)
{
    m_model = new ReviewQueueModel(session, this);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ReviewQueueModel::Tracking, 170);
    m_table->setColumnWidth(ReviewQueueModel::Name, 260);
    m_table->setColumnWidth(ReviewQueueModel::Event, 200);
    m_table->setColumnWidth(ReviewQueueModel::Status, 260);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    // The current row's documents beside the list: a supervisor checks the scans before
    // registering without opening each record.
    m_documents = new DocumentsPane(m_session, split);
    split->addWidget(m_table);
    split->addWidget(m_documents);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 420}); // the list stays readable; the pane is dragged wider to read
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    bindShortcut(m_back, QKeySequence(Qt::Key_Escape));
    m_open = new QPushButton(this);
    bindShortcut(m_open, QKeySequence(QStringLiteral("Ctrl+Return")));
    m_checkAll = new QPushButton(this);
    bindShortcut(m_checkAll, QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_register = new QPushButton(this);
    bindShortcut(m_register, QKeySequence(QStringLiteral("Ctrl+R")));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_register);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_documents->list());
    setTabOrder(m_documents->list(), m_open);
    setTabOrder(m_open, m_checkAll);
    setTabOrder(m_checkAll, m_register);
    setTabOrder(m_register, m_back);

    connect(m_back, &QPushButton::clicked, this, [this] { m_navigator.goHome(); });
    auto openCurrent = [this] {
        const auto idx = m_table->currentIndex();
        if (idx.isValid())
            m_navigator.openRecord(QString::fromStdString(m_model->record(idx.row()).id));
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableView::activated, this, openCurrent);
    connect(m_checkAll, &QPushButton::clicked, this, [this] {
        m_model->checkAllLoaded(m_model->checkedIds().size() !=
                                static_cast<std::size_t>(m_model->rowCount()));
    });
    connect(m_register, &QPushButton::clicked, this, [this] { registerChecked(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewQueueScreen::showCurrentDocuments);
    connect(m_model, &ReviewQueueModel::checkedChanged, this, &ReviewQueueScreen::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueueScreen::updateButtons);
    connect(&m_session, &DesktopSession::recordChanged, this, [this] { reload(); });
    connect(&m_session, &DesktopSession::manyChanged, this, [this] { reload(); });
    connect(&m_session, &DesktopSession::languageChanged, this, [this] { reload(); });
    retranslate();
    updateButtons();
}

void ReviewQueueScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

bool ReviewQueueScreen::eventFilter(QObject* watched, QEvent* event)
{
    // Space checks the current row whatever column holds the focus.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (m_table->currentIndex().isValid())
                m_model->toggle(m_table->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewQueueScreen::retranslate()
{
    m_title->setText(tr("Ready for review"));
    m_hint->setText(tr("Space checks a row, Ctrl+Return opens it for a full review, Ctrl+R "
                       "registers every checked declaration."));
    m_table->setAccessibleName(tr("Declarations ready for review"));
    m_back->setText(tr("Back"));
    m_open->setText(tr("&Open"));
    m_checkAll->setText(tr("Check &all"));
    updateButtons();
}

void ReviewQueueScreen::reload()
{
    m_model->reload();
    updateButtons();
    showCurrentDocuments();
    renderMessage();
}

void ReviewQueueScreen::showCurrentDocuments()
{
    const auto idx = m_table->currentIndex();
    if (idx.isValid() && idx.row() < m_model->rowCount())
        m_documents->showRecord(m_model->record(idx.row()).id);
    else
        m_documents->clear();
}

QString ReviewQueueScreen::messageText() const
{
    return m_message->text();
}

void ReviewQueueScreen::updateButtons()
{
    const auto n = static_cast<int>(m_model->checkedIds().size());
    m_register->setText(n ? tr("&Register selected (%1)").arg(n) : tr("&Register selected"));
    m_register->setEnabled(n > 0);
    // Only a role that may register sees the bulk action (a registration agent reviews and
    // opens records here; the workflow would refuse every one of them anyway).
    m_register->setVisible(workflow::isAllowed(m_session.actor().role, RecordAction::Register,
                                               RecordStatus::Declared));
    m_open->setEnabled(m_model->rowCount() > 0);
    m_checkAll->setEnabled(m_model->rowCount() > 0);
}

sync::BulkResult ReviewQueueScreen::registerChecked()
{
    const auto ids = m_model->checkedIds();
    if (ids.empty())
        return {};
    const QString title = tr("Register selected");
    if (!ConfirmDialog::ask(this, title,
                            tr("Register %n checked declaration(s)? Registration is final: each "
                               "gets its registration number and can afterwards only be "
                               "corrected, not sent back.",
                               "", static_cast<int>(ids.size())),
                            tr("Register %n", "", static_cast<int>(ids.size()))))
        return {};
    sync::BulkAction bulk(m_session.store(), m_session.records());
    m_last = bulk.apply(m_session.actor(), ids, RecordAction::Register);
    m_session.notifyManyChanged(); // reloads this queue (and its message) and every other list
    if (!m_last.done.empty())
        Q_EMIT m_session.syncRequested();
    return m_last;
}

void ReviewQueueScreen::renderMessage()
{
    QStringList lines;
    QStringList numbers;
    int waiting = 0;
    for (const auto& id : m_last.done) {
        const auto r = m_session.store().records().find(id);
        if (r && !r->registrationNumber.empty())
            numbers << QString::fromStdString(r->registrationNumber);
        else
            ++waiting;
    }
    if (!numbers.isEmpty())
        lines << tr("Registered: %1").arg(numbers.join(QStringLiteral(", ")));
    if (waiting)
        lines << tr("%n declaration(s) registered on this device; they will be numbered at the "
                    "next sync (the server gives the registration numbers).",
                    "", waiting);
    if (!m_last.refused.empty()) {
        lines << tr("%n not registered:", "", static_cast<int>(m_last.refused.size()));
        for (const auto& r : m_last.refused)
            lines << QStringLiteral("  • %1: %2")
                         .arg(r.trackingId.empty()
                                  ? QString::fromStdString(r.recordId)
                                  : QString::fromStdString(tracking_id::display(r.trackingId)),
                              QString::fromStdString(r.reason));
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
}

} // namespace vitalis::desktop
