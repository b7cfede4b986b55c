// What the national ID system's answers do to a record, whether they came as the answer to a
// call (NidWorker) or later at the callback (NidCallbackService). Accept: the number goes into
// the hook's form field and the record stops waiting (a new revision every device pulls).
// Refuse: a refuse_registration op through the same path as users' ops (PushService), so the
// record goes back to validated with the reason, in its history, and the number is voided.
#pragma once

#include "core/Clock.h"
#include "sync/server/Directory.h"
#include "sync/server/db/Db.h"
#include "sync/server/interop/nid/NidCallStore.h"
#include "sync/server/interop/nid/NidHookConfig.h"
#include "sync/server/sync/PushService.h"

#include <string>

namespace vitalis::server::nid
{

class NidAnswers
{
public:
    NidAnswers(DbPool& pool, Directory& directory, PushService& push, const NidHookConfig& hooks)
        : pool_(pool), directory_(directory), push_(push), hooks_(hooks)
    {
    }
    // `a`: the call's closing row (state "accepted"); written in the record's transaction.
    void accept(Db& db, const NidCall& call, const NidAttempt& a);
    // `a`: state "rejected" with the reason. False when the record could not be sent back
    // (it moved on: archived, corrected...); the call is closed either way.
    bool refuse(Db& db, const NidCall& call, const NidAttempt& a);

    const NidHookConfig& hooks() const { return hooks_; }

private:
    DbPool& pool_;
    Directory& directory_;
    PushService& push_;
    const NidHookConfig& hooks_;
};

} // namespace vitalis::server::nid
