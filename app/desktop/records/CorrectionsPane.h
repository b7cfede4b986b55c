// The open correction requests of a record on its screen: each with who asked, when and why,
// and a before -> after row per field; a registrar approves or refuses the selected one. It
// shows the server's open requests (from the record's server history) and this device's own
// not sent yet (its outbox), so a request made offline shows at once.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "core/Record.h"
#include "sync/client/CorrectionRequests.h"
#include "sync/client/ServerHistory.h"

#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vitalis::desktop
{

class CorrectionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CorrectionsPane(DesktopSession& session, QWidget* parent = nullptr);
    // Hides itself when the record has no open request.
    void showRecord(const Record& record, const std::optional<sync::ServerHistory>& server);
    void retranslate();
    QTreeWidget* tree() const { return m_tree; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* refuseButton() const { return m_refuse; }
    int count() const { return static_cast<int>(m_requests.size()); }

Q_SIGNALS:
    void decided(); // an approval or refusal was queued
    void problem(const QString& text);

private:
    void render();
    void decide(bool approve);
    const sync::CorrectionRequestView* selected() const;

    DesktopSession& m_session;
    std::optional<Record> m_record;
    std::vector<sync::CorrectionRequestView> m_requests;
    QLabel* m_title;
    QTreeWidget* m_tree;
    QPushButton* m_approve;
    QPushButton* m_refuse;
};

} // namespace vitalis::desktop
