#include "app/desktop/records/OutboxScreen.h"

#include "app/desktop/records/ButtonShortcut.h"
#include "app/desktop/records/OutboxModel.h"
#include "app/desktop/records/RecordTexts.h"
#include "sync/client/OutboxRetry.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vitalis::desktop
{

namespace
{
constexpr OutboxState kStates[] = {
    OutboxState::Queued,   OutboxState::Sending,  OutboxState::WaitingRetry, OutboxState::Conflict,
    OutboxState::Rejected, OutboxState::Resolved, OutboxState::Applied,      OutboxState::Merged};
}

OutboxScreen::OutboxScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator)
{
    m_model = new OutboxModel(session, this);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto* filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filterLabel->setBuddy(m_filter);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::LastError, QHeaderView::Stretch);
    m_table->setColumnWidth(OutboxModel::Number, 50);
    m_table->setColumnWidth(OutboxModel::Record, 260);
    m_table->setColumnWidth(OutboxModel::Kind, 150);
    m_table->setColumnWidth(OutboxModel::State, 130);
    m_table->setColumnWidth(OutboxModel::Attempts, 80);
    m_table->setColumnWidth(OutboxModel::Updated, 150);
    m_table->setTabKeyNavigation(false);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); "
        "border-radius: 4px; padding: 6px; }"));
    m_details->setMinimumHeight(56);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    bindShortcut(m_back, QKeySequence(Qt::Key_Escape));
    m_openRecord = new QPushButton(this);
    bindShortcut(m_openRecord, QKeySequence(QStringLiteral("Ctrl+Return")));
    m_openFix = new QPushButton(this);
    bindShortcut(m_openFix, QKeySequence(QStringLiteral("Ctrl+O")));
    m_retrySelected = new QPushButton(this);
    bindShortcut(m_retrySelected, QKeySequence(QStringLiteral("Ctrl+R")));
    m_retryAll = new QPushButton(this);
    bindShortcut(m_retryAll, QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_openRecord);
    buttons->addWidget(m_openFix);
    buttons->addWidget(m_retrySelected);
    buttons->addWidget(m_retryAll);

    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_openRecord);
    setTabOrder(m_openRecord, m_openFix);
    setTabOrder(m_openFix, m_retrySelected);
    setTabOrder(m_retrySelected, m_retryAll);
    setTabOrder(m_retryAll, m_back);

    connect(m_back, &QPushButton::clicked, this, [this] { m_navigator.goHome(); });
    connect(m_retrySelected, &QPushButton::clicked, this, &OutboxScreen::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &OutboxScreen::retryAll);
    connect(m_openFix, &QPushButton::clicked, this, &OutboxScreen::openSelected);
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        const auto ids = selectedMutations();
        if (ids.empty())
            return;
        const int row = m_model->rowOfMutation(ids.front());
        m_navigator.openRecord(QString::fromStdString(m_model->entry(row).recordId));
    });
    connect(m_table, &QTableView::activated, this, [this] { m_openRecord->click(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxScreen::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxScreen::updateSelection);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QVariant v = m_filter->itemData(i);
        m_model->setStateFilter(
            v.isValid() ? std::optional<OutboxState>(static_cast<OutboxState>(v.toInt()))
                        : std::nullopt);
    });
    connect(&m_session, &DesktopSession::recordChanged, this, [this] { reload(); });
    connect(&m_session, &DesktopSession::manyChanged, this, [this] { reload(); });
    connect(&m_session, &DesktopSession::languageChanged, this, [this] { reload(); });
    retranslate();
    updateSelection();
    updateSummary();
}

void OutboxScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void OutboxScreen::retranslate()
{
    m_title->setText(tr("Outbox"));
    m_filterLabel->setText(tr("&Show:"));
    const int current = m_filter->currentIndex();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("Everything"));
    for (const auto s : kStates)
        m_filter->addItem(RecordTexts::outboxState(s), static_cast<int>(s));
    m_filter->setCurrentIndex(current < 0 ? 0 : current);
    m_filter->setAccessibleName(tr("Show outbox items in state"));
    m_table->setAccessibleName(tr("Outbox items"));
    m_back->setText(tr("Back"));
    m_openRecord->setText(tr("Open &record"));
    m_openFix->setText(tr("&Open and fix"));
    m_retrySelected->setText(tr("Re&try selected"));
    m_retryAll->setText(tr("Retry &all"));
    m_openRecord->setToolTip(tr("Ctrl+Return"));
    m_openFix->setToolTip(tr("Open a rejected item's record in the form to fix it (Ctrl+O)"));
    m_retrySelected->setToolTip(tr("Send the selected items at the next sync, now (Ctrl+R)"));
    m_retryAll->setToolTip(tr("Send every item waiting for a retry now (Ctrl+Shift+T)"));
    m_details->setAccessibleName(tr("Selected item details"));
}

void OutboxScreen::reload()
{
    const auto selected = selectedMutations();
    m_model->reload();
    select(selected);
    updateSummary();
    updateSelection();
}

