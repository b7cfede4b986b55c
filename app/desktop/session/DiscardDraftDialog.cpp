#include "app/desktop/session/DiscardDraftDialog.h"

#include "app/desktop/session/DesktopSession.h"

#include <QMessageBox>
#include <QPushButton>

namespace vitalis::desktop
{

bool DiscardDraftDialog::confirm(QWidget* parent)
{
    QMessageBox box(QMessageBox::Question, tr("Discard this draft?"),
                    tr("The draft and everything typed in it will be deleted from this "
                       "computer. It was never sent, so nobody else has it. This cannot be "
                       "undone."),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QString::fromLatin1(kObjectName));
    auto* discard = box.addButton(tr("&Discard draft"), QMessageBox::DestructiveRole);
    auto* keep = box.addButton(tr("&Keep the draft"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

bool DiscardDraftDialog::run(DesktopSession& session, const QString& recordId, QWidget* parent)
{
    if (!confirm(parent))
        return false;
    if (recordId.isEmpty())
        return true; // nothing was saved yet
    try {
        session.records().discardDraft(session.actor(), recordId.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, tr("Draft not discarded"), QString::fromStdString(e.what()));
        return false;
    }
    session.notifyManyChanged();
    return true;
}

} // namespace vitalis::desktop
