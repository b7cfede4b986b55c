// The records a supervisor reviews (declared and validated), newest first, each with a check
// box for bulk actions. Loads in keyset pages as the view scrolls; checks survive a reload.
#pragma once

#include "core/Record.h"
#include "core/store/RecordRepository.h"

#include <QAbstractTableModel>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vitalis::desktop
{

class DesktopSession;

class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Tracking, Name, Event, Status, Updated, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit ReviewQueueModel(DesktopSession& session, QObject* parent = nullptr);
    void reload();

    const Record& record(int row) const { return m_rows[static_cast<std::size_t>(row)].record; }
    std::vector<std::string> checkedIds() const; // in row order
    void setChecked(int row, bool checked);
    void toggle(int row);
    void checkAllLoaded(bool checked);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row {
        Record record;
        QString name;
        bool waiting = false; // an action on it is waiting for the server's confirmation
    };
    DesktopSession& m_session;
    std::vector<Row> m_rows;
    std::optional<WorkqueueCursor> m_next;
    bool m_more = false;
    std::set<std::string> m_checked;
};

} // namespace vitalis::desktop