QString OutboxScreen::summaryText() const
{
    return m_summary->text();
}

void OutboxScreen::updateSummary()
{
    const auto counts = m_session.store().outbox().countByState();
    auto n = [&](OutboxState s) {
        auto it = counts.find(s);
        return it == counts.end() ? std::int64_t{0} : it->second;
    };
    const auto waiting =
        n(OutboxState::Queued) + n(OutboxState::Sending) + n(OutboxState::WaitingRetry);
    QStringList parts;
    parts << tr("%n waiting to be sent", "", static_cast<int>(waiting));
    if (n(OutboxState::Rejected))
        parts << tr("%n rejected (open and fix)", "", static_cast<int>(n(OutboxState::Rejected)));
    if (n(OutboxState::Conflict))
        parts << tr("%n in conflict (decide)", "", static_cast<int>(n(OutboxState::Conflict)));
    parts << tr("%n confirmed", "",
                static_cast<int>(n(OutboxState::Applied) + n(OutboxState::Merged)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

std::vector<std::int64_t> OutboxScreen::selectedMutations() const
{
    std::vector<std::int64_t> out;
    if (!m_table->selectionModel())
        return out;
    for (const auto& idx : m_table->selectionModel()->selectedRows())
        out.push_back(m_model->entry(idx.row()).mutationId);
    std::sort(out.begin(), out.end());
    return out;
}

void OutboxScreen::select(const std::vector<std::int64_t>& mutationIds)
{
    auto* sel = m_table->selectionModel();
    sel->clearSelection();
    for (const auto id : mutationIds) {
        const int row = m_model->rowOfMutation(id);
        if (row >= 0)
            sel->select(m_model->index(row, 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!mutationIds.empty()) {
        const int row = m_model->rowOfMutation(mutationIds.front());
        if (row >= 0)
            sel->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
}

void OutboxScreen::updateSelection()
{
    const auto ids = selectedMutations();
    bool anyRetryable = false, canFix = false;
    for (const auto id : ids) {
        const auto& e = m_model->entry(m_model->rowOfMutation(id));
        anyRetryable |= e.state == OutboxState::WaitingRetry;
        canFix |= e.state == OutboxState::Rejected || e.state == OutboxState::Conflict;
    }
    m_retrySelected->setEnabled(anyRetryable);
    m_openFix->setEnabled(ids.size() == 1 && canFix);
    m_openRecord->setEnabled(ids.size() == 1);
    if (ids.size() == 1) {
        const auto& e = m_model->entry(m_model->rowOfMutation(ids.front()));
        m_openFix->setText(e.state == OutboxState::Conflict ? tr("&Decide conflict")
                                                            : tr("&Open and fix"));
        QString text = QStringLiteral("<b>%1</b> — %2<br>")
                           .arg(m_model->recordLabel(e.recordId).toHtmlEscaped(),
                                RecordTexts::outboxState(e.state).toHtmlEscaped());
        if (!e.lastError.empty())
            text += tr("Last error: %1").arg(RecordTexts::isolated(e.lastError).toHtmlEscaped()) +
                    QStringLiteral("<br>");
        text += RecordTexts::outboxHint(e).toHtmlEscaped();
        m_details->setText(text);
    } else {
        m_openFix->setText(tr("&Open and fix"));
        m_details->setText(ids.empty()
                               ? tr("Select an item to see its last error and what to do.")
                               : tr("%n items selected.", "", static_cast<int>(ids.size())));
    }
}

void OutboxScreen::retrySelected()
{
    const auto ids = selectedMutations();
    const auto result = sync::OutboxRetry(m_session.store(), m_session.clock()).retry(ids);
    m_message->setText(
        tr("%n item(s) will be sent now.", "", static_cast<int>(result.requeued.size())) +
        (result.notRetryable.empty()
             ? QString()
             : QStringLiteral(" ") + tr("%n item(s) already have the server's answer and are not "
                                        "sent again.",
                                        "", static_cast<int>(result.notRetryable.size()))));
    m_session.notifyManyChanged();
    Q_EMIT m_session.syncRequested();
}

void OutboxScreen::retryAll()
{
    const auto result = sync::OutboxRetry(m_session.store(), m_session.clock()).retryAll();
    m_message->setText(
        tr("%n item(s) will be sent now.", "", static_cast<int>(result.requeued.size())));
    m_session.notifyManyChanged();
    Q_EMIT m_session.syncRequested();
}

void OutboxScreen::openSelected()
{
    const auto ids = selectedMutations();
    if (ids.size() != 1)
        return;
    const auto& e = m_model->entry(m_model->rowOfMutation(ids.front()));
    const QString record = QString::fromStdString(e.recordId);
    if (e.state == OutboxState::Conflict)
        m_navigator.openConflicts(record);
    else if (e.state == OutboxState::Rejected)
        m_navigator.editRecord(record);
}

} // namespace vitalis::desktop
