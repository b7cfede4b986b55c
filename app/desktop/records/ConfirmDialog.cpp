#include "app/desktop/records/ConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitalis::desktop
{

ConfirmDialog::ConfirmDialog(const QString& title, const QString& text, const QString& confirmText,
                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(text, this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Only the confirm button reacts to Enter (no other button takes it when focused), and
    // Esc always cancels: a stray key never does the action by accident through the wrong button.
    m_cancel->setAutoDefault(false);
    m_confirm->setDefault(true);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_confirm->setFocus();
    setMinimumWidth(420);
}

QString ConfirmDialog::text() const
{
    return m_text->text();
}

bool ConfirmDialog::ask(QWidget* parent, const QString& title, const QString& text,
                        const QString& confirmText)
{
    ConfirmDialog dialog(title, text, confirmText, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace vitalis::desktop
