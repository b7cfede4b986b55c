#include "app/desktop/records/ConflictScreen.h"

#include "app/desktop/records/ButtonShortcut.h"
#include "app/desktop/records/ConflictValueDialog.h"
#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/RecordTexts.h"
#include "app/desktop/records/ServerHistoryFetcher.h"
#include "core/TrackingId.h"
#include "core/store/StoreError.h"
#include "sync/client/ConflictResolver.h"
#include "sync/protocol/Conflicts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <map>
#include <set>

namespace vitalis::desktop
{

namespace
{
enum Col { ColSelect, ColField, ColBase, ColMine, ColTheirs, ColWho, ColKeep, ColCount };

QLabel* cell(QWidget* parent, const QString& text, bool header = false)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setMinimumWidth(60);
    l->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    if (header) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    return l;
}
} // namespace

ConflictScreen::ConflictScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator),
      m_fetcher(new ServerHistoryFetcher(session, this))
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("conflictMessage"));

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    bindShortcut(m_back, QKeySequence(Qt::Key_Escape));
    m_openRecord = new QPushButton(this);
    m_keepMine = new QPushButton(this);
    bindShortcut(m_keepMine, QKeySequence(QStringLiteral("Ctrl+M")));
    m_takeTheirs = new QPushButton(this);
    bindShortcut(m_takeTheirs, QKeySequence(QStringLiteral("Ctrl+T")));
    m_save = new QPushButton(this);
    bindShortcut(m_save, QKeySequence(QStringLiteral("Ctrl+S")));
    m_save->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_openRecord);
    buttons->addStretch(1);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_save);

    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { m_navigator.goHome(); });
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        if (!m_recordId.isEmpty())
            m_navigator.openRecord(m_recordId);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveDecisions(); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { decideSelection(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { decideSelection(false); });
    connect(&m_session, &DesktopSession::manyChanged, this, [this] {
        if (isVisible())
            render();
    });
    connect(&m_session, &DesktopSession::languageChanged, this, [this] { render(); });
    // Names of the other people come with the record's history from the server.
    connect(m_fetcher, &ServerHistoryFetcher::fetched, this,
            [this](const QString&, const sync::ServerHistory& history) {
                bool learned = false;
                for (const auto& e : history.entries)
                    if (!e.userName.empty() && m_names[e.userId] != e.userName) {
                        m_names[e.userId] = e.userName;
                        learned = true;
                    }
                if (learned)
                    render();
            });
    retranslate();
}

void ConflictScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ConflictScreen::retranslate()
{
    m_title->setText(tr("Conflicts"));
    m_intro->setText(tr("Someone else changed the same fields before your change reached the "
                        "server. For each field choose the value to keep (Tab to the row's "
                        "choice, then Space or the arrow keys, or to \"Type a new value…\" to "
                        "enter another value), then save with Ctrl+S. Ctrl+M keeps yours and "
                        "Ctrl+T takes theirs for the checked rows."));
    m_back->setText(tr("Back"));
    m_openRecord->setText(tr("Open record"));
    m_keepMine->setText(tr("Keep &mine for selected"));
    m_takeTheirs->setText(tr("&Take theirs for selected"));
    m_save->setText(tr("&Save decisions"));
    m_save->setToolTip(tr("Ctrl+S"));
}

QString ConflictScreen::messageText() const
{
    return m_message->text();
}

QString ConflictScreen::userName(const std::string& userId) const
{
    const auto known = m_names.find(userId);
    return RecordTexts::person(m_session.store(), userId,
                               known == m_names.end() ? std::string() : known->second);
}

void ConflictScreen::fetchNames()
{
    // One history request per record whose other person this device cannot name.
    std::set<std::string> asked;
    for (const auto& c : m_session.store().conflicts().open(m_recordId.toStdString())) {
        const bool known =
            m_names.count(c.theirUser) || m_session.store().users().find(c.theirUser);
        if (!known && !c.theirUser.empty() && asked.insert(c.recordId).second)
            m_fetcher->fetch(QString::fromStdString(c.recordId));
    }
}

QString ConflictScreen::valueText(const Conflict& c, const nlohmann::json& value) const
{
    if (value.is_null())
        return tr("(empty)");
    if (protocol::isStatusField(c.fieldId) && value.is_string()) {
        if (const auto s = recordStatusFromString(value.get<std::string>()))
            return RecordTexts::status(*s);
    }
    const auto r = m_session.store().records().find(c.recordId);
    if (!r)
        return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    return QString::fromStdString(display.value(r->formId, r->formVersion, c.fieldId, value));
}

