#include "app/desktop/records/RecordScreen.h"

#include "app/desktop/form/DuplicateWarningDialog.h"
#include "app/desktop/records/ButtonShortcut.h"
#include "app/desktop/records/ConfirmDialog.h"
#include "app/desktop/records/CorrectionsPane.h"
#include "app/desktop/records/DocumentsPane.h"
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/PrintCertificateDialog.h"
#include "app/desktop/records/ReasonDialog.h"
#include "app/desktop/records/RecordHistoryView.h"
#include "app/desktop/records/RecordTexts.h"
#include "app/desktop/session/DiscardDraftDialog.h"
#include "core/TrackingId.h"
#include "core/WorkflowTable.h"
#include "core/store/StoreError.h"
#include "sync/client/DeviceDuplicateCheck.h"
#include "sync/client/RecordTimeline.h"

#include <QDialogButtonBox>
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
                                     RecordAction::Archive,  RecordAction::Reinstate,
                                     RecordAction::Correct,  RecordAction::RequestCorrection};

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
    m_identifiers->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
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
    connect(m_conflictButton, &QPushButton::clicked, this,
            [this] { m_navigator.openConflicts(m_id); });

    m_waiting = banner(this, "waitingBanner", kInfoStyle);
    m_reason = banner(this, "reasonBanner", kWarnStyle);
    m_error = banner(this, "errorBanner", kErrorStyle);
    m_result = banner(this, "resultBanner", kInfoStyle);
    m_result->setAccessibleName(tr("What was done"));

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
    m_print = new QPushButton(actions);
    m_print->setObjectName(QStringLiteral("printCertificate"));
    bindShortcut(m_print, RecordTexts::shortcut(RecordAction::Certify));
    connect(m_print, &QPushButton::clicked, this, [this] {
        PrintCertificateDialog dialog(m_session, m_id, this);
        if (dialog.exec() == QDialog::Accepted) {
            Q_EMIT m_session.syncRequested(); // the print leaves with the next sync
            render();
        }
    });
    m_actionsLayout->addWidget(m_back);
    m_actionsLayout->addStretch(1);
    m_actionsLayout->addWidget(m_discard);
    m_actionsLayout->addWidget(m_edit);
    m_actionsLayout->addWidget(m_print);
    for (const auto a : kOffered) {
        auto* b = new QPushButton(actions);
        bindShortcut(b, RecordTexts::shortcut(a));
        b->setObjectName(QStringLiteral("action_") + QString::fromUtf8(toString(a).data()));
        connect(b, &QPushButton::clicked, this, [this, a] { onAction(a); });
        m_actionsLayout->addWidget(b);
        m_actions[a] = b;
    }

    m_corrections = new CorrectionsPane(m_session, this);
    connect(m_corrections, &CorrectionsPane::decided, this, [this] {
        showError({});
        m_session.notifyRecordChanged(m_id);
        Q_EMIT m_session.syncRequested();
        render();
    });
    connect(m_corrections, &CorrectionsPane::problem, this, &RecordScreen::showError);

    m_tabs = new QTabWidget(this);
    m_fields = new QTreeWidget(m_tabs);
    m_fields->setColumnCount(2);
    m_fields->setRootIsDecorated(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setStretchLastSection(true);
    m_history = new RecordHistoryView(m_session, m_tabs);
    m_documents = new DocumentsPane(m_session, m_tabs);
    m_tabs->addTab(m_fields, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_documents, QString());

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
    layout->addWidget(m_result);
    layout->addWidget(actions);
    layout->addWidget(m_corrections);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_back, m_discard);
    setTabOrder(m_discard, m_edit);
    setTabOrder(m_edit, m_print);
    QWidget* prev = m_print;
    for (const auto a : kOffered) {
        setTabOrder(prev, m_actions[a]);
        prev = m_actions[a];
    }
    setTabOrder(prev, m_conflictButton);
    setTabOrder(m_conflictButton, m_corrections->tree());
    setTabOrder(m_corrections->tree(), m_corrections->approveButton());
    setTabOrder(m_corrections->approveButton(), m_corrections->refuseButton());
    setTabOrder(m_corrections->refuseButton(), m_tabs);

    connect(&m_session, &DesktopSession::recordChanged, this, [this](const QString& id) {
        if (id == m_id)
            render();
    });
    connect(&m_session, &DesktopSession::manyChanged, this, [this] {
        if (!m_id.isEmpty())
            render();
    });
    connect(&m_session, &DesktopSession::languageChanged, this, [this] { render(); });
    // The server's history names the people of the server line and the result line.
    connect(m_history, &RecordHistoryView::updated, this, [this] { render(); });
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
    m_edit->setToolTip(
        tr("Open the form to change the values (%1)")
            .arg(RecordTexts::shortcut(RecordAction::Edit).toString(QKeySequence::NativeText)));
    for (auto& [a, b] : m_actions) {
        b->setText(RecordTexts::action(a));
        b->setAccessibleName(RecordTexts::noMnemonic(RecordTexts::action(a)));
        if (!RecordTexts::shortcut(a).isEmpty())
            b->setToolTip(RecordTexts::shortcut(a).toString(QKeySequence::NativeText));
    }
    m_discard->setText(tr("Discard draft"));
    m_print->setText(tr("&Print certificate…"));
    m_print->setToolTip(
        RecordTexts::shortcut(RecordAction::Certify).toString(QKeySequence::NativeText));
    m_discard->setToolTip(tr("Delete this draft from this computer (it was never sent)"));
    m_conflictButton->setText(tr("Resolve conflicts…"));
    m_conflictButton->setToolTip(tr("Ctrl+K"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&History"));
    updateDocumentsTab();
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setAccessibleName(tr("Record details"));
    m_corrections->retranslate();
}

QTreeWidget* RecordScreen::historyView() const
{
    return m_history->tree();
}

QString RecordScreen::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
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
    m_done.reset();
    m_history->clear(); // opening a record asks the server for its history again
    m_documents->clear();
    render();
    m_tabs->setCurrentIndex(0);
}

