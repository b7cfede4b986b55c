// Every outbox item as a table row (mutation order, the order they are sent): record tracking
// ID and name, what it carries, state, attempts, last error. Loads in pages as the view
// scrolls (keyset paging on the mutation id), so a long outbox never loads at once.
#pragma once

#include "core/store/OutboxRepository.h"

#include <QAbstractTableModel>
#include <map>
#include <optional>
#include <vector>

namespace vitalis::desktop
{

class DesktopSession;

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Record, Kind, State, Attempts, LastError, Updated, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int EntryRole = Qt::UserRole + 1; // mutation id (qint64)

    explicit OutboxModel(DesktopSession& session, QObject* parent = nullptr);

    // Reloads from the store (first page), keeping the filter.
    void reload();
    // nullopt: every state.
    void setStateFilter(std::optional<OutboxState> state);
    const OutboxEntry& entry(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOfMutation(std::int64_t mutationId) const; // -1 when not loaded
    QString recordLabel(const std::string& recordId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct RecordInfo {
        QString tracking, name;
    };
    const RecordInfo& info(const std::string& recordId) const;
    DesktopSession& m_session;
    std::optional<OutboxState> m_filter;
    std::vector<OutboxEntry> m_rows;
    bool m_more = false;
    mutable std::map<std::string, RecordInfo> m_records;
};

} // namespace vitalis::desktop
