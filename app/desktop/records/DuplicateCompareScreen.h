// Possible duplicates side by side: the record and each candidate the server found, field by
// field, values that differ highlighted and the fields the rules matched on in bold, with the
// score. "Not a duplicate…" and "Duplicate of this record…" ask for a reason and queue the
// decision (LocalRecordService: offline like every action). Keyboard: Alt+C picks the
// candidate, the table takes Tab, Alt+N / Alt+U decide, Escape goes back.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "sync/client/DuplicateQueue.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vitalis::desktop
{

class DuplicateCompareScreen : public QWidget
{
    Q_OBJECT
public:
    DuplicateCompareScreen(DesktopSession& session, Navigator& navigator,
                           QWidget* parent = nullptr);
    // The record's entry of the Possible duplicates queue (empty id: the oldest); false when
    // there is none.
    bool showRecord(const QString& recordId);

    QComboBox* candidateChooser() const { return m_candidates; }
    QTableWidget* table() const { return m_table; }
    QPushButton* notDuplicateButton() const { return m_notDuplicate; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QString messageText() const;

    // The decisions, with the reason a person typed (the buttons ask for it in a dialog).
    bool decideNotDuplicate(const QString& reason);
    bool decideDuplicate(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void showCandidate(int index);
    void askReason(bool duplicate);
    void decided(const Record& r, const QString& message);

    DesktopSession& m_session;
    Navigator& m_navigator;
    std::optional<sync::DuplicateQueueEntry> m_entry;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_chooserLabel;
    QComboBox* m_candidates;
    QLabel* m_score;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_notDuplicate;
    QPushButton* m_duplicate;
    QPushButton* m_back;
};

} // namespace vitalis::desktop