QString ConflictScreen::recordTitle(const std::string& recordId) const
{
    const auto r = m_session.store().records().find(recordId);
    if (!r)
        return QString::fromStdString(recordId);
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    QString title = QString::fromStdString(display.formTitle(r->formId, r->formVersion));
    if (!r->trackingId.empty())
        title +=
            QStringLiteral(" — ") + QString::fromStdString(tracking_id::display(r->trackingId));
    if (const auto form = m_session.forms().find(r->formId, r->formVersion))
        for (const auto& f : form->fields)
            if (f.type == forms::FieldType::PersonName && r->fields.contains(f.id)) {
                title += QStringLiteral(" — ") +
                         QString::fromStdString(
                             display.value(r->formId, r->formVersion, f.id, r->fields[f.id]));
                break;
            }
    return title + QStringLiteral(" — ") + RecordTexts::status(r->status);
}

void ConflictScreen::showConflicts(const QString& recordId)
{
    m_recordId = recordId;
    m_message->clear();
    m_typed.clear();
    render();
    fetchNames();
    if (!m_rows.empty())
        m_rows.front().select->setFocus();
}

void ConflictScreen::render()
{
    // Keep choices the user already made across a re-render (language switch, sync).
    std::map<std::int64_t, int> choices; // conflict id -> 1 mine, 2 theirs, 3 typed
    std::set<std::int64_t> checked;
    for (const auto& r : m_rows) {
        if (r.mine->isChecked())
            choices[r.conflict.id] = 1;
        else if (r.theirs->isChecked())
            choices[r.conflict.id] = 2;
        else if (r.typed->isChecked())
            choices[r.conflict.id] = 3;
        if (r.select->isChecked())
            checked.insert(r.conflict.id);
    }
    m_rows.clear();
    m_gridHost = new QWidget;
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    const QStringList headers = {QString(),  tr("Field"),  tr("Before"),
                                 tr("Mine"), tr("Theirs"), tr("Changed by (server time)"),
                                 tr("Keep")};
    for (int c = 0; c < ColCount; ++c) {
        auto* h = cell(m_gridHost, headers[c], true);
        h->setMinimumWidth(c == ColSelect ? 0 : 60);
        m_grid->addWidget(h, 0, c);
    }

    const auto open = m_session.store().conflicts().open(m_recordId.toStdString());
    std::map<std::string, std::vector<Conflict>> byRecord;
    std::vector<std::string> order;
    for (const auto& c : open) {
        if (!byRecord.count(c.recordId))
            order.push_back(c.recordId);
        byRecord[c.recordId].push_back(c);
    }
    int line = 1;
    QWidget* prevFocus = nullptr;
    for (const auto& recordId : order) {
        auto* head = cell(m_gridHost, recordTitle(recordId), true);
        head->setStyleSheet(QStringLiteral("QLabel { padding-top: 8px; }"));
        m_grid->addWidget(head, line++, 0, 1, ColCount);
        const auto r = m_session.store().records().find(recordId);
        const FieldDisplay display(m_session.forms(), m_session.reference(),
                                   m_session.language().toStdString());
        for (const auto& c : byRecord[recordId]) {
            Row row;
            row.conflict = c;
            const QString field = protocol::isStatusField(c.fieldId)
                                      ? tr("Status")
                                      : (r ? QString::fromStdString(display.label(
                                                 r->formId, r->formVersion, c.fieldId))
                                           : QString::fromStdString(c.fieldId));
            row.select = new QCheckBox(m_gridHost);
            row.select->setAccessibleName(tr("Select %1").arg(field));
            row.select->setChecked(checked.count(c.id) != 0);
            m_grid->addWidget(row.select, line, ColSelect, Qt::AlignTop);
            auto* fieldCell = cell(m_gridHost, field);
            fieldCell->setMinimumWidth(150);
            m_grid->addWidget(fieldCell, line, ColField);
            m_grid->addWidget(cell(m_gridHost, valueText(c, c.base)), line, ColBase);
            auto* mineText = cell(m_gridHost, valueText(c, c.mine));
            auto* theirsText = cell(m_gridHost, valueText(c, c.theirs));
            mineText->setStyleSheet(QStringLiteral("QLabel { color: #0b4f8a; }"));
            theirsText->setStyleSheet(QStringLiteral("QLabel { color: #7a3e00; }"));
            m_grid->addWidget(mineText, line, ColMine);
            m_grid->addWidget(theirsText, line, ColTheirs);
            QString who = tr("%1, %2").arg(userName(c.theirUser), RecordTexts::dateTime(c.theirAt));
            // Mine is on this device's clock: shown smaller, the server's time is what counts.
            if (!c.myUser.empty())
                who += QStringLiteral("\n") +
                       tr("mine: %1, %2 (this device)")
                           .arg(userName(c.myUser), RecordTexts::dateTime(c.myAt));
            m_grid->addWidget(cell(m_gridHost, who), line, ColWho);

            QWidget* keep = keepCell(row, c, field, choices);
            m_grid->addWidget(keep, line, ColKeep, Qt::AlignTop);
            if (prevFocus)
                setTabOrder(prevFocus, row.select);
            setTabOrder(row.select, row.mine);
            setTabOrder(row.mine, row.theirs);
            setTabOrder(row.theirs, row.typed);
            prevFocus = row.typed;
            if (row.typeButton) {
                setTabOrder(row.typed, row.typeButton);
                prevFocus = row.typeButton;
                const std::size_t index = m_rows.size();
                connect(row.typeButton, &QPushButton::clicked, this,
                        [this, index] { typeNewValue(index); });
            }
            m_rows.push_back(row);
            ++line;
        }
    }
    if (open.empty()) {
        auto* none =
            cell(m_gridHost, m_recordId.isEmpty() ? tr("No open conflicts on this device.")
                                                  : tr("This record has no open conflict."));
        m_grid->addWidget(none, line++, 0, 1, ColCount);
    }
    m_grid->setColumnStretch(ColBase, 1);
    m_grid->setColumnStretch(ColMine, 1);
    m_grid->setColumnStretch(ColTheirs, 1);
    m_grid->setColumnStretch(ColWho, 2);
    m_grid->setRowStretch(line, 1);
    m_scroll->setWidget(m_gridHost); // deletes the previous grid and its rows
    if (prevFocus) {
        setTabOrder(prevFocus, m_keepMine);
        setTabOrder(m_keepMine, m_takeTheirs);
        setTabOrder(m_takeTheirs, m_save);
        setTabOrder(m_save, m_back);
    }
    m_keepMine->setEnabled(!open.empty());
    m_takeTheirs->setEnabled(!open.empty());
    m_save->setEnabled(!open.empty());
    m_openRecord->setVisible(!m_recordId.isEmpty());
}

