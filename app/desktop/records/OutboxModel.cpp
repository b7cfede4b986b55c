#include "app/desktop/records/OutboxModel.h"

#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/RecordTexts.h"
#include "app/desktop/session/DesktopSession.h"
#include "core/TrackingId.h"

#include <QBrush>
#include <QColor>

namespace vitalis::desktop
{

OutboxModel::OutboxModel(DesktopSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_records.clear();
    m_more = true;
    endResetModel();
    fetchMore({});
}

void OutboxModel::setStateFilter(std::optional<OutboxState> state)
{
    m_filter = state;
    reload();
}

int OutboxModel::rowOfMutation(std::int64_t mutationId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].mutationId == mutationId)
            return static_cast<int>(i);
    return -1;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OutboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void OutboxModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    const std::int64_t after = m_rows.empty() ? 0 : m_rows.back().mutationId;
    auto page = m_session.store().outbox().list(m_filter, after, kPageSize);
    m_more = page.size() == static_cast<std::size_t>(kPageSize);
    if (page.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    for (auto& e : page)
        m_rows.push_back(std::move(e));
    endInsertRows();
}

const OutboxModel::RecordInfo& OutboxModel::info(const std::string& recordId) const
{
    auto it = m_records.find(recordId);
    if (it != m_records.end())
        return it->second;
    RecordInfo info;
    if (const auto r = m_session.store().records().find(recordId)) {
        info.tracking = r->trackingId.empty()
                            ? QString()
                            : QString::fromStdString(tracking_id::display(r->trackingId));
        const auto form = m_session.forms().find(r->formId, r->formVersion);
        if (form) {
            const FieldDisplay display(m_session.forms(), m_session.reference(),
                                       m_session.language().toStdString());
            for (const auto& f : form->fields)
                if (f.type == forms::FieldType::PersonName && r->fields.contains(f.id)) {
                    info.name = QString::fromStdString(
                        display.value(r->formId, r->formVersion, f.id, r->fields[f.id]));
                    break;
                }
        }
    }
    return m_records.emplace(recordId, info).first->second;
}

QString OutboxModel::recordLabel(const std::string& recordId) const
{
    const auto& i = info(recordId);
    if (i.tracking.isEmpty() && i.name.isEmpty())
        return QString::fromStdString(recordId);
    if (i.name.isEmpty())
        return i.tracking;
    return i.tracking.isEmpty() ? i.name : i.tracking + QStringLiteral(" — ") + i.name;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& e = entry(index.row());
    if (role == EntryRole)
        return QVariant::fromValue<qint64>(e.mutationId);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number:
            return QVariant::fromValue<qint64>(e.mutationId);
        case Record:
            return recordLabel(e.recordId);
        case Kind:
            return RecordTexts::actionDone(std::string(e.kind.name()));
        case State:
            return RecordTexts::outboxState(e.state);
        case Attempts:
            return e.attempts;
        case LastError:
            return RecordTexts::isolated(
                QString::fromStdString(e.lastError).simplified().toStdString());
        case Updated:
            return RecordTexts::dateTime(e.updatedAt);
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = RecordTexts::outboxHint(e);
        if (!e.lastError.empty())
            tip = QString::fromStdString(e.lastError) + QStringLiteral("\n") + tip;
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (e.state) {
        case OutboxState::Rejected:
            return QBrush(QColor(0xb0, 0x1e, 0x23));
        case OutboxState::Conflict:
        case OutboxState::WaitingRetry:
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        case OutboxState::Applied:
        case OutboxState::Merged:
            return QBrush(QColor(0x10, 0x6e, 0x2e));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Attempts))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Record:
        return tr("Record");
    case Kind:
        return tr("Change");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace vitalis::desktop
