#include "app/desktop/form/DuplicateWarningDialog.h"

#include "app/desktop/form/CtrlReturnAccepts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitalis::desktop
{

DuplicateWarningDialog::DuplicateWarningDialog(
    const std::vector<DeviceCandidate>& candidates,
    const std::function<QString(const std::string&)>& fieldLabel, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Possible duplicate"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This declaration looks like a record already on this "
                                "computer. Check it before sending:"),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    for (const DeviceCandidate& c : candidates) {
        QStringList fields;
        for (const auto& f : c.matchedFields)
            fields << fieldLabel(f);
        // The warning as the CLI prints it, then the fields that look the same, in bold.
        auto* item = new QListWidgetItem(QString::fromStdString(DeviceDuplicateCheck::warning(c)) +
                                             QLatin1Char('\n') +
                                             tr("Same: %1").arg(fields.join(QStringLiteral(", "))),
                                         m_list);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    auto* noteLabel = new QLabel(tr("&Why send it anyway? (the registrar reads this)"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    m_buttons = new QDialogButtonBox(this);
    m_send = m_buttons->addButton(tr("&Send anyway"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(tr("&Go back"), QDialogButtonBox::RejectRole);
    new CtrlReturnAccepts(m_note, this, m_send);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DuplicateWarningDialog::updateSend);
    resize(560, 360);
    updateSend();
    m_note->setFocus();
}

bool DuplicateWarningDialog::ask(const std::vector<DeviceCandidate>& found,
                                 const std::function<QString(const std::string&)>& fieldLabel,
                                 QWidget* parent, std::vector<std::string>& candidates,
                                 std::string& note)
{
    DuplicateWarningDialog dialog(found, fieldLabel, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    candidates = DeviceDuplicateCheck::trackingIds(found);
    note = dialog.note().toStdString();
    return true;
}

QString DuplicateWarningDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void DuplicateWarningDialog::updateSend()
{
    m_send->setEnabled(!note().isEmpty());
}

} // namespace vitalis::desktop
