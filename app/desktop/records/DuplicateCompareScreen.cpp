#include "app/desktop/records/DuplicateCompareScreen.h"

#include "app/desktop/records/DuplicateComparison.h"
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/ReasonDialog.h"
#include "app/desktop/records/RecordTexts.h"
#include "core/TrackingId.h"
#include "core/WorkflowTable.h"
#include "sync/client/DeviceDuplicateCheck.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vitalis::desktop
{

namespace
{
QString display(const std::string& trackingId)
{
    return QString::fromStdString(tracking_id::display(trackingId));
}
} // namespace

DuplicateCompareScreen::DuplicateCompareScreen(DesktopSession& session, Navigator& navigator,
                                               QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto* chooserRow = new QHBoxLayout;
    m_chooserLabel = new QLabel(this);
    m_candidates = new QComboBox(this);
    m_chooserLabel->setBuddy(m_candidates);
    m_score = new QLabel(this);
    chooserRow->addWidget(m_chooserLabel);
    chooserRow->addWidget(m_candidates, 1);
    chooserRow->addWidget(m_score);
    m_table = new QTableWidget(0, 3, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    m_notDuplicate = new QPushButton(this);
    m_duplicate = new QPushButton(this);
    m_back = new QPushButton(this);
    buttons->addWidget(m_notDuplicate);
    buttons->addWidget(m_duplicate);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(chooserRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_candidates, &QComboBox::currentIndexChanged, this,
            &DuplicateCompareScreen::showCandidate);
    connect(m_notDuplicate, &QPushButton::clicked, this, [this] { askReason(false); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { askReason(true); });
    connect(m_back, &QPushButton::clicked, this, [this] { m_navigator.goHome(); });
    retranslate();
}

void DuplicateCompareScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showCandidate(m_candidates->currentIndex());
    }
    QWidget::changeEvent(event);
}

void DuplicateCompareScreen::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        m_navigator.goHome();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DuplicateCompareScreen::retranslate()
{
    m_title->setText(m_entry ? tr("Possible duplicate: %1").arg(display(m_entry->trackingId))
                             : tr("Possible duplicate"));
    m_intro->setText(tr("This record looks like another record in the register. Compare them "
                        "field by field: differences are highlighted, the fields that look "
                        "the same are in bold. It cannot be registered until you decide."));
    m_chooserLabel->setText(tr("&Compare with:"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("This record"), tr("Other record")});
    m_notDuplicate->setText(RecordTexts::action(RecordAction::MarkNotDuplicate));
    m_duplicate->setText(RecordTexts::action(RecordAction::MarkDuplicate));
    m_back->setText(tr("&Back"));
}

QString DuplicateCompareScreen::messageText() const
{
    return m_message->text();
}

bool DuplicateCompareScreen::showRecord(const QString& recordId)
{
    std::string id = recordId.toStdString();
    sync::DuplicateQueue queue(m_session.store());
    if (id.empty()) { // the oldest waiting
        const auto all = queue.entries();
        if (!all.empty())
            id = all.front().recordId;
    }
    m_entry.reset();
    if (const auto record = id.empty() ? std::nullopt : m_session.store().records().find(id)) {
        try {
            // The server's flag and this device's own candidates, less the pairs settled.
            auto entry =
                DeviceDuplicateCheck(m_session.store(), m_session.dedupRules()).undecided(*record);
            if (!entry.candidates.empty())
                m_entry = std::move(entry);
        } catch (const std::exception& e) {
            qWarning("duplicate check skipped: %s", e.what()); // the server's flag still shows
            m_entry = queue.find(id);
        }
    }
    m_candidates->blockSignals(true);
    m_candidates->clear();
    if (m_entry)
        for (const auto& c : m_entry->candidates)
            m_candidates->addItem(display(c.trackingId));
    m_candidates->blockSignals(false);
    m_message->clear();
    retranslate();
    showCandidate(m_entry && !m_entry->candidates.empty() ? 0 : -1);
    m_table->setFocus();
    return m_entry.has_value();
}

void DuplicateCompareScreen::showCandidate(int index)
{
    m_table->setRowCount(0);
    const bool valid =
        m_entry && index >= 0 && index < static_cast<int>(m_entry->candidates.size());
    const Role& role = m_session.actor().role;
    const auto mine = m_entry ? m_session.store().records().find(m_entry->recordId) : std::nullopt;
    const auto& candidate = valid ? m_entry->candidates[static_cast<std::size_t>(index)]
                                  : sync::DuplicateCandidateView{};
    const auto theirs = valid ? m_session.store().records().find(candidate.recordId) : std::nullopt;
    m_notDuplicate->setEnabled(
        mine && workflow::isAllowed(role, RecordAction::MarkNotDuplicate, mine->status));
    m_duplicate->setEnabled(mine && theirs &&
                            workflow::isAllowed(role, RecordAction::MarkDuplicate, mine->status));
    m_score->setText(valid ? tr("Score %1").arg(candidate.score) : QString());
    if (!mine)
        return;
    if (!theirs) {
        // Another district's record: the server names it, this laptop does not hold it.
        m_message->setText(tr("The other record (%1) is not on this computer: it belongs to "
                              "another office. Only \"Not a duplicate\" can be decided here.")
                               .arg(display(candidate.trackingId)));
        return;
    }
    const FieldDisplay fields(m_session.forms(), m_session.reference(),
                              m_session.language().toStdString());
    const auto rows = compareRecords(fields, *mine, *theirs, candidate.matchedFields);
    m_table->setRowCount(static_cast<int>(rows.size()));
    const QColor differs = palette().color(QPalette::Highlight).lighter(170);
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const ComparisonRow& r = rows[static_cast<std::size_t>(i)];
        const QStringList texts = {QString::fromStdString(r.label), QString::fromStdString(r.mine),
                                   QString::fromStdString(r.theirs)};
        for (int col = 0; col < 3; ++col) {
            auto* item = new QTableWidgetItem(texts[col]);
            if (r.differs)
                item->setBackground(differs);
            if (r.matched) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            item->setData(Qt::UserRole, QString::fromStdString(r.fieldId));
            item->setData(Qt::UserRole + 1, r.differs);
            item->setData(Qt::UserRole + 2, r.matched);
            m_table->setItem(i, col, item);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 1);
}

void DuplicateCompareScreen::askReason(bool duplicate)
{
    const int index = m_candidates->currentIndex();
    const QString other =
        m_entry && index >= 0
            ? display(m_entry->candidates[static_cast<std::size_t>(index)].trackingId)
            : QString();
    ReasonDialog dialog(
        RecordTexts::noMnemonic(RecordTexts::action(duplicate ? RecordAction::MarkDuplicate
                                                              : RecordAction::MarkNotDuplicate)),
        duplicate ? tr("Why is this record a duplicate of %1? It will be archived.").arg(other)
                  : tr("Why is this record not a duplicate? (for example: twins, checked with "
                       "the mother)"),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (duplicate)
        decideDuplicate(dialog.reason());
    else
        decideNotDuplicate(dialog.reason());
}

bool DuplicateCompareScreen::decideNotDuplicate(const QString& reason)
{
    if (!m_entry)
        return false;
    try {
        std::vector<std::string> compared;
        for (const auto& c : m_entry->candidates)
            compared.push_back(c.recordId);
        const Record r = m_session.records().markNotDuplicate(
            m_session.actor(), m_entry->recordId, compared, reason.trimmed().toStdString());
        decided(r, tr("Decided: not a duplicate. It can now be registered."));
        return true;
    } catch (const std::exception& e) {
        m_message->setText(tr("Not saved: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool DuplicateCompareScreen::decideDuplicate(const QString& reason)
{
    const int index = m_candidates->currentIndex();
    if (!m_entry || index < 0)
        return false;
    try {
        const Record r = m_session.records().markDuplicate(
            m_session.actor(), m_entry->recordId,
            m_entry->candidates[static_cast<std::size_t>(index)].recordId,
            reason.trimmed().toStdString());
        decided(r, tr("Archived as a duplicate."));
        return true;
    } catch (const std::exception& e) {
        m_message->setText(tr("Not saved: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

void DuplicateCompareScreen::decided(const Record& r, const QString& message)
{
    sync::DuplicateQueue(m_session.store()).forget(r.id);
    m_message->setText(message);
    m_session.notifyRecordChanged(QString::fromStdString(r.id));
    Q_EMIT m_session.syncRequested(); // the decision leaves at once when online
    m_navigator.openRecord(QString::fromStdString(r.id));
}

} // namespace vitalis::desktop
