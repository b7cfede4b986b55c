#include "app/desktop/form/DeclarationScreen.h"

#include "app/desktop/form/AttachmentFieldEditor.h"
#include "app/desktop/form/AttachmentImport.h"
#include "app/desktop/form/CorrectionReasonDialog.h"
#include "app/desktop/form/DeclarationActionBar.h"
#include "app/desktop/form/DuplicateWarningDialog.h"
#include "app/desktop/form/FieldRow.h"
#include "app/desktop/form/FormFocus.h"
#include "app/desktop/form/PageList.h"
#include "app/desktop/form/ReferenceOptionModels.h"
#include "app/desktop/form/ReviewPage.h"
#include "app/desktop/session/DateDisplay.h"
#include "app/desktop/session/DiscardDraftDialog.h"
#include "core/WorkflowTable.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "sync/client/AttachmentLinker.h"
#include "sync/client/DeviceDuplicateCheck.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>
#include <chrono>

namespace vitalis::desktop
{

using nlohmann::json;

namespace
{

forms::TodayFunction todayFrom(const Clock& clock)
{
    return [&clock] {
        using namespace std::chrono;
        return year_month_day(floor<days>(sys_time<milliseconds>(milliseconds(clock.nowMillis()))));
    };
}

} // namespace

DeclarationScreen::DeclarationScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator),
      m_draft(session.store(), session.records(), session.actor(), session.clock()),
      m_title(new QLabel(this)), m_sentBack(new QLabel(this)), m_pageList(new PageList(this)),
      m_stack(new QStackedWidget(this)), m_review(new ReviewPage(this)),
      m_bar(new DeclarationActionBar(this))
{
    m_context.reference = session.reference();
    m_context.text = &m_text;
    // Kept for the life of the screen: the shell reuses one screen, so only the first form
    // opened pays for listing tens of thousands of locations.
    m_options = new ReferenceOptionModels(session.reference(), session.jurisdiction(), this);
    m_context.options = m_options;
    m_context.readAttachment = [this](const std::string& id) {
        try {
            const auto bytes = m_session.store().attachments().read(id);
            return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                              static_cast<qsizetype>(bytes.size()));
        } catch (const std::exception&) {
            return QByteArray(); // not downloaded yet: the icon stands in
        }
    };
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_sentBack->setObjectName(QStringLiteral("sentBackReason"));
    m_sentBack->setWordWrap(true);
    m_sentBack->setTextFormat(Qt::PlainText);
    m_sentBack->setStyleSheet(QStringLiteral(
        "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px;"));
    m_sentBack->hide();
    m_stack->addWidget(m_review);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_sentBack);
    layout->addLayout(body, 1);
    layout->addWidget(m_bar);

    m_pause.setSingleShot(true);
    m_pause.setInterval(kTypingPauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { autosave(false); });
    connect(m_bar, &DeclarationActionBar::previousRequested, this, [this] { step(-1); });
    connect(m_bar, &DeclarationActionBar::nextRequested, this, [this] { step(+1); });
    connect(m_bar, &DeclarationActionBar::saveRequested, this, [this] { saveNow(); });
    connect(m_bar, &DeclarationActionBar::reviewRequested, this, &DeclarationScreen::showReview);
    connect(m_bar, &DeclarationActionBar::declareRequested, this, &DeclarationScreen::declare);
    connect(m_bar, &DeclarationActionBar::notifyRequested, this,
            &DeclarationScreen::sendIncomplete);
    connect(m_bar, &DeclarationActionBar::closeRequested, this, [this] {
        autosave(true);
        m_navigator.goHome();
    });
    connect(m_bar, &DeclarationActionBar::discardRequested, this, &DeclarationScreen::discardDraft);
    // A sync (or another screen) changed the open record.
    connect(&m_session, &DesktopSession::recordChanged, this, [this](const QString& id) {
        if (m_form && !m_correcting && id.toStdString() == m_draft.recordId())
            mergeStoredRecord();
    });
    connect(&m_session, &DesktopSession::manyChanged, this, [this] {
        if (m_form && !m_correcting && m_draft.saved())
            mergeStoredRecord();
    });
    connect(m_review, &ReviewPage::editRequested, this, &DeclarationScreen::jumpToField);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_form)
            return;
        if (row >= static_cast<int>(m_form->pages.size()))
            showReview();
        else if (row != currentPage())
            showPage(row);
    });
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { step(+1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { step(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { step(+1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { step(-1); });
    shortcut(QKeySequence::Save, [this] { saveNow(); });
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* s = new QShortcut(QKeySequence(Qt::CTRL | key), this, [this] {
            if (currentPage() < 0)
                declare();
            else
                showReview();
        });
        s->setContext(Qt::WidgetWithChildrenShortcut);
        m_submitKeys.push_back(s);
    }
    connect(&m_session, &DesktopSession::languageChanged, this, [this] { applyLanguage(); });
    retranslateUi();
}

DeclarationScreen::~DeclarationScreen()
{
    // Closing the window mid-form keeps everything typed.
    if (m_form && m_pause.isActive())
        autosave(true);
    // The editors are children and die after this object's members: one losing the focus then
    // would autosave from a half-destroyed screen.
    for (auto* editor : findChildren<FieldEditor*>())
        editor->disconnect(this);
}

void DeclarationScreen::startNew(const QString& eventType)
{
    leaveCorrection();
    if (m_form && m_pause.isActive())
        autosave(true); // the declaration this screen showed before keeps what was typed
    const auto& registry = m_session.forms();
    std::shared_ptr<const forms::FormDefinition> form;
    for (const auto& id : registry.formIds())
        if (auto f = registry.latest(id); f && f->event == eventType.toStdString())
            form = f;
    if (!form) {
        setStatus(tr("No form is installed for \"%1\".").arg(eventType), true);
        return;
    }
    m_draft.startNew(form->event, form->id, form->version);
    m_savedAt = QTime();
    m_status = RecordStatus::Draft;
    m_trackingId.clear();
    m_sentBack->hide();
    load(form, json::object(), {});
    setStatus(tr("Nothing saved yet"));
}

void DeclarationScreen::editRecord(const QString& recordId)
{
    leaveCorrection();
    if (m_form && m_pause.isActive())
        autosave(true);
    try {
        const auto resumed = m_draft.resume(recordId.toStdString());
        auto form = m_session.forms().find(resumed.record.formId, resumed.record.formVersion);
        if (!form) {
            setStatus(tr("Form %1 version %2 is not installed on this device.")
                          .arg(QString::fromStdString(resumed.record.formId))
                          .arg(resumed.record.formVersion),
                      true);
            return;
        }
        m_status = resumed.record.status;
        m_trackingId = QString::fromStdString(resumed.record.trackingId);
        showSentBackReason(resumed.record);
        load(form, resumed.raw, resumed.page);
        setStatus(tr("Saved on this device"));
    } catch (const std::exception& e) {
        setStatus(tr("This record cannot be opened: %1").arg(QString::fromStdString(e.what())),
                  true);
    }
}

void DeclarationScreen::leaveCorrection()
{
    m_correcting.reset();
    m_bar->setCorrection(DeclarationActionBar::Correction::None);
}

void DeclarationScreen::correctRecord(const QString& recordId, bool direct)
{
    if (m_form && !m_correcting && m_pause.isActive())
        autosave(true); // the declaration shown before keeps what was typed
    try {
        const Record r = m_session.store().records().get(recordId.toStdString());
        auto form = m_session.forms().find(r.formId, r.formVersion);
        if (!form) {
            setStatus(tr("Form %1 version %2 is not installed on this device.")
                          .arg(QString::fromStdString(r.formId))
                          .arg(r.formVersion),
                      true);
            return;
        }
        m_correcting = r;
        m_correctDirectly = direct;
        m_status = r.status;
        m_trackingId = QString::fromStdString(r.trackingId);
        m_sentBack->hide();
        m_bar->setCorrection(direct ? DeclarationActionBar::Correction::Direct
                                    : DeclarationActionBar::Correction::Request);
        load(form, r.fields, {});
        setStatus(tr("Correcting registered record %1: change the wrong answers, then review "
                     "(Ctrl+Enter). Nothing changes until you finish.")
                      .arg(QString::fromStdString(r.registrationNumber)));
    } catch (const std::exception& e) {
        setStatus(tr("This record cannot be opened: %1").arg(QString::fromStdString(e.what())),
                  true);
    }
}

json DeclarationScreen::correctedValues() const
{
    const json values = recordValues();
    json changes = json::object();
    for (const auto& [k, v] : values.items())
        if (m_correcting->fields.value(k, json()) != v)
            changes[k] = v;
    for (const auto& [k, v] : m_correcting->fields.items())
        if (const auto* f = m_form->field(k); f && f->isDataEntry() && !values.contains(k))
            changes[k] = nullptr; // an answer removed
    return changes;
}

json DeclarationScreen::storeDocuments(const QStringList& paths, const std::string& recordId)
{
    json refs = json::array();
    sync::AttachmentLinker linker(m_session.store(), m_session.records(), m_session.clock());
    const QMimeDatabase mime;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(
                tr("%1 cannot be read: %2").arg(path, file.errorString()).toStdString());
        const QByteArray bytes = file.readAll();
        sync::NewAttachment what{recordId, "$documents", QFileInfo(path).fileName().toStdString(),
                                 mime.mimeTypeForFile(path).name().toStdString(),
                                 "supporting_document"};
        const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
        refs.push_back(linker.storeDocument(what, {data, static_cast<std::size_t>(bytes.size())}));
    }
    return refs;
}

void DeclarationScreen::finishCorrection()
{
    m_eval->setMode(forms::ValidationMode::Declare);
    const bool problems = m_eval->hasErrors();
    if (problems) {
        showReview();
        setStatus(tr("Not sent: correct the answers marked in red."), true);
        return;
    }
    const json changes = correctedValues();
    if (changes.empty()) {
        setStatus(tr("Nothing was changed: change the wrong answers first."), true);
        return;
    }
    CorrectionReasonDialog dialog(m_correctDirectly, this);
    dialog.setObjectName(QStringLiteral("correctionReasonDialog"));
    // The dialog is inside this screen: its Ctrl+Return must not finish the form again.
    for (auto* key : m_submitKeys)
        key->setEnabled(false);
    const int answer = dialog.exec();
    for (auto* key : m_submitKeys)
        key->setEnabled(true);
    if (answer != QDialog::Accepted)
        return;
    const std::string id = m_correcting->id;
    const Actor& actor = m_session.actor();
    try {
        // The documents and the request commit together: no request without its files.
        Transaction tx(m_session.store().db());
        if (m_correctDirectly) {
            m_session.records().correctDirectly(actor, id, changes, dialog.reason().toStdString(),
                                                dialog.reasonCode().toStdString());
        } else {
            m_session.records().requestCorrection(
                actor, id, changes, dialog.reasonCode().toStdString(),
                dialog.reason().toStdString(), storeDocuments(dialog.documents(), id));
        }
        tx.commit();
    } catch (const FieldValidationError&) {
        showReview();
        setStatus(tr("Not sent: correct the answers marked in red."), true);
        return;
    } catch (const std::exception& e) {
        setStatus(tr("Not sent: %1").arg(QString::fromStdString(e.what())), true);
        return;
    }
    m_session.notifyRecordChanged(QString::fromStdString(id));
    Q_EMIT m_session.syncRequested();
    Q_EMIT submitted(QString::fromStdString(id));
    m_form.reset();
    leaveCorrection();
    m_navigator.openRecord(QString::fromStdString(id));
}

void DeclarationScreen::load(std::shared_ptr<const forms::FormDefinition> form, const json& raw,
                             const std::string& pageId)
{
    clearPages();
    m_form = std::move(form);
    m_reviewed = false;
    m_eval = std::make_unique<forms::FormEvaluator>(
        m_form, todayFrom(m_session.clock()), m_session.reference(), forms::ValidationMode::Draft);
    m_eval->setValues(raw);
    m_touched.clear();
    m_rows.assign(m_form->fields.size(), nullptr);

    for (std::size_t p = 0; p < m_form->pages.size(); ++p) {
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_pages.push_back(scroll);
        m_stack->insertWidget(static_cast<int>(p), scroll);
    }
    m_text = FormText(m_session.forms().catalogs(), m_session.language().toStdString(),
                      m_form->defaultLanguage);
    setLayoutDirection(m_text.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    int start = 0;
    for (std::size_t p = 0; p < m_form->pages.size(); ++p)
        if (m_form->pages[p].id == pageId)
            start = static_cast<int>(p);
    refreshPageList();
    retranslateUi();
    showPage(start);
}

void DeclarationScreen::clearPages()
{
    m_pause.stop();
    for (auto* page : m_pages) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_rows.clear();
}

void DeclarationScreen::buildPage(int pageIndex)
{
    auto* scroll = m_pages[static_cast<std::size_t>(pageIndex)];
    if (scroll->widget())
        return;
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    const auto& page = m_form->pages[static_cast<std::size_t>(pageIndex)];
    // Every page starts with its heading, unless the form gives the page one of its own.
    if (page.fields.empty() || m_form->fields[static_cast<std::size_t>(page.fields.front())].type !=
                                   forms::FieldType::Heading) {
        auto* heading = new QLabel(m_text.text(page.title), content);
        heading->setObjectName(QStringLiteral("pageHeading"));
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        heading->setFont(f);
        layout->addWidget(heading);
    }
    for (int fi : page.fields) {
        auto* row = new FieldRow(m_form->fields[static_cast<std::size_t>(fi)], m_context, content);
        m_rows[static_cast<std::size_t>(fi)] = row;
        layout->addWidget(row);
        row->retranslate(m_text);
        row->applyState(m_eval->fieldAt(fi), m_text);
        if (auto* editor = row->editor()) {
            const auto& id = row->field().id;
            const auto& values = row->field().type == forms::FieldType::Computed
                                     ? m_eval->values()
                                     : m_eval->rawValues();
            auto it = values.find(id);
            editor->setValue(it == values.end() ? json(nullptr) : *it);
            connectEditor(editor, fi);
        }
    }
    layout->addStretch(1);
    scroll->setWidget(content);
}

void DeclarationScreen::connectEditor(FieldEditor* editor, int fieldIndex)
{
    connect(editor, &FieldEditor::edited, this, [this, fieldIndex] { onEdited(fieldIndex); });
    // A finished field is autosaved; only Save, leaving or an action reach the outbox.
    connect(editor, &FieldEditor::committed, this, [this] { autosave(false); });
    if (auto* files = qobject_cast<AttachmentFieldEditor*>(editor)) {
        connect(files, &AttachmentFieldEditor::addFileRequested, this,
                [this, fieldIndex](const QString& path, const QString& type) {
                    addAttachment(fieldIndex, path, type);
                });
        connect(files, &AttachmentFieldEditor::removeRequested, this,
                [this, fieldIndex](int index) { removeAttachment(fieldIndex, index); });
    }
}

void DeclarationScreen::onEdited(int fieldIndex)
{
    const auto* row = m_rows[static_cast<std::size_t>(fieldIndex)];
    m_eval->setValue(row->field().id, row->editor()->value());
    m_touched.insert(row->field().id);
    refreshStates();
    m_pause.start();
}

void DeclarationScreen::refreshStates()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        auto* row = m_rows[i];
        if (!row)
            continue;
        row->applyState(m_eval->fieldAt(static_cast<int>(i)), m_text);
        if (row->field().type == forms::FieldType::Computed) {
            auto it = m_eval->values().find(row->field().id);
            row->editor()->setValue(it == m_eval->values().end() ? json(nullptr) : *it);
        }
    }
    refreshPageList();
}

void DeclarationScreen::refreshPageList()
{
    if (!m_form) {
        const QSignalBlocker block(m_pageList);
        m_pageList->clear();
        return;
    }
    m_pageList->refresh(*m_eval, m_text, currentPage());
}

std::vector<FieldRow*> DeclarationScreen::pageRows(int pageIndex) const
{
    std::vector<FieldRow*> rows;
    for (int fi : m_form->pages[static_cast<std::size_t>(pageIndex)].fields)
        rows.push_back(m_rows[static_cast<std::size_t>(fi)]);
    return rows;
}

void DeclarationScreen::showSentBackReason(const Record& record)
{
    const bool sentBack = record.status == RecordStatus::RequiresUpdates;
    m_sentBack->setVisible(sentBack);
    if (!sentBack)
        return;
    m_sentBack->setText(
        record.statusReason.empty()
            ? tr("Sent back for updates. No reason was given: ask the office what to change.")
            : tr("Sent back for updates: %1").arg(QString::fromStdString(record.statusReason)));
}

json DeclarationScreen::recordValues() const
{
    json out = json::object();
    for (const auto& [k, v] : m_eval->values().items())
        if (const auto* f = m_form->field(k); f && f->isDataEntry() && !forms::isEmptyValue(v))
            out[k] = v;
    return out;
}

std::string DeclarationScreen::currentPageId() const
{
    const int p = currentPage();
    return p < 0 ? std::string("review") : m_form->pages[static_cast<std::size_t>(p)].id;
}

void DeclarationScreen::autosave(bool commit)
{
    if (!m_form || m_correcting) // a correction is kept only when it is finished
        return;
    m_pause.stop();
    const bool wasNew = !m_draft.saved();
    try {
        if (commit)
            m_draft.commit(recordValues(), m_eval->rawValues(), currentPageId());
        else
            m_draft.saveProgress(recordValues(), m_eval->rawValues(), currentPageId());
        if (!m_draft.saved()) {
            if (!wasNew) { // an emptied draft was removed
                m_trackingId.clear();
                retranslateUi();
                m_session.notifyManyChanged();
            }
            return;
        }
        if (wasNew)
            m_trackingId = QString::fromStdString(
                m_session.store().records().get(m_draft.recordId()).trackingId);
        m_savedAt = QTime::currentTime();
        setStatus(tr("Saved on this device at %1").arg(DateDisplay::time(m_savedAt)));
        if (commit || wasNew)
            m_session.notifyRecordChanged(QString::fromStdString(m_draft.recordId()));
        retranslateUi();
        Q_EMIT autosaved();
    } catch (const std::exception& e) {
        setStatus(tr("Kept on this device as a draft copy, not in the record: %1")
                      .arg(QString::fromStdString(e.what())),
                  true);
    }
}

bool DeclarationScreen::saveNow()
{
    autosave(true);
    return !m_bar->statusIsProblem();
}

void DeclarationScreen::showPage(int pageIndex)
{
    if (!m_form)
        return;
    const int n = static_cast<int>(m_form->pages.size());
    while (pageIndex < n && !m_eval->pageAt(pageIndex).visible)
        ++pageIndex;
    if (pageIndex >= n) {
        showReview();
        return;
    }
    if (currentPage() != pageIndex && m_pause.isActive())
        autosave(false);
    buildPage(pageIndex);
    m_stack->setCurrentIndex(pageIndex);
    refreshPageList();
    updateButtons();
    m_warnedPage = -1;
    FormFocus::focusFirstInput(m_pages[static_cast<std::size_t>(pageIndex)], pageRows(pageIndex));
}

void DeclarationScreen::showReview()
{
    if (!m_form)
        return;
    autosave(false);
    // From the first review on, missing answers are flagged on the pages too.
    m_reviewed = true;
    m_eval->setMode(forms::ValidationMode::Declare);
    refreshStates();
    m_review->rebuild(*m_eval, m_text, m_session.reference(), mayDeclare());
    m_stack->setCurrentWidget(m_review);
    refreshPageList();
    updateButtons();
    if (!m_review->focusFirst())
        m_bar->declareButton()->setFocus(Qt::TabFocusReason);
}

void DeclarationScreen::step(int delta)
{
    if (!m_form)
        return;
    const int n = static_cast<int>(m_form->pages.size());
    int p = currentPage() < 0 ? n : currentPage();
    // Next on a page with answers to correct shows the first of them; Next again moves on
    // (a notification may be sent incomplete).
    if (delta > 0 && p < n && m_warnedPage != p &&
        FormFocus::focusFirstProblem(m_pages[static_cast<std::size_t>(p)], pageRows(p))) {
        m_warnedPage = p;
        setStatus(tr("Correct the answers marked in red, or press Next again to go on."), true);
        return;
    }
    for (p += delta; p >= 0 && p < n; p += delta)
        if (m_eval->pageAt(p).visible)
            break;
    if (p >= n)
        showReview();
    else if (p >= 0)
        showPage(p);
}

void DeclarationScreen::jumpToField(int fieldIndex)
{
    const auto& field = m_form->fields[static_cast<std::size_t>(fieldIndex)];
    showPage(field.page);
    if (auto* row = m_rows[static_cast<std::size_t>(fieldIndex)]; row && row->editor()) {
        m_pages[static_cast<std::size_t>(field.page)]->ensureWidgetVisible(row);
        row->editor()->focusTarget()->setFocus(Qt::ShortcutFocusReason);
    }
}

void DeclarationScreen::declare()
{
    if (m_correcting)
        finishCorrection();
    else
        submit(RecordAction::Declare);
}

void DeclarationScreen::sendIncomplete()
{
    submit(RecordAction::Notify);
}

void DeclarationScreen::submit(RecordAction action)
{
    if (!m_form)
        return;
    autosave(false); // the answers travel with the action itself: one op
    if (m_bar->statusIsProblem() || !m_draft.saved()) {
        if (!m_draft.saved())
            setStatus(tr("Fill in the form first."), true);
        return;
    }
    // A notification may be incomplete; a declaration must be complete and correct.
    m_eval->setMode(action == RecordAction::Notify ? forms::ValidationMode::Draft
                                                   : forms::ValidationMode::Declare);
    const bool problems = m_eval->hasErrors();
    m_eval->setMode(m_reviewed ? forms::ValidationMode::Declare : forms::ValidationMode::Draft);
    const auto id = m_draft.recordId();
    if (problems) {
        showReview();
        setStatus(tr("Not sent: correct the answers marked in red."), true);
        return;
    }
    std::vector<std::string> duplicates;
    std::string note;
    if (action == RecordAction::Declare && !confirmDuplicates(duplicates, note)) {
        setStatus(tr("Not sent: check the possible duplicate first."), true);
        return;
    }
    try {
        m_draft.submit(action, recordValues(), duplicates, note);
        m_session.notifyRecordChanged(QString::fromStdString(id));
        Q_EMIT m_session.syncRequested(); // like validate and register: leaves at once if online
        Q_EMIT submitted(QString::fromStdString(id));
        m_form.reset(); // nothing left to autosave
        m_navigator.openRecord(QString::fromStdString(id));
    } catch (const FieldValidationError&) {
        // The service's own check (the one evaluation of the action) refused the values.
        showReview();
        setStatus(tr("Not sent: correct the answers marked in red."), true);
    } catch (const std::exception& e) {
        setStatus(tr("Not sent: %1").arg(QString::fromStdString(e.what())), true);
    }
}

bool DeclarationScreen::confirmDuplicates(std::vector<std::string>& duplicates, std::string& note)
{
    // The rule is the Qt-free DeviceDuplicateCheck's; this only asks the clerk.
    std::vector<DeviceCandidate> found;
    try {
        DeviceDuplicateCheck check(m_session.store(), m_session.dedupRules());
        found = check.find(m_form->event, recordValues(), m_draft.recordId());
    } catch (const std::exception& e) {
        // A store busy with a sync must not stop a declaration: the server checks it again.
        qWarning("duplicate check skipped: %s", e.what());
        return true;
    }
    if (found.empty())
        return true;
    const auto form = m_form;
    const auto label = [this, form](const std::string& fieldId) {
        for (const auto& f : form->fields)
            if (f.id == fieldId)
                return m_text.text(f.label);
        return QString::fromStdString(fieldId);
    };
    return DuplicateWarningDialog::ask(found, label, this, duplicates, note);
}

void DeclarationScreen::addAttachment(int fieldIndex, const QString& path,
                                      const QString& documentType)
{
    auto* row = m_rows[static_cast<std::size_t>(fieldIndex)];
    auto* editor = qobject_cast<AttachmentFieldEditor*>(row->editor());
    const auto& field = row->field();
    const ImportedFile file = AttachmentImport::read(field, path);
    if (!file.problem.isEmpty()) {
        editor->showProblem(file.problem);
        return;
    }
    const QByteArray& bytes = file.bytes;
    try {
        autosave(true);
        m_draft.ensureRecord(recordValues());
        sync::AttachmentLinker linker(m_session.store(), m_session.records(), m_session.clock());
        linker.attach(m_session.actor(),
                      {m_draft.recordId(), field.id, file.name.toStdString(),
                       file.mediaType.toStdString(), documentType.toStdString()},
                      std::span(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                static_cast<std::size_t>(bytes.size())));
        m_draft.reload();
        const json value = m_draft.savedValues().value(field.id, json::array());
        editor->setValue(value);
        editor->showProblem({});
        m_eval->setValue(field.id, value);
        refreshStates();
        autosave(false);
        m_session.notifyRecordChanged(QString::fromStdString(m_draft.recordId()));
    } catch (const std::exception& e) {
        editor->showProblem(QString::fromStdString(e.what()));
    }
}

void DeclarationScreen::removeAttachment(int fieldIndex, int index)
{
    auto* editor = m_rows[static_cast<std::size_t>(fieldIndex)]->editor();
    json value = editor->value();
    if (!value.is_array() || index < 0 || index >= static_cast<int>(value.size()))
        return;
    const std::string attachmentId =
        value[static_cast<std::size_t>(index)].value("attachmentId", "");
    value.erase(static_cast<std::size_t>(index));
    editor->setValue(value);
    m_eval->setValue(editor->field().id, value.empty() ? json(nullptr) : value);
    refreshStates();
    autosave(true);
    if (!attachmentId.empty())
        m_session.store().attachments().remove(attachmentId);
}

void DeclarationScreen::discardDraft()
{
    if (!m_form || !m_draft.canDiscard() || !DiscardDraftDialog::confirm(this))
        return;
    try {
        m_pause.stop();
        m_draft.discard();
        m_form.reset(); // nothing left to autosave
        m_session.notifyManyChanged();
        m_navigator.goHome();
    } catch (const std::exception& e) {
        setStatus(tr("Not discarded: %1").arg(QString::fromStdString(e.what())), true);
    }
}

void DeclarationScreen::mergeStoredRecord()
{
    const json pulled = m_draft.pulledChanges(m_touched);
    for (const auto& [id, value] : pulled.items()) {
        const auto it = m_form->fieldIndex.find(id);
        if (it == m_form->fieldIndex.end())
            continue;
        m_eval->setValue(id, value);
        if (auto* row = m_rows[static_cast<std::size_t>(it->second)]; row && row->editor())
            row->editor()->setValue(value);
    }
    if (const auto status = m_draft.status())
        m_status = *status;
    if (!pulled.empty()) {
        refreshStates();
        if (currentPage() < 0)
            m_review->rebuild(*m_eval, m_text, m_session.reference(), mayDeclare());
    }
    updateButtons();
}

void DeclarationScreen::applyLanguage()
{
    if (!m_form)
        return;
    m_text = FormText(m_session.forms().catalogs(), m_session.language().toStdString(),
                      m_form->defaultLanguage);
    setLayoutDirection(m_text.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    for (auto* row : m_rows)
        if (row)
            row->retranslate(m_text);
    for (std::size_t p = 0; p < m_pages.size(); ++p)
        if (auto* heading = m_pages[p]->findChild<QLabel*>(QStringLiteral("pageHeading")))
            heading->setText(m_text.text(m_form->pages[p].title));
    refreshPageList();
    if (currentPage() < 0)
        m_review->rebuild(*m_eval, m_text, m_session.reference(), mayDeclare());
    // New text changes every row's height; make the pages lay out again from scratch.
    for (auto* page : m_pages)
        if (auto* content = page->widget()) {
            content->layout()->invalidate();
            content->updateGeometry();
        }
    retranslateUi();
}

void DeclarationScreen::retranslateUi()
{
    QString title = m_form ? m_text.text(m_form->title) : tr("Declaration");
    if (!m_trackingId.isEmpty())
        title = tr("%1 · tracking ID %2").arg(title, m_trackingId);
    m_title->setText(title);
    m_bar->retranslate();
    m_pageList->retranslate();
    if (m_savedAt.isValid() && !m_bar->statusIsProblem())
        setStatus(tr("Saved on this device at %1").arg(DateDisplay::time(m_savedAt)));
}

bool DeclarationScreen::mayDeclare() const
{
    if (m_correcting) // the record screen offered the correction the workflow allows
        return true;
    return workflow::isAllowed(m_session.actor().role, RecordAction::Declare, m_status);
}

void DeclarationScreen::updateButtons()
{
    const Role& role = m_session.actor().role;
    m_bar->update(currentPage() < 0, !m_form || currentPage() == 0, mayDeclare(),
                  workflow::isAllowed(role, RecordAction::Notify, m_status));
    m_bar->setDiscardable(m_form && !m_correcting && m_draft.canDiscard());
}

void DeclarationScreen::setStatus(const QString& text, bool problem)
{
    m_bar->setStatus(text, problem);
}

QString DeclarationScreen::recordId() const
{
    if (m_correcting)
        return QString::fromStdString(m_correcting->id);
    return QString::fromStdString(m_draft.recordId());
}

int DeclarationScreen::currentPage() const
{
    const int i = m_stack->currentIndex();
    return (m_stack->currentWidget() == m_review || i < 0) ? -1 : i;
}

int DeclarationScreen::pageCount() const
{
    return m_form ? static_cast<int>(m_form->pages.size()) : 0;
}

FieldEditor* DeclarationScreen::editorFor(const std::string& fieldId)
{
    if (!m_form)
        return nullptr;
    const auto* field = m_form->field(fieldId);
    if (!field)
        return nullptr;
    const int index = m_form->fieldIndex.at(fieldId);
    buildPage(field->page);
    return m_rows[static_cast<std::size_t>(index)]->editor();
}

void DeclarationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshPageList();
    }
    QWidget::changeEvent(event);
}

void DeclarationScreen::hideEvent(QHideEvent* event)
{
    // Leaving the screen (another screen, minimised window) saves what is being typed, and
    // removes a new draft left empty.
    if (m_form)
        autosave(true);
    QWidget::hideEvent(event);
}

} // namespace vitalis::desktop
