#include "app/desktop/shell/HomeScreen.h"

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/DiscardDraftDialog.h"
#include "app/desktop/session/Navigator.h"
#include "app/desktop/session/PlainWords.h"
#include "app/desktop/shell/RecordListModel.h"
#include "core/Scope.h"
#include "core/TrackingId.h"
#include "sync/client/DuplicateQueue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vitalis::desktop
{

HomeScreen::HomeScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator),
      m_queues(workqueuesFor(session.actor().role)),
      m_model(new RecordListModel(session.store(), this)), m_greeting(new QLabel(this)),
      m_office(new QLabel(this)), m_queueTitle(new QLabel(this)),
      m_queueList(new QListWidget(this)), m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)), m_newBirth(new QPushButton(this)),
      m_newDeath(new QPushButton(this)), m_emptyHint(new QLabel(this)),
      m_filterDelay(new QTimer(this)), m_refreshDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("homeScreen"));
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_greeting->setFont(big);
    QFont title = m_queueTitle->font();
    title.setBold(true);
    m_queueTitle->setFont(title);

    m_queueList->setObjectName(QStringLiteral("queueList"));
    m_queueList->setMaximumWidth(260);
    m_queueList->setMinimumWidth(200);
    for (std::size_t i = 0; i < m_queues.size(); ++i)
        m_queueList->addItem(QString());

    m_table->setObjectName(QStringLiteral("workqueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordListModel::Updated, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setClearButtonEnabled(true);
    m_newBirth->setObjectName(QStringLiteral("newBirth"));
    m_newDeath->setObjectName(QStringLiteral("newDeath"));
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    const bool canDeclare =
        session.actor().role.has(scope::Notify) || session.actor().role.has(scope::Declare);
    m_newBirth->setVisible(canDeclare);
    m_newDeath->setVisible(canDeclare);

    m_office->setObjectName(QStringLiteral("officeName"));
    auto* who = new QVBoxLayout;
    who->addWidget(m_greeting);
    who->addWidget(m_office);
    auto* top = new QHBoxLayout;
    top->addLayout(who, 1);
    top->addWidget(m_newBirth);
    top->addWidget(m_newDeath);
    auto* right = new QVBoxLayout;
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_queueTitle, 1);
    titleRow->addWidget(m_filter, 1);
    right->addLayout(titleRow);
    right->addWidget(m_table, 1);
    right->addWidget(m_emptyHint);
    auto* body = new QHBoxLayout;
    body->addWidget(m_queueList);
    body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    setTabOrder(m_newBirth, m_newDeath);
    setTabOrder(m_newDeath, m_queueList);
    setTabOrder(m_queueList, m_filter);
    setTabOrder(m_filter, m_table);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(100);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        // A tracking ID typed as printed (B7K3M-9XQ4P, any case) is stored without the hyphen.
        const auto parsed = tracking_id::parse(m_filter->text().trimmed().toStdString());
        m_model->setFilter(parsed.id ? QString::fromStdString(*parsed.id) : m_filter->text());
    });
    connect(m_queueList, &QListWidget::currentRowChanged, this, [this](int r) {
        if (r >= 0 && r < static_cast<int>(m_queues.size()))
            showQueue(m_queues[static_cast<std::size_t>(r)]);
    });
    connect(m_queueList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const auto q = m_queues[static_cast<std::size_t>(m_queueList->row(item))];
        if (q == Workqueue::Outbox)
            m_navigator.openOutbox();
        else if (q == Workqueue::Conflicts)
            m_navigator.openConflicts({});
        else if (q == Workqueue::PossibleDuplicates)
            m_navigator.openDuplicates({});
        else if (q == Workqueue::ReadyForReview &&
                 isSignalConnected(QMetaMethod::fromSignal(&HomeScreen::reviewQueueRequested)))
            Q_EMIT reviewQueueRequested();
        else
            m_table->setFocus();
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& i) { openRow(i.row()); });
    connect(m_newBirth, &QPushButton::clicked, this,
            [this] { m_navigator.newDeclaration(QStringLiteral("birth")); });
    connect(m_newDeath, &QPushButton::clicked, this,
            [this] { m_navigator.newDeclaration(QStringLiteral("death")); });
    connect(m_refreshDelay, &QTimer::timeout, this, &HomeScreen::refresh);
    // Many records may change at once (a sync): one refresh after the burst, not one each.
    connect(&session, &DesktopSession::recordChanged, m_refreshDelay, qOverload<>(&QTimer::start));
    connect(&session, &DesktopSession::manyChanged, m_refreshDelay, qOverload<>(&QTimer::start));

    retranslate();
    alignHeader();
    if (!m_queues.empty())
        m_queueList->setCurrentRow(0);
    updateCounts();
}

QString HomeScreen::queueTitle(Workqueue queue)
{
    switch (queue) {
    case Workqueue::InProgress:
        return tr("In progress");
    case Workqueue::RequiresUpdates:
        return tr("Requires updates");
    case Workqueue::SentForReview:
        return tr("Sent for review");
    case Workqueue::ReadyForReview:
        return tr("Ready for review");
    case Workqueue::ReadyToPrint:
        return tr("Ready to print");
    case Workqueue::Printed:
        return tr("Printed");
    case Workqueue::Outbox:
        return tr("Outbox");
    case Workqueue::Conflicts:
        return tr("Conflicts");
    case Workqueue::PossibleDuplicates:
        return tr("Possible duplicates");
    }
    return {};
}