QString RecordScreen::userName(const std::string& userId)
{
    return RecordTexts::person(m_session.store(), userId, m_history->knownName(userId));
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
            tr("The record %1 is not on this device (it may have left your jurisdiction).")
                .arg(m_id));
        m_serverLine->clear();
        for (auto& [a, b] : m_actions)
            b->hide();
        m_edit->hide();
        m_discard->hide();
        m_print->hide();
        m_conflictBanner->hide();
        m_waiting->hide();
        m_reason->hide();
        m_result->hide();
        m_fields->clear();
        m_history->clear();
        m_documents->clear();
        return;
    }
    const Record& r = *record;
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    const QString tracking = r.trackingId.empty()
                                 ? tr("no tracking ID yet")
                                 : QString::fromStdString(tracking_id::display(r.trackingId));
    m_title->setText(tr("%1 — %2").arg(
        QString::fromStdString(display.formTitle(r.formId, r.formVersion)), tracking));
    m_status->setText(RecordTexts::status(r));
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
        m_status->setText(tr("%1 (waiting for confirmation)").arg(RecordTexts::status(r)));
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
    // A registration the national ID system refused comes back validated with its reason.
    const bool refused = r.status == RecordStatus::Validated && !r.statusReason.empty();
    m_reason->setVisible(sentBack || archived || refused);
    if (refused)
        m_reason->setText(tr("Registration refused by the national ID system: %1")
                              .arg(QString::fromStdString(r.statusReason)));
    else if (sentBack)
        m_reason->setText(
            tr("Sent back for updates: %1").arg(QString::fromStdString(r.statusReason)));
    else if (archived)
        m_reason->setText(tr("Archived: %1").arg(QString::fromStdString(r.statusReason)));

    renderActions(r);
    renderFields(r);
    renderResult(r);
    m_history->showRecord(r);
    m_corrections->showRecord(r, m_history->server());
    m_documents->showRecord(r.id);
    updateDocumentsTab();
}

void RecordScreen::updateDocumentsTab()
{
    m_tabs->setTabText(2, m_documents->count() ? tr("D&ocuments (%1)").arg(m_documents->count())
                                               : tr("D&ocuments"));
}

QString RecordScreen::declarer(const Record& r)
{
    return RecordTexts::person(m_session.store(), r.createdBy, m_history->knownName(r.createdBy),
                               tr("the person who declared it"));
}

