#include "app/desktop/records/RecordTexts.h"

#include "app/desktop/session/DateDisplay.h"
#include "app/desktop/session/PlainWords.h"
#include "core/store/ProfileStore.h"

#include <QLocale>
#include <QRegularExpression>

namespace vitalis::desktop
{

QString RecordTexts::status(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Draft:
        return tr("Draft");
    case RecordStatus::Notified:
        return tr("Notified (incomplete)");
    case RecordStatus::Declared:
        return tr("Declared");
    case RecordStatus::Validated:
        return tr("Validated");
    case RecordStatus::Registered:
        return tr("Registered");
    case RecordStatus::Certified:
        return tr("Certified");
    case RecordStatus::RequiresUpdates:
        return tr("Requires updates");
    case RecordStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString RecordTexts::status(const Record& r)
{
    if (r.nationalIdState == "waiting")
        return tr("%1 — waiting for the national ID").arg(status(r.status));
    return status(r.status);
}

QString RecordTexts::action(RecordAction a)
{
    switch (a) {
    case RecordAction::CreateDraft:
        return tr("Save &draft");
    case RecordAction::Notify:
        return tr("Send as &notification");
    case RecordAction::Declare:
        return tr("&Declare");
    case RecordAction::Edit:
        return tr("&Edit");
    case RecordAction::Validate:
        return tr("&Validate");
    case RecordAction::Register:
        return tr("&Register");
    case RecordAction::Certify:
        return tr("&Print certificate");
    case RecordAction::Reject:
        return tr("&Send back for updates…");
    case RecordAction::Archive:
        return tr("&Archive…");
    case RecordAction::Reinstate:
        return tr("Re&instate");
    case RecordAction::Correct:
        return tr("&Correct…");
    case RecordAction::ResolveConflict:
        return tr("Resolve &conflict");
    case RecordAction::RequestCorrection:
        return tr("Re&quest correction…");
    case RecordAction::ApproveCorrection:
        return tr("A&pprove correction");
    case RecordAction::RejectCorrection:
        return tr("Re&fuse correction…");
    case RecordAction::MarkNotDuplicate:
        return tr("&Not a duplicate…");
    case RecordAction::MarkDuplicate:
        return tr("D&uplicate of this record…");
    case RecordAction::RefuseRegistration: // the national ID system's, never a clerk's button
        return tr("Registration refused by the national ID system");
    }
    return {};
}

QKeySequence RecordTexts::shortcut(RecordAction a)
{
    switch (a) {
    case RecordAction::Edit:
        return QKeySequence(QStringLiteral("Ctrl+E"));
    case RecordAction::Declare:
        return QKeySequence(QStringLiteral("Ctrl+D"));
    case RecordAction::Validate:
        return QKeySequence(QStringLiteral("Ctrl+Shift+V"));
    case RecordAction::Register:
        return QKeySequence(QStringLiteral("Ctrl+R"));
    case RecordAction::Reject:
        return QKeySequence(QStringLiteral("Ctrl+B"));
    case RecordAction::Archive:
        return QKeySequence(QStringLiteral("Ctrl+Shift+A"));
    case RecordAction::Certify:
        return QKeySequence(QStringLiteral("Ctrl+P"));
    case RecordAction::Reinstate:
        return QKeySequence(QStringLiteral("Ctrl+Shift+I"));
    case RecordAction::Notify:
        return QKeySequence(QStringLiteral("Ctrl+Shift+N"));
    case RecordAction::RequestCorrection:
        return QKeySequence(QStringLiteral("Ctrl+Shift+E"));
    case RecordAction::Correct:
        return QKeySequence(QStringLiteral("Ctrl+Shift+D"));
    default:
        return {};
    }
}

QString RecordTexts::actionDone(const std::string& kind)
{
    if (kind == "create" || kind == "create_draft")
        return tr("Draft started");
    if (kind == "edit")
        return tr("Edited");
    if (kind == "notify")
        return tr("Sent as notification");
    if (kind == "declare")
        return tr("Declared");
    if (kind == "validate")
        return tr("Validated");
    if (kind == "register")
        return tr("Registered");
    if (kind == "certify")
        return tr("Certificate printed");
    if (kind == "reject")
        return tr("Sent back for updates");
    if (kind == "archive")
        return tr("Archived");
    if (kind == "reinstate")
        return tr("Reinstated");
    if (kind == "correct")
        return tr("Corrected");
    if (kind == "resolve_conflict")
        return tr("Conflict resolved");
    if (kind == "request_correction")
        return tr("Correction requested");
    if (kind == "approve_correction")
        return tr("Correction approved");
    if (kind == "reject_correction")
        return tr("Correction refused");
    if (kind == "mark_not_duplicate")
        return tr("Decided: not a duplicate");
    if (kind == "mark_duplicate")
        return tr("Archived as a duplicate");
    if (kind == "refuse_registration")
        return tr("Registration refused by the national ID system");
    if (kind == "national_id")
        return tr("National ID confirmed");
    return QString::fromStdString(kind);
}

QString RecordTexts::outboxState(OutboxState s)
{
    switch (s) {
    case OutboxState::Queued:
        return tr("Queued");
    case OutboxState::Sending:
        return tr("Sending");
    case OutboxState::Applied:
        return tr("Applied");
    case OutboxState::Merged:
        return tr("Merged");
    case OutboxState::Conflict:
        return tr("Conflict");
    case OutboxState::Rejected:
        return tr("Rejected");
    case OutboxState::WaitingRetry:
        return tr("Waiting to retry");
    case OutboxState::Resolved:
        return tr("Conflict decided");
    }
    return {};
}

QString RecordTexts::outboxHint(const OutboxEntry& e)
{
    if (e.state == OutboxState::WaitingRetry && e.lastError.find("attachment") != std::string::npos)
        return tr("Waits until its documents are on the server; the next sync uploads them.");
    switch (e.state) {
    case OutboxState::Queued:
        return tr("Waits for the next sync.");
    case OutboxState::Sending:
        return tr("On its way. If no sync is running, the next one sends it again (exactly once).");
    case OutboxState::WaitingRetry:
        return e.nextAttemptAt ? tr("Retried automatically after %1; check the network or the "
                                    "server, or retry now.")
                                     .arg(dateTime(e.nextAttemptAt))
                               : tr("Retried at the next sync; check the network or the server, "
                                    "or retry now.");
    case OutboxState::Applied:
        return tr("Confirmed by the server.");
    case OutboxState::Merged:
        return tr("Confirmed by the server, merged with other changes.");
    case OutboxState::Conflict:
        return tr("Someone else changed the same field: decide which value to keep.");
    case OutboxState::Rejected:
        return tr("The server refused it: open the record, fix it and submit again.");
    case OutboxState::Resolved:
        return tr("Someone else changed the same field; the value to keep was decided and goes "
                  "to the server as its own change.");
    }
    return {};
}

QString RecordTexts::waitingForConfirmation(const std::string& kind)
{
    return tr("%1 on this device — waiting for confirmation from the server.")
        .arg(actionDone(kind));
}

QString RecordTexts::dateTime(std::int64_t millis)
{
    if (millis <= 0)
        return {};
    return DateDisplay::dateTime(millis);
}

QString RecordTexts::isolated(const std::string& text)
{
    return PlainWords::isolated(QString::fromStdString(text));
}

QString RecordTexts::person(ProfileStore& store, const std::string& userId,
                            const std::string& knownName, const QString& unknown)
{
    if (!knownName.empty())
        return QString::fromStdString(knownName);
    if (!userId.empty())
        if (const auto u = store.users().find(userId); u && !u->displayName.empty())
            return QString::fromStdString(u->displayName);
    return unknown.isEmpty() ? tr("another user") : unknown;
}

QString RecordTexts::noMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("…"), QString());
}

} // namespace vitalis::desktop
