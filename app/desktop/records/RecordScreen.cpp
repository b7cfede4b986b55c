#include "app/desktop/records/RecordScreen.h"

#include "app/desktop/records/ButtonShortcut.h"
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/ReasonDialog.h"
#include "app/desktop/records/RecordTexts.h"
#include "app/desktop/session/DiscardDraftDialog.h"
#include "core/TrackingId.h"
#include "core/WorkflowTable.h"
#include "core/store/StoreError.h"
#include "sync/client/RecordTimeline.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vitalis::desktop
{

namespace
{

// The record-screen actions, in the order the buttons appear. Editing has its own button (it
// opens the form); printing, corrections and conflict decisions live on their own screens.
constexpr RecordAction kOffered[] = {RecordAction::Register, RecordAction::Validate,
                                     RecordAction::Declare,  RecordAction::Reject,
                                     RecordAction::Archive,  RecordAction::Reinstate};

QLabel* banner(QWidget* parent, const char* objectName, const QString& style)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setStyleSheet(style);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->hide();
    return l;
}

const QString kWarnStyle = QStringLiteral(
    "QLabel, QFrame#conflictBanner { background: #fff4ce; border: 1px solid #e0b000; "
    "border-radius: 4px; padding: 6px; color: #3d3000; }");
const QString kInfoStyle = QStringLiteral(
    "QLabel { background: #e8f1fb; border: 1px solid #7aa7d9; border-radius: 4px; padding: 6px; "
    "color: #123; }");
const QString kErrorStyle = QStringLiteral(
    "QLabel { background: #fde7e9; border: 1px solid #d13438; border-radius: 4px; padding: 6px; "
    "color: #600; }");

} // namespace

RecordScreen::RecordScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_identifiers = new QLabel(this);
    m_identifiers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_serverLine = new QLabel(this);
    m_serverLine->setWordWrap(true);

    m_conflictBanner = new QFrame(this);
    m_conflictBanner->setObjectName(QStringLiteral("conflictBanner"));
    m_conflictBanner->setStyleSheet(kWarnStyle);
    auto* cb = new QHBoxLayout(m_conflictBanner);
    m_conflictText = new QLabel(m_conflictBanner);
    m_conflictText->setWordWrap(true);
    m_conflictText->setStyleSheet(QStringLiteral("border: none;"));
    m_conflictButton = new QPushButton(m_conflictBanner);
    bindShortcut(m_conflictButton, QKeySequence(QStringLiteral("Ctrl+K")));
    cb->addWidget(m_conflictText, 1);
    cb->addWidget(m_conflictButton);
    m_conflictBanner->hide();
    connect(m_conflictButton, &QPushButton::clicked, this, [this] { m_navigator.openConflicts(m_id); });

    m_waiting = banner(this, "waitingBanner", kInfoStyle);
    m_reason = banner(this, "reasonBanner", kWarnStyle);
    m_error = banner(this, "errorBanner", kErrorStyle);

    auto* actions = new QWidget(this);
    m_actionsLayout = new QHBoxLayout(actions);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_back = new QPushButton(actions);
    bindShortcut(m_back, QKeySequence(Qt::Key_Escape));
    connect(m_back, &QPushButton::clicked, this, [this] { m_navigator.goHome(); });
    m_edit = new QPushButton(actions);
    bindShortcut(m_edit, RecordTexts::shortcut(RecordAction::Edit));
    connect(m_edit, &QPushButton::clicked, this, [this] { m_navigator.editRecord(m_id); });
    m_discard = new QPushButton(actions);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (DiscardDraftDialog::run(m_session, m_id, this))
            m_navigator.goHome();
    });
    m_actionsLayout->addWidget(m_back);
    m_actionsLayout->addStretch(1);
    m_actionsLayout->addWidget(m_discard);
    m_actionsLayout->addWidget(m_edit);
    for (const auto a : kOffered) {
        auto* b = new QPushButton(actions);
        bindShortcut(b, RecordTexts::shortcut(a));
        b->setObjectName(QStringLiteral("action_") + QString::fromUtf8(toString(a).data()));
        connect(b, &QPushButton::clicked, this, [this, a] { onAction(a); });
        m_actionsLayout->addWidget(b);
        m_actions[a] = b;
    }

    m_tabs = new QTabWidget(this);
    m_fields = new QTreeWidget(m_tabs);
    m_fields->setColumnCount(2);
    m_fields->setRootIsDecorated(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setStretchLastSection(true);
    m_history = new QTreeWidget(m_tabs);
    m_history->setColumnCount(5);
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_fields, QString());
    m_tabs->addTab(m_history, QString());

    auto* head = new QHBoxLayout;
    auto* headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_identifiers);
    head->addLayout(headText, 1);
    head->addWidget(m_status, 0, Qt::AlignTop);
    layout->addLayout(head);
    layout->addWidget(m_serverLine);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_waiting);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(actions);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_back, m_discard);
    setTabOrder(m_discard, m_edit);
    QWidget* prev = m_edit;
    for (const auto a : kOffered) {
        setTabOrder(prev, m_actions[a]);
        prev = m_actions[a];
    }
    setTabOrder(prev, m_conflictButton);
    setTabOrder(m_conflictButton, m_tabs);

    connect(&m_session, &DesktopSession::recordChanged, this, [this](const QString& id) {
        if (id == m_id)
            render();
    });
    connect(&m_session, &DesktopSession::manyChanged, this, [this] {
        if (!m_id.isEmpty())
            render();
    });
    connect(&m_session, &DesktopSession::languageChanged, this, [this] { render(); });
    retranslate();
}

void RecordScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void RecordScreen::retranslate()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the workqueues (Esc)"));
    m_edit->setText(RecordTexts::action(RecordAction::Edit));
    m_edit->setToolTip(tr("Open the form to change the values (%1)")
                           .arg(RecordTexts::shortcut(RecordAction::Edit).toString(QKeySequence::NativeText)));
    for (auto& [a, b] : m_actions) {
        b->setText(RecordTexts::action(a));
        b->setAccessibleName(RecordTexts::noMnemonic(RecordTexts::action(a)));
        if (!RecordTexts::shortcut(a).isEmpty())
            b->setToolTip(RecordTexts::shortcut(a).toString(QKeySequence::NativeText));
    }
    m_discard->setText(tr("Discard draft"));
    m_discard->setToolTip(tr("Delete this draft from this computer (it was never sent)"));
    m_conflictButton->setText(tr("Resolve conflicts…"));
    m_conflictButton->setToolTip(tr("Ctrl+K"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&History"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setAccessibleName(tr("Record details"));
    m_history->setHeaderLabels(
        {tr("When (this device)"), tr("Who"), tr("What"), tr("Server"), tr("Fields / reason")});
    m_history->setAccessibleName(tr("Record history"));
}

QPushButton* RecordScreen::actionButton(RecordAction action) const
{
    auto it = m_actions.find(action);
    return it != m_actions.end() && !it->second->isHidden() ? it->second : nullptr;
}

QString RecordScreen::bannerText() const
{
    QStringList parts;
    if (!m_conflictBanner->isHidden())
        parts << m_conflictText->text();
    for (const QLabel* l : {m_waiting, m_reason, m_error})
        if (!l->isHidden())
            parts << l->text();
    return parts.join(QLatin1Char('\n'));
}

QString RecordScreen::statusText() const
{
    return m_status->text();
}

void RecordScreen::showRecord(const QString& id)
{
    m_id = id;
    m_error->hide();
    render();
    m_tabs->setCurrentIndex(0);
}

QString RecordScreen::userName(const std::string& userId)
{
    if (userId.empty())
        return {};
    const auto u = m_session.store().users().find(userId);
    return QString::fromStdString(u && !u->displayName.empty() ? u->displayName : userId);
}

void RecordScreen::render()
{
    if (m_id.isEmpty())
        return;
    const auto record = m_session.store().records().find(m_id.toStdString());
    if (!record) {
        m_title->setText(tr("Record not found"));
        m_status->clear();
        m_identifiers->setText(
            tr("The record %1 is not on this device (it may have left your jurisdiction).").arg(m_id));
        m_serverLine->clear();
        for (auto& [a, b] : m_actions)
            b->hide();
        m_edit->hide();
        m_discard->hide();
        m_conflictBanner->hide();
        m_waiting->hide();
        m_reason->hide();
        m_fields->clear();
        m_history->clear();
        return;
    }
    const Record& r = *record;
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    const QString tracking = r.trackingId.empty()
                                 ? tr("no tracking ID yet")
                                 : QString::fromStdString(tracking_id::display(r.trackingId));
    m_title->setText(tr("%1 — %2")
                         .arg(QString::fromStdString(display.formTitle(r.formId, r.formVersion)),
                              tracking));
    m_status->setText(RecordTexts::status(r.status));
    QString ids = tr("Tracking ID: %1").arg(tracking);
    ids += QStringLiteral("   ·   ") +
           (r.registrationNumber.empty()
                ? tr("Registration number: not registered yet")
                : tr("Registration number: %1").arg(QString::fromStdString(r.registrationNumber)));
    ids += QStringLiteral("   ·   ") + tr("Office: %1").arg(m_session.officeName(r.officeId));
    m_identifiers->setText(ids);

    sync::RecordTimeline timeline(m_session.store());
    const auto unconfirmed = timeline.unconfirmed(r.id);
    if (r.serverRevision == 0)
        m_serverLine->setText(tr("Not on the server yet."));
    else if (unconfirmed.empty())
        m_serverLine->setText(tr("Server revision %1 — last changed by %2 at %3 (server time).")
                                  .arg(r.serverRevision)
                                  .arg(userName(r.updatedBy), RecordTexts::dateTime(r.updatedAt)));
    else
        m_serverLine->setText(
            tr("Server revision %1, plus %n change(s) from this device not yet confirmed.", "",
               static_cast<int>(unconfirmed.size()))
                .arg(r.serverRevision));

    const std::string pendingAction = timeline.unconfirmedAction(r.id);
    m_waiting->setVisible(!pendingAction.empty());
    if (!pendingAction.empty()) {
        m_waiting->setText(RecordTexts::waitingForConfirmation(pendingAction));
        m_status->setText(tr("%1 (waiting for confirmation)").arg(RecordTexts::status(r.status)));
    }

    const auto conflicts = m_session.store().conflicts().open(r.id);
    m_conflictBanner->setVisible(!conflicts.empty());
    if (!conflicts.empty())
        m_conflictText->setText(
            tr("%n field(s) of this record were changed by someone else too. Decide which "
               "values to keep; you can still edit the record meanwhile.",
               "", static_cast<int>(conflicts.size())));

    const bool sentBack = r.status == RecordStatus::RequiresUpdates && !r.statusReason.empty();
    const bool archived = r.status == RecordStatus::Archived && !r.statusReason.empty();
    m_reason->setVisible(sentBack || archived);
    if (sentBack)
        m_reason->setText(tr("Sent back for updates: %1").arg(QString::fromStdString(r.statusReason)));
    else if (archived)
        m_reason->setText(tr("Archived: %1").arg(QString::fromStdString(r.statusReason)));

    renderActions(r);
    renderFields(r);
    renderHistory(r);
}

void RecordScreen::renderActions(const Record& r)
{
    const auto& role = m_session.actor().role;
    m_edit->setVisible(workflow::isAllowed(role, RecordAction::Edit, r.status));
    m_discard->setVisible(m_session.records().canDiscard(m_session.actor(), r.id));
    const auto allowed = workflow::availableActions(role, r.status);
    for (auto& [a, b] : m_actions)
        b->setVisible(std::find(allowed.begin(), allowed.end(), a) != allowed.end());
}

void RecordScreen::renderFields(const Record& r)
{
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    m_fields->clear();
    QTreeWidgetItem* page = nullptr;
    std::string pageTitle = "\x01";
    for (const auto& row : display.rows(r)) {
        if (row.page != pageTitle || !page) {
            pageTitle = row.page;
            page = new QTreeWidgetItem(m_fields);
            page->setText(0, row.page.empty() ? tr("Other values") : QString::fromStdString(row.page));
            QFont f = page->font(0);
            f.setBold(true);
            page->setFont(0, f);
            page->setFirstColumnSpanned(true);
            page->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(page);
        item->setText(0, QString::fromStdString(row.label));
        item->setText(1, QString::fromStdString(row.value));
        item->setData(0, Qt::UserRole, QString::fromStdString(row.fieldId));
        item->setToolTip(1, QString::fromStdString(row.value));
    }
    if (m_fields->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_fields);
        none->setText(0, tr("No values entered yet."));
    }
}

void RecordScreen::renderHistory(const Record& r)
{
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    m_history->clear();
    sync::RecordTimeline timeline(m_session.store());
    const auto entries = timeline.entries(r.id);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) { // newest first
        const auto& e = *it;
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, RecordTexts::dateTime(e.deviceTime));
        item->setText(1, userName(e.userId));
        item->setText(2, RecordTexts::actionDone(e.action));
        QString server;
        if (!e.outboxState)
            server = e.mutationId ? tr("—") : tr("Only on this device");
        else if (sync::RecordTimeline::awaitingServer(*e.outboxState))
            server = tr("Waiting for confirmation");
        else if (*e.outboxState == OutboxState::Applied || *e.outboxState == OutboxState::Merged)
            server = tr("Confirmed");
        else if (*e.outboxState == OutboxState::Conflict)
            server = tr("Conflict — to decide");
        else
            server = tr("Refused: %1").arg(RecordTexts::isolated(e.lastError));
        item->setText(3, server);
        QStringList labels;
        for (const auto& f : e.fields)
            labels << QString::fromStdString(display.label(r.formId, r.formVersion, f));
        QString detail = labels.join(QStringLiteral(", "));
        if (!e.reason.empty())
            detail = tr("Reason: %1").arg(QString::fromStdString(e.reason)) +
                     (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        item->setText(4, detail);
        item->setToolTip(4, detail);
        item->setToolTip(3, QString::fromStdString(e.lastError));
    }
    // Conflicts carry the other person's change with the server's time.
    for (const auto& c : m_session.store().conflicts().forRecord(r.id)) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, RecordTexts::dateTime(c.detectedAt));
        item->setText(1, userName(c.theirUser));
        item->setText(2, c.resolvedAt ? tr("Conflict resolved") : tr("Conflicting change"));
        item->setText(3, tr("Server time %1").arg(RecordTexts::dateTime(c.theirAt)));
        item->setText(4, QString::fromStdString(display.label(r.formId, r.formVersion, c.fieldId)));
    }
}

