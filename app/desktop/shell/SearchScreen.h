// Search across the profile's records by name (with names that sound alike), tracking ID,
// registration number or date of birth; results appear as the user types.
#pragma once

#include "core/store/RecordSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vitalis::desktop
{

class DesktopSession;
class Navigator;
class RecordListModel;

class SearchScreen : public QWidget
{
    Q_OBJECT
public:
    SearchScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);
    void setText(const QString& text); // and search at once
    void runSearch();
    RecordListModel& model() { return *m_model; }

    // What the typed text means: a tracking ID, a registration number, a date or names.
    static SearchQuery interpret(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    DesktopSession& m_session;
    Navigator& m_navigator;
    QLineEdit* m_input;
    QLabel* m_hint;
    QLabel* m_summary;
    QTableView* m_table;
    RecordListModel* m_model;
    QTimer* m_debounce;
};

} // namespace vitalis::desktop