QWidget* ConflictScreen::keepCell(Row& row, const Conflict& c, const QString& field,
                                  const std::map<std::int64_t, int>& choices)
{
    // Each row's radios in their own widget: arrow keys stay inside the row.
    auto* keep = new QWidget(m_gridHost);
    auto* outer = new QVBoxLayout(keep);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* kl = new QHBoxLayout;
    row.mine = new QRadioButton(tr("Mine"), keep);
    row.theirs = new QRadioButton(tr("Theirs"), keep);
    row.typed = new QRadioButton(tr("New value"), keep);
    row.mine->setAccessibleName(tr("Keep mine for %1").arg(field));
    row.theirs->setAccessibleName(tr("Take theirs for %1").arg(field));
    row.typed->setAccessibleName(tr("Keep the new value for %1").arg(field));
    auto* group = new QButtonGroup(keep);
    group->addButton(row.mine);
    group->addButton(row.theirs);
    group->addButton(row.typed);
    const auto typed = m_typed.find(c.id);
    row.typed->setEnabled(typed != m_typed.end()); // a value must be typed first
    if (auto it = choices.find(c.id); it != choices.end())
        (it->second == 1 ? row.mine : it->second == 2 ? row.theirs : row.typed)->setChecked(true);
    kl->addWidget(row.mine);
    kl->addWidget(row.theirs);
    kl->addWidget(row.typed);
    if (c.fieldId.rfind('$', 0) != 0) { // a status change has no value to type
        row.typeButton = new QPushButton(tr("Type a new value…"), keep);
        row.typeButton->setAccessibleName(tr("Type a new value for %1").arg(field));
        kl->addWidget(row.typeButton);
    }
    outer->addLayout(kl);
    row.typedText =
        cell(keep, typed == m_typed.end() ? QString()
                                          : tr("New value: %1").arg(valueText(c, typed->second)));
    row.typedText->setVisible(typed != m_typed.end());
    outer->addWidget(row.typedText);
    return keep;
}