void RecordScreen::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RecordScreen::onAction(RecordAction action)
{
    const auto record = m_session.store().records().find(m_id.toStdString());
    if (!record)
        return;
    const auto t = workflow::transition(action, record->status);
    QString reason;
    if (t && t->requiresReason) {
        const QString title = RecordTexts::noMnemonic(RecordTexts::action(action));
        const QString prompt = action == RecordAction::Reject
                                   ? tr("Tell the person who declared it what to fix. They see "
                                        "this text with the record.")
                                   : tr("Why? The reason is kept with the record's history.");
        ReasonDialog dialog(title, prompt, this);
        dialog.setObjectName(QStringLiteral("reasonDialog"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    takeAction(action, reason);
}

bool RecordScreen::takeAction(RecordAction action, const QString& reason)
{
    try {
        m_session.records().act(m_session.actor(), m_id.toStdString(), action,
                                reason.toStdString());
    } catch (const FieldValidationError& e) {
        const auto record = m_session.store().records().find(m_id.toStdString());
        const FieldDisplay display(m_session.forms(), m_session.reference(),
                                   m_session.language().toStdString());
        QStringList fields;
        for (const auto& f : e.errors())
            fields << (record ? QString::fromStdString(
                                    display.label(record->formId, record->formVersion, f.field))
                              : QString::fromStdString(f.field));
        showError(tr("Not done: some values must be fixed first (%1). Use Edit to correct them.")
                      .arg(fields.join(QStringLiteral(", "))));
        return false;
    } catch (const WorkflowError& e) {
        showError(tr("Not done: %1").arg(QString::fromStdString(e.what())));
        return false;
    } catch (const StoreError& e) {
        showError(tr("Not saved: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    showError({});
    m_session.notifyRecordChanged(m_id);
    Q_EMIT m_session.syncRequested();
    render();
    return true;
}

} // namespace vitalis::desktop
