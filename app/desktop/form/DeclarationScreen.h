// The declaration form: a birth or death declaration rendered from its form definition page
// by page, validated as the user types, autosaved (DeclarationDraft), reviewed and declared
// (or sent incomplete) through LocalRecordService. Keyboard: Alt+Left/Right or Ctrl+PgUp/PgDown
// change page, Ctrl+S saves, Ctrl+Return reviews and, on the review page, declares.
#pragma once

#include "app/desktop/form/DeclarationDraft.h"
#include "app/desktop/form/FieldEditorFactory.h"
#include "app/desktop/form/FormText.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "forms/FormEvaluator.h"

#include <QTime>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>
#include <set>
#include <vector>

class QLabel;
class QShortcut;
class QScrollArea;
class QStackedWidget;

namespace vitalis::desktop
{

class DeclarationActionBar;
class FieldRow;
class PageList;
class ReferenceOptionModels;
class ReviewPage;

class DeclarationScreen : public QWidget
{
    Q_OBJECT
public:
    DeclarationScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);
    ~DeclarationScreen() override;

    void startNew(const QString& eventType);
    // Resumes a draft (with what was being typed when it was left) or a record to update.
    void editRecord(const QString& recordId);
    // A registered record in correction mode: the answers as registered, nothing saved while
    // typing; finishing asks why (CorrectionReasonDialog) and queues one request, or with
    // `direct` the registrar's correction.
    void correctRecord(const QString& recordId, bool direct);
    bool correcting() const { return m_correcting.has_value(); }

    void showPage(int pageIndex); // the next visible page at or after it
    void showReview();
    bool saveNow(); // writes every answer to the record; false (and a message) when refused
    void declare();
    void sendIncomplete();
    void discardDraft(); // asks first; a draft never sent only

    // For the shell and tests.
    QString recordId() const;
    int currentPage() const; // -1 on the review page
    int pageCount() const;
    FieldEditor* editorFor(const std::string& fieldId); // builds its page if needed
    const forms::FormEvaluator* evaluator() const { return m_eval.get(); }
    ReviewPage* review() const { return m_review; }

    static constexpr int kTypingPauseMs = 600; // text in progress is saved after this pause

Q_SIGNALS:
    void autosaved();
    void submitted(const QString& recordId);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void load(std::shared_ptr<const forms::FormDefinition> form, const nlohmann::json& raw,
              const std::string& pageId);
    void buildPage(int pageIndex);
    void clearPages();
    void connectEditor(FieldEditor* editor, int fieldIndex);
    void onEdited(int fieldIndex);
    void refreshStates();
    void refreshPageList();
    std::vector<FieldRow*> pageRows(int pageIndex) const;
    void showSentBackReason(const Record& record);
    void autosave(bool commit);
    void submit(RecordAction action);
    // The device's duplicate check before a declaration leaves: false when the clerk went
    // back; otherwise `duplicates` (tracking ids) and `note` are what they sent it despite.
    bool confirmDuplicates(std::vector<std::string>& duplicates, std::string& note);
    void finishCorrection();
    nlohmann::json correctedValues() const; // field -> new value (null clears) vs the record
    nlohmann::json storeDocuments(const QStringList& paths, const std::string& recordId);
    void leaveCorrection();
    void addAttachment(int fieldIndex, const QString& path, const QString& documentType);
    void removeAttachment(int fieldIndex, int index);
    void jumpToField(int fieldIndex);
    void step(int delta);
    void applyLanguage();
    void mergeStoredRecord(); // a sync changed the open record: untouched fields follow it
    void retranslateUi();
    void updateButtons();
    bool mayDeclare() const; // the workflow lets this user declare this record
    void setStatus(const QString& text, bool problem = false);
    nlohmann::json recordValues() const;
    std::string currentPageId() const;

    DesktopSession& m_session;
    Navigator& m_navigator;
    DeclarationDraft m_draft;
    std::shared_ptr<const forms::FormDefinition> m_form;
    std::unique_ptr<forms::FormEvaluator> m_eval;
    FormText m_text;
    EditorContext m_context;
    ReferenceOptionModels* m_options = nullptr; // shared pickers, built on first use
    std::vector<QScrollArea*> m_pages;          // per form page; content built on first show
    std::vector<FieldRow*> m_rows;              // per form field; nullptr until its page is built
    RecordStatus m_status = RecordStatus::Draft;
    QString m_trackingId;
    QTime m_savedAt;         // last autosave, shown (and re-translated) in the status line
    bool m_reviewed = false; // after the first review, required answers are flagged inline
    int m_warnedPage = -1;   // Next stopped here once for answers to correct
    QTimer m_pause;
    std::set<std::string> m_touched;    // fields the user changed since the form was opened
    std::optional<Record> m_correcting; // correction mode: the record as registered
    bool m_correctDirectly = false;
    std::vector<QShortcut*> m_submitKeys; // Ctrl+Return / Ctrl+Enter: review, then finish

    QLabel* m_title;
    QLabel* m_sentBack; // the reviewer's reason on a record sent back for updates
    PageList* m_pageList;
    QStackedWidget* m_stack;
    ReviewPage* m_review;
    DeclarationActionBar* m_bar;
};

} // namespace vitalis::desktop