void RecordScreen::renderActions(const Record& r)
{
    const auto& role = m_session.actor().role;
    m_edit->setVisible(workflow::isAllowed(role, RecordAction::Edit, r.status));
    m_discard->setVisible(m_session.records().canDiscard(m_session.actor(), r.id));
    // The scope table decides, as for every action (registered, or certified for a reprint).
    m_print->setVisible(workflow::isAllowed(role, RecordAction::Certify, r.status));
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
            page->setText(0,
                          row.page.empty() ? tr("Other values") : QString::fromStdString(row.page));
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

void RecordScreen::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RecordScreen::onAction(RecordAction action)
{
    // A correction opens the form with the registered answers (the form asks why at the end).
    if (action == RecordAction::Correct || action == RecordAction::RequestCorrection) {
        m_navigator.correctRecord(m_id, action == RecordAction::Correct);
        return;
    }
    const auto record = m_session.store().records().find(m_id.toStdString());
    if (!record)
        return;
    std::vector<std::string> candidates;
    std::string note;
    if (!checkDuplicates(action, *record, candidates, note))
        return;
    QString reason;
    if (!confirm(action, *record, &reason))
        return;
    perform(action, reason, candidates, note);
}

bool RecordScreen::checkDuplicates(RecordAction action, const Record& record,
                                   std::vector<std::string>& candidates, std::string& note)
{
    if (!DeviceDuplicateCheck::checksAt(action))
        return true;
    // The rules are the Qt-free DeviceDuplicateCheck's; this only asks the clerk.
    std::vector<DeviceCandidate> found;
    try {
        DeviceDuplicateCheck check(m_session.store(), m_session.dedupRules());
        if (DeviceDuplicateCheck::waitsForDecision(action)) {
            const auto waiting = check.undecided(record);
            if (waiting.candidates.empty())
                return true;
            QStringList others;
            for (const auto& c : waiting.candidates)
                others << QString::fromStdString(tracking_id::display(c.trackingId));
            showError(tr("Not registered: it may be a duplicate of %1. Someone who decides on "
                         "duplicates compares them first.")
                          .arg(others.join(QStringLiteral(", "))));
            m_navigator.openDuplicates(m_id);
            return false;
        }
        found = check.find(record);
    } catch (const std::exception& e) {
        // A store busy with a sync must not stop the work: the server checks it again.
        qWarning("duplicate check skipped: %s", e.what());
        return true;
    }
    if (found.empty())
        return true;
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    const auto label = [&](const std::string& fieldId) {
        return QString::fromStdString(display.label(record.formId, record.formVersion, fieldId));
    };
    if (DuplicateWarningDialog::ask(found, label, this, candidates, note))
        return true;
    showError(tr("Not sent: check the possible duplicate first."));
    return false;
}

bool RecordScreen::confirm(RecordAction action, const Record& record, QString* reason)
{
    const QString title = RecordTexts::noMnemonic(RecordTexts::action(action));
    const QString tracking = record.trackingId.empty()
                                 ? tr("this declaration")
                                 : QString::fromStdString(tracking_id::display(record.trackingId));
    const auto t = workflow::transition(action, record.status);
    if (t && t->requiresReason) {
        // The reason dialog is the confirmation: its button names the action, Esc cancels.
        const QString prompt =
            action == RecordAction::Reject
                ? tr("%1 goes back to %2 for updates. Tell them what to fix; they see this "
                     "text with the record.")
                      .arg(tracking, declarer(record))
                : tr("%1 is archived: it leaves the workqueues. Why? The reason is kept with "
                     "the record's history.")
                      .arg(tracking);
        ReasonDialog dialog(title, prompt, this);
        dialog.setObjectName(QStringLiteral("reasonDialog"));
        dialog.buttons()->button(QDialogButtonBox::Ok)->setText(title);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *reason = dialog.reason();
        return true;
    }
    QString text;
    if (action == RecordAction::Register)
        text = tr("Register %1? Registration is final: the record gets its registration number "
                  "and can afterwards only be corrected, not sent back.")
                   .arg(tracking);
    else if (action == RecordAction::Validate)
        text = tr("Validate %1? It goes to the registrar for registration and can no longer be "
                  "edited here.")
                   .arg(tracking);
    else
        return true; // declare, reinstate: nothing is lost, no question asked
    return ConfirmDialog::ask(this, title, text, title);
}

void RecordScreen::renderResult(const Record& r)
{
    QString text;
    if (m_done) {
        switch (*m_done) {
        case RecordAction::Register:
            text = r.registrationNumber.empty()
                       ? tr("Registered on this device. It will be numbered at the next sync "
                            "(the server gives the registration number).")
                       : tr("Registered: %1").arg(QString::fromStdString(r.registrationNumber));
            break;
        case RecordAction::Validate:
            text = tr("Validated");
            break;
        case RecordAction::Reject:
            text = tr("Sent back to %1").arg(declarer(r));
            break;
        case RecordAction::Archive:
            text = tr("Archived");
            break;
        case RecordAction::Reinstate:
            text = tr("Reinstated");
            break;
        case RecordAction::Declare:
            text = tr("Declared");
            break;
        default:
            break;
        }
    }
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

bool RecordScreen::takeAction(RecordAction action, const QString& reason)
{
    return perform(action, reason, {}, {});
}

bool RecordScreen::perform(RecordAction action, const QString& reason,
                           const std::vector<std::string>& candidates, const std::string& note)
{
    try {
        if (candidates.empty())
            m_session.records().act(m_session.actor(), m_id.toStdString(), action,
                                    reason.toStdString());
        else
            m_session.records().actDespiteDuplicates(m_session.actor(), m_id.toStdString(), action,
                                                     nlohmann::json::object(), candidates, note);
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
    m_done = action;
    m_session.notifyRecordChanged(m_id);
    Q_EMIT m_session.syncRequested();
    render();
    return true;
}

} // namespace vitalis::desktop
