#include "app/desktop/records/ConflictValueDialog.h"

#include "app/desktop/form/FieldEditorFactory.h"
#include "app/desktop/form/ReferenceOptionModels.h"
#include "app/desktop/records/ButtonShortcut.h"
#include "core/FieldChanges.h"
#include "sync/client/FormCheck.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitalis::desktop
{

ConflictValueDialog::ConflictValueDialog(DesktopSession& session, const Record& record,
                                         const forms::Field& field, const QString& fieldLabel,
                                         const nlohmann::json& start, QWidget* parent)
    : QDialog(parent), m_session(session), m_record(record), m_field(field)
{
    setObjectName(QStringLiteral("conflictValueDialog"));
    setWindowTitle(tr("New value for %1").arg(fieldLabel));
    const auto form = session.forms().find(record.formId, record.formVersion);
    m_text = FormText(session.forms().catalogs(), session.language().toStdString(),
                      form ? form->defaultLanguage : std::string("en"));
    m_options = new ReferenceOptionModels(session.reference(), session.jurisdiction(), this);
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("Type the value to keep instead of both. It is checked with the "
                                 "form's rules."),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto* label = new QLabel(fieldLabel, this);
    layout->addWidget(label);
    EditorContext context;
    context.reference = session.reference();
    context.options = m_options;
    context.text = &m_text;
    m_editor = createFieldEditor(field, context, this);
    if (m_editor) {
        m_editor->retranslate(m_text, fieldLabel);
        m_editor->setValue(start);
        label->setBuddy(m_editor->focusTarget());
        layout->addWidget(m_editor);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("valueProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("Use this value"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_use->setDefault(true);
    bindShortcut(m_use, QKeySequence(QStringLiteral("Ctrl+Return")));
    layout->addWidget(buttons);
    connect(m_use, &QPushButton::clicked, this, [this] { tryAccept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_editor)
        m_editor->focusTarget()->setFocus();
    setMinimumWidth(460);
}

QString ConflictValueDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ConflictValueDialog::problem(const nlohmann::json& value) const
{
    nlohmann::json fields = m_record.fields;
    FieldChanges::setField(fields, m_field.id, value);
    // The record's own status decides whether the field may be empty, as for any edit.
    const auto report =
        m_session.formCheck().check(m_record.formId, m_record.formVersion, fields, m_record.status);
    for (const auto& p : report.problems) {
        if (p.fieldId != m_field.id)
            continue; // other fields' problems are not this decision's to fix
        return m_text.text(p.messageId, p.params);
    }
    return {};
}

void ConflictValueDialog::keyPressEvent(QKeyEvent* event)
{
    // Ctrl+Return that the input left alone, also before the dialog is the active window.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        tryAccept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool ConflictValueDialog::tryAccept()
{
    const nlohmann::json v = m_editor ? m_editor->value() : nlohmann::json();
    const QString why = problem(v);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return false;
    m_value = v;
    accept();
    return true;
}

} // namespace vitalis::desktop
