// Conflicts side by side: for each field two people changed — the value both started from,
// mine, theirs, who changed it and when (server time) — the user picks mine or theirs per row
// (radio buttons, keyboard friendly) or types a new value (checked with the form's rules), or
// keeps mine / takes theirs for a selection at once. People are named, never shown by user id.
// Decisions go through sync::ConflictResolver as ordinary ops on the server's revision.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "core/store/ConflictRepository.h"

#include <QWidget>
#include <map>
#include <vector>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace vitalis::desktop
{

class ServerHistoryFetcher;

class ConflictScreen : public QWidget
{
    Q_OBJECT
public:
    ConflictScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);
    // Empty id: every open conflict on this device.
    void showConflicts(const QString& recordId);

    struct Row {
        Conflict conflict;
        QCheckBox* select = nullptr;
        QRadioButton* mine = nullptr;
        QRadioButton* theirs = nullptr;
        QRadioButton* typed = nullptr;     // "New value", enabled once a value was typed
        QPushButton* typeButton = nullptr; // opens the new-value dialog (none for "$status")
        QLabel* typedText = nullptr;
    };
    const std::vector<Row>& rows() const { return m_rows; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QString messageText() const;

    // Resolves every record whose conflicting fields all have a choice; returns how many
    // records were resolved. Records with undecided fields stay and are named in the message.
    int saveDecisions();
    // Sets the choice of the selected rows (checked, or the row holding the focus when none is
    // checked), then saves.
    int decideSelection(bool keepMine);
    // Opens "type a new value" for row `index`; true when a valid value was accepted.
    bool typeNewValue(std::size_t index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    QString valueText(const Conflict& c, const nlohmann::json& value) const;
    QString recordTitle(const std::string& recordId) const;
    QString userName(const std::string& userId) const;
    void fetchNames();
    QWidget* keepCell(Row& row, const Conflict& c, const QString& field,
                      const std::map<std::int64_t, int>& choices);

    DesktopSession& m_session;
    Navigator& m_navigator;
    QString m_recordId;
    QLabel* m_title;
    QLabel* m_intro;
    QScrollArea* m_scroll;
    QWidget* m_gridHost = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_openRecord;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    QPushButton* m_save;
    std::vector<Row> m_rows;
    std::map<std::int64_t, nlohmann::json> m_typed; // conflict id -> accepted new value
    std::map<std::string, std::string> m_names;     // user id -> name from the server's history
    ServerHistoryFetcher* m_fetcher;
};

} // namespace vitalis::desktop
