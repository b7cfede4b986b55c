#include "app/desktop/records/RecordHistoryView.h"

#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/RecordTexts.h"
#include "sync/client/RecordTimeline.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vitalis::desktop
{

RecordHistoryView::RecordHistoryView(DesktopSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_fetcher(new ServerHistoryFetcher(session, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    connect(m_fetcher, &ServerHistoryFetcher::fetched, this,
            [this](const QString& id, const sync::ServerHistory& history) {
                if (id.toStdString() != m_recordId)
                    return; // an answer for a record no longer shown
                m_fetching = false;
                m_server = history;
                m_failure.reset();
                render();
                Q_EMIT updated();
            });
    connect(m_fetcher, &ServerHistoryFetcher::failed, this, &RecordHistoryView::onFailed);
    retranslate();
}

void RecordHistoryView::onFailed(const QString& recordId, ServerHistoryFetcher::Failure why)
{
    if (recordId.toStdString() != m_recordId)
        return;
    m_fetching = false;
    m_failure = why;
    render();
    Q_EMIT updated();
}

void RecordHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordHistoryView::retranslate()
{
    m_tree->setHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Server"), tr("Device"), tr("Fields / reason")});
    m_tree->setAccessibleName(tr("Record history"));
    render();
}

std::string RecordHistoryView::knownName(const std::string& userId) const
{
    if (m_server)
        for (const auto& e : m_server->entries)
            if (e.userId == userId && !e.userName.empty())
                return e.userName;
    return {};
}

QString RecordHistoryView::noteText() const
{
    return m_note->text();
}

void RecordHistoryView::clear()
{
    m_recordId.clear();
    m_server.reset();
    m_failure.reset();
    m_fetching = false;
    m_tree->clear();
    m_note->clear();
}

void RecordHistoryView::showRecord(const Record& record)
{
    const bool other = record.id != m_recordId;
    if (other) {
        clear();
        m_recordId = record.id;
    }
    const bool stale = m_server && record.serverRevision > m_server->rev;
    if (record.serverRevision > 0 && (other || stale) && !m_fetching) {
        m_fetching = true;
        m_fetcher->fetch(QString::fromStdString(record.id));
    }
    render();
}

void RecordHistoryView::render()
{
    m_tree->clear();
    if (m_recordId.empty())
        return;
    const auto record = m_session.store().records().find(m_recordId);
    if (!record)
        return;
    sync::RecordTimeline timeline(m_session.store());
    const auto local = timeline.entries(record->id);
    if (m_server) {
        // Newest first: this device's changes the server has not confirmed come on top.
        renderLocal(*record, sync::notOnServer(*m_server, local, m_fetcher->ownDeviceId()));
        renderServer(*record);
        m_note->setText(tr("The record's history from the server, with this device's changes "
                           "not confirmed yet."));
    } else {
        renderLocal(*record, local);
        if (m_fetching)
            m_note->setText(tr("Asking the server for the full history… Meanwhile: what this "
                               "device knows."));
        else if (record->serverRevision == 0)
            m_note->setText(tr("Not on the server yet: what this device knows."));
        else if (m_failure == ServerHistoryFetcher::Failure::Offline)
            m_note->setText(tr("Offline: only what this device knows. The full history appears "
                               "when the server can be reached."));
        else if (m_failure == ServerHistoryFetcher::Failure::SignInExpired)
            m_note->setText(tr("The server's history needs a fresh sign-in (the next sync renews "
                               "it): only what this device knows."));
        else
            m_note->setText(tr("The server did not give the history: only what this device "
                               "knows."));
    }
    renderConflicts(*record);
}

QTreeWidgetItem* RecordHistoryView::addLine(std::int64_t when, const QString& who,
                                            const QString& what, const QString& server,
                                            const QString& details, const QString& device)
{
    auto* item = new QTreeWidgetItem(m_tree);
    item->setText(When, RecordTexts::dateTime(when));
    item->setText(Who, who);
    item->setText(What, what);
    item->setText(Server, server);
    item->setText(Details, details);
    item->setToolTip(Details, details);
    item->setText(Device, device);
    return item;
}

QString RecordHistoryView::fieldLabels(const Record& r, const std::vector<std::string>& fields,
                                       const std::string& reason) const
{
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    QStringList labels;
    for (const auto& f : fields)
        labels << QString::fromStdString(display.label(r.formId, r.formVersion, f));
    QString detail = labels.join(QStringLiteral(", "));
    if (!reason.empty())
        detail = tr("Reason: %1").arg(QString::fromStdString(reason)) +
                 (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
    return detail;
}

QString RecordHistoryView::beforeAfter(const Record& r, const nlohmann::json& changes,
                                       const std::string& reason) const
{
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    QStringList parts;
    for (const auto& [field, change] : changes.items())
        parts << tr("%1: %2 → %3")
                     .arg(QString::fromStdString(display.label(r.formId, r.formVersion, field)),
                          QString::fromStdString(
                              display.value(r.formId, r.formVersion, field,
                                            change.value("old", nlohmann::json()))),
                          QString::fromStdString(
                              display.value(r.formId, r.formVersion, field,
                                            change.value("new", nlohmann::json()))));
    QString detail = parts.join(QStringLiteral("; "));
    if (!reason.empty())
        detail = tr("Reason: %1").arg(QString::fromStdString(reason)) +
                 (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
    return detail;
}

void RecordHistoryView::renderServer(const Record& r)
{
    const std::string own = m_fetcher->ownDeviceId();
    // A number offered from a laptop's reserved pool and refused: the registrar must know that
    // a certificate printed with it is no longer valid.
    for (const auto& v : m_server->voidedNumbers)
        addLine(v.at, RecordTexts::person(m_session.store(), {}, v.userName),
                tr("Registration number %1 voided").arg(QString::fromStdString(v.number)),
                tr("Confirmed"),
                tr("Reason: %1").arg(RecordTexts::isolated(v.reason)) + QStringLiteral(" — ") +
                    tr("a certificate printed with this number is no longer valid"),
                v.deviceCode.empty() ? tr("Another device")
                                     : tr("Device %1").arg(QString::fromStdString(v.deviceCode)));
    for (auto it = m_server->entries.rbegin(); it != m_server->entries.rend(); ++it) {
        const auto& e = *it;
        const QString device = !own.empty() && e.deviceId == own ? tr("This device")
                               : e.deviceCode.empty()
                                   ? tr("Another device")
                                   : tr("Device %1").arg(QString::fromStdString(e.deviceCode));
        // Corrections show before and after (a request: the values it proposes).
        const bool correction = !e.correction.empty() || e.action == "correct";
        const nlohmann::json& changed =
            e.action == "request_correction" ? e.correction.value("changes", e.changes) : e.changes;
        auto* item = addLine(
            e.serverTime, RecordTexts::person(m_session.store(), e.userId, e.userName),
            RecordTexts::actionDone(e.action),
            e.outcome == "merged" ? tr("Confirmed (merged)") : tr("Confirmed"),
            correction ? beforeAfter(r, changed, e.reason) : fieldLabels(r, e.fields, e.reason),
            device);
        if (e.deviceTime > 0)
            item->setToolTip(
                When, tr("On the device's clock: %1").arg(RecordTexts::dateTime(e.deviceTime)));
    }
}

void RecordHistoryView::renderLocal(const Record& r,
                                    const std::vector<sync::TimelineEntry>& entries)
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) { // newest first
        const auto& e = *it;
        QString server;
        if (!e.outboxState)
            server = e.mutationId ? tr("—") : tr("Only on this device");
        else if (sync::RecordTimeline::awaitingServer(*e.outboxState))
            server = tr("Waiting for confirmation");
        else if (*e.outboxState == OutboxState::Applied || *e.outboxState == OutboxState::Merged)
            server = tr("Confirmed");
        else if (*e.outboxState == OutboxState::Conflict)
            server = tr("Conflict — to decide");
        else if (*e.outboxState == OutboxState::Resolved)
            server = tr("Conflict decided");
        else
            server = tr("Refused: %1").arg(RecordTexts::isolated(e.lastError));
        auto* item = addLine(e.deviceTime, RecordTexts::person(m_session.store(), e.userId),
                             RecordTexts::actionDone(e.action), server,
                             fieldLabels(r, e.fields, e.reason), tr("This device"));
        item->setToolTip(Server, QString::fromStdString(e.lastError));
    }
}

void RecordHistoryView::renderConflicts(const Record& r)
{
    // Conflicts carry the other person's change with the server's time.
    for (const auto& c : m_session.store().conflicts().forRecord(r.id)) {
        addLine(c.detectedAt,
                RecordTexts::person(m_session.store(), c.theirUser, knownName(c.theirUser)),
                c.resolvedAt ? tr("Conflict resolved") : tr("Conflicting change"),
                tr("Server time %1").arg(RecordTexts::dateTime(c.theirAt)),
                fieldLabels(r, {c.fieldId}, {}), QString());
    }
}

} // namespace vitalis::desktop
