// Words for the people at the desk where the program only has developers' terms: file sizes in
// the language's own units, a failed sync as a sentence, mixed-direction text kept in order.
#pragma once

#include "sync/client/SyncError.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace vitalis::desktop
{

class PlainWords
{
    Q_DECLARE_TR_FUNCTIONS(vitalis::desktop::PlainWords)
public:
    // FSI … PDI: text of either direction inside a sentence of the other keeps its punctuation
    // where it belongs (a Latin name in an Arabic greeting, an English server message).
    static QString isolated(const QString& text);
    // "1.2 MB", "340 kB" in the UI language's units (never "MiB").
    static QString dataSize(std::uint64_t bytes);
    // Why a sync stopped, and what the clerk can do; `code` is SyncError::code() (for network
    // failures the transport's reason: "connect", "timeout", "tls", "io").
    static QString syncProblem(std::optional<sync::SyncError::Kind> kind, const QString& code);
    // What F5 says while offline; `reason` is the last problem, already in words.
    static QString noConnection(const QString& reason);
    // A network failure's reason alone ("The server did not answer in time.").
    static QString networkReason(const QString& code);
};

} // namespace vitalis::desktop
