#include "app/desktop/records/ReviewQueueModel.h"

#include "app/desktop/records/FieldDisplay.h"
#include "app/desktop/records/RecordTexts.h"
#include "app/desktop/session/DesktopSession.h"
#include "core/TrackingId.h"
#include "sync/client/RecordTimeline.h"

namespace vitalis::desktop
{

ReviewQueueModel::ReviewQueueModel(DesktopSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_more = true;
    endResetModel();
    fetchMore({});
    // Forget checks of records that left the queue (registered, sent back elsewhere).
    std::set<std::string> still;
    for (const auto& r : m_rows)
        if (m_checked.count(r.record.id))
            still.insert(r.record.id);
    if (!m_more && still.size() != m_checked.size()) {
        m_checked = std::move(still);
        Q_EMIT checkedChanged();
    }
}

bool ReviewQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ReviewQueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    WorkqueueQuery q;
    q.statuses = {RecordStatus::Declared, RecordStatus::Validated};
    q.pageSize = kPageSize;
    q.after = m_next;
    auto page = m_session.store().records().workqueue(q);
    m_next = page.next;
    m_more = page.next.has_value();
    if (page.records.empty())
        return;
    const FieldDisplay display(m_session.forms(), m_session.reference(),
                               m_session.language().toStdString());
    sync::RecordTimeline timeline(m_session.store());
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.records.size()) - 1);
    for (auto& rec : page.records) {
        Row row;
        if (const auto form = m_session.forms().find(rec.formId, rec.formVersion))
            for (const auto& f : form->fields)
                if (f.type == forms::FieldType::PersonName && rec.fields.contains(f.id)) {
                    row.name = QString::fromStdString(
                        display.value(rec.formId, rec.formVersion, f.id, rec.fields[f.id]));
                    break;
                }
        row.waiting = !timeline.unconfirmedAction(rec.id).empty();
        row.record = std::move(rec);
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

std::vector<std::string> ReviewQueueModel::checkedIds() const
{
    std::vector<std::string> out;
    for (const auto& r : m_rows)
        if (m_checked.count(r.record.id))
            out.push_back(r.record.id);
    return out;
}

void ReviewQueueModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= rowCount())
        return;
    const auto& id = m_rows[static_cast<std::size_t>(row)].record.id;
    if (checked == (m_checked.count(id) != 0))
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.erase(id);
    Q_EMIT dataChanged(index(row, 0), index(row, 0), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void ReviewQueueModel::toggle(int row)
{
    if (row >= 0 && row < rowCount())
        setChecked(row, !m_checked.count(m_rows[static_cast<std::size_t>(row)].record.id));
}

void ReviewQueueModel::checkAllLoaded(bool checked)
{
    for (int i = 0; i < rowCount(); ++i)
        setChecked(i, checked);
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReviewQueueModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.column() == Tracking)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& r = row.record;
    if (role == Qt::CheckStateRole && index.column() == Tracking)
        return m_checked.count(r.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Tracking:
            return r.trackingId.empty()
                       ? QString()
                       : QString::fromStdString(tracking_id::display(r.trackingId));
        case Name:
            return row.name;
        case Event: {
            const FieldDisplay display(m_session.forms(), m_session.reference(),
                                       m_session.language().toStdString());
            return QString::fromStdString(display.formTitle(r.formId, r.formVersion));
        }
        case Status:
            return row.waiting ? tr("%1 (waiting for confirmation)").arg(RecordTexts::status(r))
                               : RecordTexts::status(r);
        case Updated:
            return RecordTexts::dateTime(r.updatedAt);
        }
    }
    return {};
}

bool ReviewQueueModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Tracking)
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tracking:
        return tr("Tracking ID");
    case Name:
        return tr("Name");
    case Event:
        return tr("Event");
    case Status:
        return tr("Status");
    case Updated:
        return tr("Last change");
    }
    return {};
}

} // namespace vitalis::desktop
