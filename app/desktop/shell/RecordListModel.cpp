#include "app/desktop/shell/RecordListModel.h"

#include "app/desktop/session/DateDisplay.h"
#include "core/TrackingId.h"
#include "core/store/ProfileStore.h"

#include <QDateTime>
#include <QLocale>

namespace vitalis::desktop
{

namespace
{
constexpr std::size_t kMaxCachedPages = 40;

QString personName(const nlohmann::json& v)
{
    if (!v.is_object())
        return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
    QStringList parts;
    for (const char* key : {"first", "given", "middle", "family", "surname"})
        if (auto it = v.find(key);
            it != v.end() && it->is_string() && !it->get<std::string>().empty())
            parts << QString::fromStdString(it->get<std::string>());
    return parts.join(QLatin1Char(' '));
}
} // namespace

RecordListModel::RecordListModel(ProfileStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void RecordListModel::setQuery(const RecordListQuery& query)
{
    m_query = query;
    reload();
}

void RecordListModel::setFilter(const QString& text)
{
    if (!m_query || m_query->filter == text.trimmed().toStdString())
        return;
    m_query->filter = text.trimmed().toStdString();
    reload();
}

void RecordListModel::setIds(std::vector<std::int64_t> ids)
{
    beginResetModel();
    m_query.reset();
    m_ids = std::move(ids);
    m_pages.clear();
    endResetModel();
}

void RecordListModel::reload()
{
    beginResetModel();
    if (m_query)
        m_ids = m_query->statuses.empty()
                    ? std::vector<std::int64_t>{}
                    : RecordQuery(m_store.db(), m_store.records()).ids(*m_query);
    m_pages.clear();
    endResetModel();
}

void RecordListModel::clearCache()
{
    m_pages.clear();
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Record* RecordListModel::row(int r) const
{
    if (r < 0 || r >= rowCount())
        return nullptr;
    const int page = r / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear(); // the view only shows a screenful; re-reading a page is cheap
        const auto first = m_ids.begin() + page * kPageSize;
        const auto last =
            m_ids.begin() + std::min<std::size_t>(m_ids.size(), (page + 1) * kPageSize);
        it = m_pages.emplace(page, RecordQuery(m_store.db(), m_store.records()).load({first, last}))
                 .first;
        // A record removed since the ids were listed shifts the page: show nothing rather
        // than the wrong record; the next reload (after the change signal) fixes the list.
        if (it->second.size() != static_cast<std::size_t>(last - first))
            it->second.clear();
    }
    const auto offset = static_cast<std::size_t>(r % kPageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

QString RecordListModel::displayName(const Record& record)
{
    for (const char* id : {"child_name", "deceased_name"})
        if (auto it = record.fields.find(id); it != record.fields.end())
            if (QString n = personName(*it); !n.isEmpty())
                return n;
    return {};
}

QString RecordListModel::statusText(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return tr("In progress");
    case RecordStatus::Notified:
        return tr("Incomplete");
    case RecordStatus::Declared:
        return tr("Declared");
    case RecordStatus::Validated:
        return tr("Validated");
    case RecordStatus::Registered:
        return tr("Registered");
    case RecordStatus::Certified:
        return tr("Certified");
    case RecordStatus::RequiresUpdates:
        return tr("Requires updates");
    case RecordStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString RecordListModel::eventText(const std::string& eventType)
{
    if (eventType == "birth")
        return tr("Birth");
    if (eventType == "death")
        return tr("Death");
    return QString::fromStdString(eventType);
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    const Record* rec = index.isValid() ? row(index.row()) : nullptr;
    if (!rec)
        return {};
    if (role == RecordIdRole)
        return QString::fromStdString(rec->id);
    if (role == StatusRole)
        return static_cast<int>(rec->status);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name: {
        const QString n = displayName(*rec);
        return n.isEmpty() ? tr("(no name yet)") : n;
    }
    case TrackingId: // B7K3M-9XQ4P: read aloud over the phone in two halves
        return QString::fromStdString(tracking_id::isValid(rec->trackingId)
                                          ? tracking_id::display(rec->trackingId)
                                          : rec->trackingId);
    case Event:
        return eventText(rec->eventType);
    case Status: // a registration the national ID system has not answered yet says so
        return rec->nationalIdState == "waiting"
                   ? tr("%1, waiting for the national ID").arg(statusText(rec->status))
                   : statusText(rec->status);
    case Updated:
        return DateDisplay::dateTime(rec->updatedAt);
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case TrackingId:
        return tr("Tracking ID");
    case Event:
        return tr("Event");
    case Status:
        return tr("Status");
    case Updated:
        return tr("Last change");
    }
    return {};
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!m_query)
        return;
    switch (column) {
    case TrackingId:
        m_query->sort = RecordSortKey::TrackingId;
        break;
    case Event:
        m_query->sort = RecordSortKey::EventType;
        break;
    case Status:
        m_query->sort = RecordSortKey::Status;
        break;
    case Updated:
        m_query->sort = RecordSortKey::UpdatedAt;
        break;
    default:
        return; // names live inside the record's fields: no index to sort 100k rows by
    }
    m_query->descending = order == Qt::DescendingOrder;
    reload();
}

QString RecordListModel::recordId(int r) const
{
    const Record* rec = row(r);
    return rec ? QString::fromStdString(rec->id) : QString();
}

std::optional<RecordStatus> RecordListModel::status(int r) const
{
    const Record* rec = row(r);
    return rec ? std::optional<RecordStatus>(rec->status) : std::nullopt;
}

} // namespace vitalis::desktop
