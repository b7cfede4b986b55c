// The rules of corrections to registered records, called by the push path: a request is
// checked like an edit but changes no field; an approval applies it through the merge rules
// from the request's base revision (a field someone else changed since becomes a conflict for
// a person); a refusal closes it. Status and registration number never change.
#pragma once

#include "core/CorrectionReasons.h"
#include "core/Role.h"
#include "sync/protocol/Op.h"
#include "sync/protocol/PushMessages.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/CorrectionStore.h"
#include "sync/server/sync/RecordStore.h"
#include "sync/server/sync/RecordValidator.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::server
{

struct ChangeRow;

// Who acts, where, when: what every op of a push shares.
struct OpContext {
    const AuthContext& auth;
    const DirectorySnapshot& dir;
    const Role& role;
    std::int64_t now = 0;
};

class CorrectionService
{
public:
    // Used when the reference data has no "correction_reasons" source.
    static constexpr const auto& kDefaultReasons = kBuiltInCorrectionReasons;

    explicit CorrectionService(const RecordValidator& validator) : validator_(validator) {}

    // request_correction, approve_correction or reject_correction on `s` (loaded locked, in
    // the op's savepoint). Throws OpRejection; `changes` gets the change-log row.
    protocol::OpResult apply(Db& db, const OpContext& ctx, const protocol::Op& op, StoredRecord& s,
                             std::vector<ChangeRow>& changes) const;
    // A direct correction (correct) was applied at `rev`: kept as an approved request, so the
    // register shows it like any other; returns the request id.
    std::string recordDirect(Db& db, const OpContext& ctx, const protocol::Op& op,
                             std::int64_t rev) const;
    // A person decided the conflict an approval raised: the request is approved with what
    // they chose (applied by the resolve_conflict op itself).
    static void conflictResolved(Db& db, const std::string& conflictId, const std::string& userId,
                                 std::int64_t rev, std::int64_t now);
    // Throws OpRejection when the op names a reason code the country does not list.
    static void requireKnownReason(const DirectorySnapshot& dir, const protocol::Op& op);

private:
    protocol::OpResult request(Db& db, const OpContext& ctx, const protocol::Op& op,
                               StoredRecord& s, std::vector<ChangeRow>& changes) const;
    protocol::OpResult approve(Db& db, const OpContext& ctx, const protocol::Op& op,
                               StoredRecord& s, CorrectionRequest& c,
                               std::vector<ChangeRow>& changes) const;
    protocol::OpResult refuse(Db& db, const OpContext& ctx, const protocol::Op& op, StoredRecord& s,
                              CorrectionRequest& c, std::vector<ChangeRow>& changes) const;
    // Bumps the revision, stores the record and its history entry, queues the change-log row.
    std::int64_t commit(Db& db, const OpContext& ctx, const protocol::Op& op, StoredRecord& s,
                        const nlohmann::json& diff, const std::string& reason,
                        std::vector<ChangeRow>& changes) const;

    const RecordValidator& validator_;
};

} // namespace vitalis::server
