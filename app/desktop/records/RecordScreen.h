// One record as a clerk or supervisor sees it: every value with its form label, status,
// tracking ID, registration number, history, and the actions the user's role allows now
// (buttons with shortcuts). Offline actions read "waiting for confirmation" until the server
// answers; an open conflict shows a banner leading to the conflict screen.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "core/RecordAction.h"

#include <QWidget>
#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QHBoxLayout;

namespace vitalis::desktop
{

class CorrectionsPane;
class DocumentsPane;
class RecordHistoryView;

class RecordScreen : public QWidget
{
    Q_OBJECT
public:
    RecordScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);
    void showRecord(const QString& id);
    const QString& recordId() const { return m_id; }

    // Takes `action` on the shown record (the reason for send back / archive). Returns false
    // and shows why in the error banner when the workflow or the form refuses it.
    bool takeAction(RecordAction action, const QString& reason = {});
    // The button of an action the user may take now; nullptr when it is not offered.
    QPushButton* actionButton(RecordAction action) const;
    QPushButton* editButton() const { return m_edit; }
    QPushButton* discardButton() const { return m_discard; } // drafts never sent only
    QPushButton* printButton() const { return m_print; }     // opens PrintCertificateDialog
    QPushButton* conflictButton() const { return m_conflictButton; }
    QTreeWidget* fieldsView() const { return m_fields; }
    QTreeWidget* historyView() const;
    RecordHistoryView* history() const { return m_history; }
    DocumentsPane* documents() const { return m_documents; }
    CorrectionsPane* corrections() const { return m_corrections; }
    QTabWidget* tabs() const { return m_tabs; }
    QString bannerText() const; // conflict + waiting + reason + error banners, for tests
    QString resultText() const; // what the last action did ("Registered: ALD-2026-000001")
    QString statusText() const; // what the status line says

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void renderActions(const Record& record);
    void renderFields(const Record& record);
    void renderResult(const Record& record);
    void onAction(RecordAction action);
    bool confirm(RecordAction action, const Record& record, QString* reason);
    // The device's duplicate check before declare, validate and register: a warning the clerk
    // may send anyway with a note (`candidates`, `note` filled), or, for a registration, the
    // comparison screen until someone decides. False: not now.
    bool checkDuplicates(RecordAction action, const Record& record,
                         std::vector<std::string>& candidates, std::string& note);
    bool perform(RecordAction action, const QString& reason,
                 const std::vector<std::string>& candidates, const std::string& note);
    void showError(const QString& text);
    QString userName(const std::string& userId);
    QString declarer(const Record& record);
    void updateDocumentsTab();

    DesktopSession& m_session;
    Navigator& m_navigator;
    QString m_id;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_identifiers;
    QLabel* m_serverLine;
    QWidget* m_conflictBanner;
    QLabel* m_conflictText;
    QPushButton* m_conflictButton;
    QLabel* m_waiting;
    QLabel* m_reason;
    QLabel* m_error;
    QLabel* m_result;
    std::optional<RecordAction> m_done; // the last action taken here, for the result line
    QHBoxLayout* m_actionsLayout;
    QPushButton* m_back;
    QPushButton* m_edit;
    QPushButton* m_discard;
    QPushButton* m_print;
    std::map<RecordAction, QPushButton*> m_actions;
    QTabWidget* m_tabs;
    QTreeWidget* m_fields;
    RecordHistoryView* m_history;
    DocumentsPane* m_documents;
    CorrectionsPane* m_corrections;
};

} // namespace vitalis::desktop
