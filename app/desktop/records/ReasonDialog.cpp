#include "app/desktop/records/ReasonDialog.h"

#include "app/desktop/form/CtrlReturnAccepts.h"
#include "app/desktop/records/ButtonShortcut.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitalis::desktop
{

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_prompt = new QLabel(prompt, this);
    m_prompt->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setAccessibleName(tr("Reason"));
    m_edit->setTabChangesFocus(true); // Tab reaches the buttons; Ctrl+Return confirms
    m_prompt->setBuddy(m_edit);
    m_count = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    new CtrlReturnAccepts(m_edit, this, m_buttons->button(QDialogButtonBox::Ok));
    bindShortcut(m_buttons->button(QDialogButtonBox::Ok),
                 QKeySequence(QStringLiteral("Ctrl+Return")));
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    resize(460, 240);
    updateOk();
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

void ReasonDialog::updateOk()
{
    const int n = static_cast<int>(reason().size());
    const bool ok = n > 0 && n <= kMaxLength;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_count->setText(n > kMaxLength ? tr("%1 characters — at most %2.").arg(n).arg(kMaxLength)
                                    : tr("%1 of %2 characters").arg(n).arg(kMaxLength));
}

} // namespace vitalis::desktop
