// The words the records screens show for statuses, actions, outbox states and history entries,
// in the current UI language (Qt Linguist context "RecordTexts"), plus the shortcut each
// action button uses. One place, so the record, outbox and review screens say the same thing.
#pragma once

#include "core/Record.h"
#include "core/RecordAction.h"
#include "core/RecordStatus.h"
#include "core/store/OutboxRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QKeySequence>
#include <QString>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::desktop
{

class RecordTexts
{
    Q_DECLARE_TR_FUNCTIONS(RecordTexts)
public:
    static QString status(RecordStatus status);
    // The status as the record screen and the record lists show it: with "waiting for the
    // national ID" while the national ID system has not answered for its registration.
    static QString status(const Record& record);
    static QString action(RecordAction action);         // button text, with & mnemonic
    static QString actionDone(const std::string& kind); // history: "Registered", "Sent back", ...
    static QString outboxState(OutboxState state);
    static QString outboxHint(const OutboxEntry& entry);
    static QKeySequence shortcut(RecordAction action);
    static QString waitingForConfirmation(const std::string& kind);
    static QString dateTime(std::int64_t millis); // local time, in the UI language's format
    static QString noMnemonic(QString text);      // "&Register" -> "Register"
    // A person by name, never by user id: the name the server gave (`knownName`), else the
    // profile's users, else `unknown` ("another user" when empty).
    static QString person(ProfileStore& store, const std::string& userId,
                          const std::string& knownName = {}, const QString& unknown = {});
    // Server error texts are English with paths ("/fields/x: ..."): isolated so a right-to-left
    // layout does not reorder their punctuation.
    static QString isolated(const std::string& text);
};

} // namespace vitalis::desktop
