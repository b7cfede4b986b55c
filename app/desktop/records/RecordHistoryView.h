// The History tab of a record: the server's history (who by name, when, what, on which device)
// with this device's changes the server has not confirmed yet, and open conflicts. Without the
// server (offline, signed out) it shows this device's own trail and says so.
#pragma once

#include "app/desktop/records/ServerHistoryFetcher.h"
#include "app/desktop/session/DesktopSession.h"
#include "core/Record.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace vitalis::desktop
{

class RecordHistoryView : public QWidget
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Server, Device, Details, ColumnCount }; // details last: long

    RecordHistoryView(DesktopSession& session, QWidget* parent = nullptr);
    // Renders what is known now and asks the server when the record is new here or the
    // server's revision moved.
    void showRecord(const Record& record);
    void clear();
    void retranslate();
    QTreeWidget* tree() const { return m_tree; }
    QString noteText() const;
    bool fromServer() const { return m_server.has_value(); }
    bool fetching() const { return m_fetching; }
    // The server's answer for the record shown, when there is one (corrections read it too).
    const std::optional<sync::ServerHistory>& server() const { return m_server; }
    // The name the server's history gives this user ("" when not known).
    std::string knownName(const std::string& userId) const;

Q_SIGNALS:
    void updated(); // a server answer (or failure) was rendered

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void renderServer(const Record& r);
    void renderLocal(const Record& r, const std::vector<sync::TimelineEntry>& entries);
    void renderConflicts(const Record& r);
    QTreeWidgetItem* addLine(std::int64_t when, const QString& who, const QString& what,
                             const QString& server, const QString& details, const QString& device);
    QString fieldLabels(const Record& r, const std::vector<std::string>& fields,
                        const std::string& reason) const;
    // Corrections: "Field: before → after" per field, with the reason.
    QString beforeAfter(const Record& r, const nlohmann::json& changes,
                        const std::string& reason) const;
    void onFailed(const QString& recordId, ServerHistoryFetcher::Failure why);

    DesktopSession& m_session;
    ServerHistoryFetcher* m_fetcher;
    QLabel* m_note;
    QTreeWidget* m_tree;
    std::string m_recordId;
    std::optional<sync::ServerHistory> m_server;
    std::optional<ServerHistoryFetcher::Failure> m_failure;
    bool m_fetching = false;
};

} // namespace vitalis::desktop