std::int64_t HomeScreen::count(Workqueue queue) const
{
    auto& store = m_session.store();
    if (queue == Workqueue::Conflicts)
        return store.conflicts().openCount();
    if (queue == Workqueue::PossibleDuplicates)
        return static_cast<std::int64_t>(sync::DuplicateQueue(store).entries().size());
    if (queue == Workqueue::Outbox) {
        std::int64_t n = 0;
        for (const auto& [state, c] : store.outbox().countByState())
            if (state == OutboxState::Queued || state == OutboxState::Sending ||
                state == OutboxState::WaitingRetry || state == OutboxState::Rejected)
                n += c;
        return n;
    }
    return RecordQuery(store.db(), store.records())
        .count(workqueueStatuses(queue, m_session.actor().role));
}

QString HomeScreen::greeting() const
{
    return m_greeting->text();
}

QString HomeScreen::officeText() const
{
    return m_office->text();
}

void HomeScreen::updateCounts()
{
    for (std::size_t i = 0; i < m_queues.size(); ++i) {
        auto* item = m_queueList->item(static_cast<int>(i));
        const auto n = count(m_queues[i]);
        // Digits 0-9 in every language, as dates and tracking IDs (docs/user-guide.md, Languages).
        item->setText(tr("%1 (%2)").arg(queueTitle(m_queues[i]), QString::number(n)));
        QFont f = item->font();
        f.setBold(n > 0);
        item->setFont(f);
    }
}

void HomeScreen::showQueue(Workqueue queue)
{
    m_current = queue;
    const auto statuses = workqueueStatuses(queue, m_session.actor().role);
    m_queueTitle->setText(queueTitle(queue));
    const bool records = !statuses.empty();
    m_filter->setEnabled(records);
    RecordListQuery q;
    q.statuses = statuses;
    q.filter = m_filter->text().trimmed().toStdString();
    const auto header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() == RecordListModel::TrackingId)
        q.sort = RecordSortKey::TrackingId;
    q.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    m_model->setQuery(q);
    if (const int r =
            static_cast<int>(std::find(m_queues.begin(), m_queues.end(), queue) - m_queues.begin());
        r < m_queueList->count() && m_queueList->currentRow() != r)
        m_queueList->setCurrentRow(r);
    if (queue == Workqueue::Outbox)
        m_emptyHint->setText(tr("Press Enter on \"Outbox\" to see every item waiting to be sent."));
    else if (queue == Workqueue::Conflicts)
        m_emptyHint->setText(tr("Press Enter on \"Conflicts\" to compare and resolve them."));
    else if (queue == Workqueue::PossibleDuplicates)
        m_emptyHint->setText(tr("Press Enter on \"Possible duplicates\" to compare each record "
                                "with the record it looks like, and decide."));
    else
        m_emptyHint->setText(m_model->rowCount() == 0 ? tr("Nothing here.") : QString());
    m_emptyHint->setVisible(!m_emptyHint->text().isEmpty());
}

void HomeScreen::refresh()
{
    updateCounts();
    m_model->reload();
    if (m_current != Workqueue::Outbox && m_current != Workqueue::Conflicts &&
        m_current != Workqueue::PossibleDuplicates) {
        m_emptyHint->setText(m_model->rowCount() == 0 ? tr("Nothing here.") : QString());
        m_emptyHint->setVisible(!m_emptyHint->text().isEmpty());
    }
}

void HomeScreen::openRow(int row)
{
    const QString id = m_model->recordId(row);
    if (id.isEmpty())
        return;
    const auto status = m_model->status(row);
    if (status == RecordStatus::Draft || status == RecordStatus::RequiresUpdates ||
        status == RecordStatus::Notified)
        m_navigator.editRecord(id);
    else
        m_navigator.openRecord(id);
}

bool HomeScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openRow(m_table->currentIndex().row());
            return true;
        }
        // Delete on a draft never sent: discard it (asks first; a sent record is left alone).
        if (key == Qt::Key_Delete) {
            const QString id = m_model->recordId(m_table->currentIndex().row());
            if (!id.isEmpty() &&
                m_session.records().canDiscard(m_session.actor(), id.toStdString()))
                DiscardDraftDialog::run(m_session, id, this);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HomeScreen::alignHeader()
{
    // The header starts where the language reads from, whatever script the name is in (a
    // label otherwise aligns by its text's first letter: a Latin office name went left).
    const auto side = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel* l : {m_greeting, m_office})
        l->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter | side);
}

void HomeScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        alignHeader();
    QWidget::changeEvent(event);
}

void HomeScreen::retranslate()
{
    // Isolated: a Latin name in an Arabic sentence keeps the comma on the Arabic side.
    m_greeting->setText(tr("Welcome, %1").arg(PlainWords::isolated(m_session.displayName())));
    m_office->setText(
        tr("Office: %1")
            .arg(PlainWords::isolated(m_session.officeName(m_session.actor().officeId))));
    m_newBirth->setText(tr("New &birth"));
    m_newDeath->setText(tr("New &death"));
    m_newBirth->setAccessibleName(tr("New birth declaration"));
    m_newDeath->setAccessibleName(tr("New death declaration"));
    m_queueList->setAccessibleName(tr("Workqueues"));
    m_filter->setPlaceholderText(tr("Filter by name or tracking ID"));
    m_filter->setAccessibleName(tr("Filter the list"));
    m_table->setAccessibleName(tr("Records in this workqueue"));
    updateCounts();
    showQueue(m_current);
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, RecordListModel::ColumnCount - 1);
}

} // namespace vitalis::desktop
