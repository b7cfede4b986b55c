#include "app/desktop/records/CorrectionsPane.h"

#include "app/desktop/records/ButtonShortcut.h"
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/ReasonDialog.h"
#include "app/desktop/records/RecordTexts.h"
#include "core/WorkflowTable.h"
#include "core/store/ProfileStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <set>

namespace vitalis::desktop
{

using nlohmann::json;

namespace
{
// Requests whose decision this device has queued but not sent: not offered again.
std::set<std::string> decidedHere(ProfileStore& store, const std::string& recordId)
{
    std::set<std::string> out;
    for (const auto& e : store.outbox().forRecord(recordId))
        if ((e.kind.is(RecordAction::ApproveCorrection) ||
             e.kind.is(RecordAction::RejectCorrection)) &&
            (e.state == OutboxState::Queued || e.state == OutboxState::Sending ||
             e.state == OutboxState::WaitingRetry))
            out.insert(e.payload.value("correction_id", ""));
    return out;
}

sync::CorrectionRequestView fromHistory(const sync::ServerHistoryEntry& e)
{
    sync::CorrectionRequestView v;
    const json& c = e.correction;
    v.id = c.value("id", "");
    v.recordId = c.value("record_id", "");
    v.status = c.value("status", "");
    v.changes = c.value("changes", json::object());
    v.reasonCode = c.value("reason_code", "");
    v.reason = c.value("reason", "");
    v.requestedBy = c.value("requested_by", "");
    v.requestedByName = c.value("requested_by_name", "");
    v.requestedAt = c.value("requested_at", std::int64_t{0});
    return v;
}
} // namespace

CorrectionsPane::CorrectionsPane(DesktopSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("correctionsPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setMaximumHeight(180);
    m_title->setBuddy(m_tree);
    auto* buttons = new QHBoxLayout;
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveCorrection"));
    bindShortcut(m_approve, QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_refuse = new QPushButton(this);
    m_refuse->setObjectName(QStringLiteral("refuseCorrection"));
    bindShortcut(m_refuse, QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    retranslate();
    hide();
}

void CorrectionsPane::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Now"), tr("Corrected to")});
    m_tree->setAccessibleName(tr("Correction requests"));
    m_approve->setText(RecordTexts::action(RecordAction::ApproveCorrection));
    m_approve->setToolTip(tr("Apply the selected correction (Ctrl+Shift+P)"));
    m_refuse->setText(RecordTexts::action(RecordAction::RejectCorrection));
    m_refuse->setToolTip(tr("Refuse the selected correction, with a reason (Ctrl+Shift+F)"));
    render();
}

void CorrectionsPane::showRecord(const Record& record,
                                 const std::optional<sync::ServerHistory>& server)
{
    m_record = record;
    m_requests = sync::unsentCorrectionRequests(m_session.store());
    std::erase_if(m_requests, [&](const auto& v) { return v.recordId != record.id; });
    const auto queued = decidedHere(m_session.store(), record.id);
    std::set<std::string> seen;
    for (const auto& v : m_requests)
        seen.insert(v.id);
    if (server)
        for (const auto& e : server->entries) {
            if (e.action != "request_correction" || e.correction.empty())
                continue;
            auto v = fromHistory(e);
            if ((v.status == "open" || v.status == "conflict") && !queued.count(v.id) &&
                seen.insert(v.id).second)
                m_requests.push_back(std::move(v));
        }
    render();
}

void CorrectionsPane::render()
{
    setVisible(m_record && !m_requests.empty());
    if (!m_record || m_requests.empty())
        return;
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    const Record& r = *m_record;
    m_title->setText(tr("Correction requested (%n)", "", static_cast<int>(m_requests.size())));
    m_tree->clear();
    for (const auto& v : m_requests) {
        auto* top = new QTreeWidgetItem(m_tree);
        const QString who =
            v.status == "not_sent"
                ? tr("you, not sent yet")
                : RecordTexts::person(m_session.store(), v.requestedBy, v.requestedByName);
        top->setText(0, tr("Requested by %1 on %2: %3")
                            .arg(who, RecordTexts::dateTime(v.requestedAt),
                                 QString::fromStdString(v.reason)));
        top->setFirstColumnSpanned(true);
        top->setData(0, Qt::UserRole, QString::fromStdString(v.id));
        for (const auto& [field, change] : v.changes.items()) {
            auto* row = new QTreeWidgetItem(top);
            row->setText(0, QString::fromStdString(display.label(r.formId, r.formVersion, field)));
            row->setText(1, QString::fromStdString(display.value(r.formId, r.formVersion, field,
                                                                 change.value("old", json()))));
            row->setText(2, QString::fromStdString(display.value(r.formId, r.formVersion, field,
                                                                 change.value("new", json()))));
        }
        top->setExpanded(true);
    }
    if (!m_tree->currentItem())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    const auto& role = m_session.actor().role;
    const bool registrar = workflow::isAllowed(role, RecordAction::ApproveCorrection, r.status);
    m_approve->setVisible(registrar);
    m_refuse->setVisible(registrar);
}

const sync::CorrectionRequestView* CorrectionsPane::selected() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return nullptr;
    const std::string id = item->data(0, Qt::UserRole).toString().toStdString();
    for (const auto& v : m_requests)
        if (v.id == id)
            return &v;
    return nullptr;
}

void CorrectionsPane::decide(bool approve)
{
    const auto* v = selected();
    if (!m_record || !v)
        return;
    if (v->status == "not_sent") {
        Q_EMIT problem(tr("This request has not reached the server yet: sync first."));
        return;
    }
    try {
        if (approve) {
            m_session.records().approveCorrection(m_session.actor(), m_record->id, v->id);
        } else {
            const QString title =
                RecordTexts::noMnemonic(RecordTexts::action(RecordAction::RejectCorrection));
            ReasonDialog dialog(title,
                                tr("The record keeps its values. Tell the person who asked why "
                                   "the correction is refused."),
                                this);
            dialog.setObjectName(QStringLiteral("reasonDialog"));
            dialog.buttons()->button(QDialogButtonBox::Ok)->setText(title);
            if (dialog.exec() != QDialog::Accepted)
                return;
            m_session.records().rejectCorrection(m_session.actor(), m_record->id, v->id,
                                                 dialog.reason().toStdString());
        }
    } catch (const std::exception& e) {
        Q_EMIT problem(tr("Not done: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    Q_EMIT decided();
}

} // namespace vitalis::desktop
