// The question asked before a draft is discarded, the same on the form and on the record
// screen: "Keep the draft" is the default, so Enter or Esc never deletes anything.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vitalis::desktop
{

class DesktopSession;

class DiscardDraftDialog
{
    Q_DECLARE_TR_FUNCTIONS(vitalis::desktop::DiscardDraftDialog)
public:
    // Asks; true when the user chose to discard.
    static bool confirm(QWidget* parent);
    // Asks, then deletes the draft (record, draft copy, queued ops). True when it was deleted;
    // a refusal is shown in a message box.
    static bool run(DesktopSession& session, const QString& recordId, QWidget* parent);
    static constexpr const char* kObjectName = "discardDraftDialog";
};

} // namespace vitalis::desktop
