// A table of records over a list of local ids: rows load from the store a page at a time when
// the view asks for them, so a 100,000-record workqueue never holds more than a few pages.
#pragma once

#include "core/Record.h"
#include "core/store/RecordQuery.h"

#include <QAbstractTableModel>
#include <map>
#include <optional>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::desktop
{

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, TrackingId, Event, Status, Updated, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int RecordIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    explicit RecordListModel(ProfileStore& store, QObject* parent = nullptr);

    // Query mode: the ids come from the store, re-read on sort(), setFilter() and reload().
    void setQuery(const RecordListQuery& query);
    void setFilter(const QString& text);
    // Fixed list mode (search results): exactly these records in this order.
    void setIds(std::vector<std::int64_t> ids);
    void reload();
    void clearCache(); // after a change: the same ids, fresh row data

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    QString recordId(int row) const;
    std::optional<RecordStatus> status(int row) const;
    int pagesLoaded() const { return static_cast<int>(m_pages.size()); }

    static QString displayName(const Record& record);
    static QString statusText(RecordStatus status);
    static QString eventText(const std::string& eventType);

private:
    const Record* row(int row) const;
    ProfileStore& m_store;
    std::optional<RecordListQuery> m_query;
    std::vector<std::int64_t> m_ids;
    mutable std::map<int, std::vector<Record>> m_pages; // page index -> rows
};

} // namespace vitalis::desktop