bool ConflictScreen::typeNewValue(std::size_t index)
{
    if (index >= m_rows.size())
        return false;
    Row& row = m_rows[index];
    const Conflict& c = row.conflict;
    const auto record = m_session.store().records().find(c.recordId);
    const auto form =
        record ? m_session.forms().find(record->formId, record->formVersion) : nullptr;
    const forms::Field* field = form ? form->field(c.fieldId) : nullptr;
    if (!field) {
        m_message->setText(tr("This field cannot be typed here; choose Mine or Theirs."));
        return false;
    }
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    const auto typed = m_typed.find(c.id);
    ConflictValueDialog dialog(
        m_session, *record, *field,
        QString::fromStdString(display.label(record->formId, record->formVersion, c.fieldId)),
        typed != m_typed.end() ? typed->second : c.mine, this);
    if (dialog.exec() != QDialog::Accepted) {
        row.typeButton->setFocus();
        return false;
    }
    m_typed[c.id] = dialog.value();
    row.typed->setEnabled(true);
    row.typed->setChecked(true);
    row.typedText->setText(tr("New value: %1").arg(valueText(c, dialog.value())));
    row.typedText->show();
    row.typed->setFocus();
    return true;
}

int ConflictScreen::decideSelection(bool keepMine)
{
    std::vector<Row*> selected;
    for (auto& r : m_rows)
        if (r.select->isChecked())
            selected.push_back(&r);
    if (selected.empty())
        for (auto& r : m_rows)
            if (r.select->hasFocus() || r.mine->hasFocus() || r.theirs->hasFocus() ||
                r.typed->hasFocus() || (r.typeButton && r.typeButton->hasFocus()))
                selected.push_back(&r);
    if (selected.empty()) {
        m_message->setText(tr("Check the rows to decide first (Space on a row's box)."));
        return 0;
    }
    for (auto* r : selected)
        (keepMine ? r->mine : r->theirs)->setChecked(true);
    return saveDecisions();
}

int ConflictScreen::saveDecisions()
{
    std::map<std::string, std::vector<const Row*>> byRecord;
    for (const auto& r : m_rows)
        byRecord[r.conflict.recordId].push_back(&r);
    sync::ConflictResolver resolver(m_session.store(), m_session.clock());
    QStringList undecided, failed;
    std::vector<QString> resolved;
    for (const auto& [recordId, rows] : byRecord) {
        sync::Resolution resolution;
        int missing = 0;
        for (const auto* r : rows) {
            if (r->mine->isChecked())
                resolution.fields[r->conflict.fieldId] = {sync::Choice::Mine, {}};
            else if (r->theirs->isChecked())
                resolution.fields[r->conflict.fieldId] = {sync::Choice::Theirs, {}};
            else if (r->typed->isChecked() && m_typed.count(r->conflict.id))
                resolution.fields[r->conflict.fieldId] = {sync::Choice::Value,
                                                          m_typed.at(r->conflict.id)};
            else
                ++missing;
        }
        if (resolution.fields.empty())
            continue;
        if (missing) {
            undecided << tr("%1 (%n field(s) left)", "", missing).arg(recordTitle(recordId));
            continue;
        }
        try {
            resolver.resolve(m_session.actor(), recordId, resolution);
            resolved.push_back(QString::fromStdString(recordId));
        } catch (const WorkflowError& e) {
            failed << tr("%1: %2").arg(recordTitle(recordId), QString::fromStdString(e.what()));
        } catch (const StoreError& e) {
            failed << tr("%1: %2").arg(recordTitle(recordId), QString::fromStdString(e.what()));
        }
    }
    QStringList message;
    if (!resolved.empty())
        message << tr("%n record(s) resolved; the decision is sent at the next sync.", "",
                      static_cast<int>(resolved.size()));
    if (!undecided.isEmpty())
        message << tr("Choose a value for every field of: %1.")
                       .arg(undecided.join(QStringLiteral("; ")));
    if (!failed.isEmpty())
        message << tr("Not resolved: %1").arg(failed.join(QStringLiteral("; ")));
    if (resolved.empty() && undecided.isEmpty() && failed.isEmpty())
        message << tr("Choose Mine, Theirs or a new value for the fields first.");
    m_message->setText(message.join(QLatin1Char('\n')));
    for (const auto& id : resolved)
        m_session.notifyRecordChanged(id);
    if (!resolved.empty()) {
        m_session.notifyManyChanged();
        Q_EMIT m_session.syncRequested();
    }
    render();
    return static_cast<int>(resolved.size());
}

} // namespace vitalis::desktop
