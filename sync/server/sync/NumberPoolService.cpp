#include "sync/server/sync/NumberPoolService.h"

#include "core/RegistrationNumber.h"
#include "core/Scope.h"
#include "core/Uuid.h"
#include "sync/protocol/ErrorCode.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/RecordStore.h"
#include "sync/server/sync/RegistrationNumberAllocator.h"

#include <algorithm>
#include <map>

namespace vitalis::server
{

using nlohmann::json;

NumberPoolService::NumberPoolService(DbPool& pool, Directory& directory, const Clock& clock,
                                     NumberPoolPolicy policy)
    : pool_(pool), directory_(directory), clock_(clock), policy_(policy)
{
}

protocol::NumberPoolResponse NumberPoolService::serve(const AuthContext& auth,
                                                      const protocol::NumberPoolRequest& request)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    protocol::NumberPoolResponse resp;
    resp.serverTime = clock_.nowMillis();
    const Role* role = dir->roles.find(auth.role);
    const Office* office = dir->office(auth.officeId);
    withRetry([&] {
        resp.offices.clear();
        Transaction tx(db, &pool_.sqliteWriteMutex());
        closeExpired(db, *dir, policy_, resp.serverTime);
        // Only people who may register get numbers, and only for their own office.
        if (role && role->has(scope::Register) && office)
            resp.offices.push_back(poolFor(db, auth, *office, request, resp.serverTime));
        tx.commit();
    });
    return resp;
}

protocol::OfficePool NumberPoolService::poolFor(Db& db, const AuthContext& auth,
                                                const Office& office,
                                                const protocol::NumberPoolRequest& request,
                                                std::int64_t now)
{
    protocol::OfficePool out{
        office.id, office.code, office.offlineRegistration, policy_.maxOfflineDays, {}};
    if (!office.offlineRegistration)
        return out;
    std::map<std::string, std::int64_t> reported;
    for (const auto& h : request.held)
        reported[h.blockId] = h.remaining;
    const int year = registration_number::yearOf(now);
    std::vector<NumberBlock> blocks;
    std::int64_t unused = 0;
    int withUnused = 0;
    for (auto& b : NumberPoolStore::activeOf(db, auth.deviceId, auth.userId)) {
        if (b.officeId != office.id)
            continue;
        if (b.year == year) {
            // What the server has not seen used yet; the device may know of fewer (numbers
            // taken but not pushed). Its word can only lower the count, never raise it.
            const std::int64_t serverUnused = std::max<std::int64_t>(0, b.size() - b.used);
            const auto r = reported.find(b.id);
            unused += r == reported.end() ? serverUnused : std::min(serverUnused, r->second);
            withUnused += serverUnused > 0 ? 1 : 0;
        }
        blocks.push_back(std::move(b));
    }
    if (number_pool::needsBlock(unused, withUnused, policy_))
        blocks.push_back(reserve(db, auth, office, year, now));
    for (const auto& b : blocks)
        out.blocks.push_back({b.id, b.year, b.firstSeq, b.lastSeq, b.expiresAt});
    return out;
}

NumberBlock NumberPoolService::reserve(Db& db, const AuthContext& auth, const Office& office,
                                       int year, std::int64_t now)
{
    NumberBlock b;
    b.id = generateUuid();
    b.officeId = office.id;
    b.year = year;
    b.deviceId = auth.deviceId;
    b.userId = auth.userId;
    b.firstSeq = RegistrationNumberAllocator::reserve(db, office.id, year, policy_.blockSize);
    b.lastSeq = b.firstSeq + policy_.blockSize - 1;
    b.issuedAt = now;
    b.expiresAt = now + static_cast<std::int64_t>(policy_.expiryDays) * kDayMillis;
    NumberPoolStore::insert(db, b);
    return b;
}

int NumberPoolService::closeExpired(Db& db, const DirectorySnapshot& dir,
                                    const NumberPoolPolicy& policy, std::int64_t now)
{
    // closesAt(expiresAt) < now  <=>  expiresAt < now - allowance
    const auto due =
        NumberPoolStore::expiredActive(db, now - number_pool::closesAt(0, policy.maxOfflineDays));
    for (const auto& b : due) {
        const Office* office = dir.office(b.officeId);
        const std::string code = office ? office->code : std::string("X");
        std::set<std::int64_t> seen =
            NumberPoolStore::voidedSeqs(db, b.officeId, b.year, b.firstSeq, b.lastSeq, b.deviceId);
        const std::string prefix = code + "-" + std::to_string(b.year) + "-";
        for (const auto& n : RecordStore::registrationNumbers(db, b.officeId, prefix))
            if (const auto p = registration_number::parse(n);
                p && p->sequence >= b.firstSeq && p->sequence <= b.lastSeq)
                seen.insert(p->sequence);
        std::vector<NumberVoid> gaps;
        for (std::int64_t seq = b.firstSeq; seq <= b.lastSeq; ++seq) {
            if (seen.count(seq))
                continue;
            gaps.push_back({registration_number::format(code, b.year, seq),
                            b.officeId,
                            b.year,
                            seq,
                            "expired",
                            {},
                            b.deviceId,
                            b.userId,
                            "reserved for a device and not used before its block closed",
                            now});
        }
        NumberPoolStore::addVoids(db, gaps);
        NumberPoolStore::close(db, b.id, now);
    }
    return static_cast<int>(due.size());
}

json NumberPoolService::voided(const AuthContext& auth, const std::string& kind, std::int64_t since)
{
    if (kind != "voided" && kind != "expired")
        throw ApiError(protocol::ErrorCode::InvalidRequest,
                       "kind must be voided or expired, not '" + kind + "'", json::object(),
                       "?kind");
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const Role* role = dir->roles.find(auth.role);
    if (!role || !(role->has(scope::Register) || role->has(scope::ConfigManage)))
        throw ApiError(protocol::ErrorCode::Forbidden,
                       "only registrars and administrators may read the voided numbers");
    json out = json::array();
    std::int64_t next = since;
    for (const auto& v : NumberPoolStore::voidsSince(db, kind, since, kVoidedListLimit)) {
        next = v.at;
        if (!dir->officeInside(v.officeId, auth.jurisdictionId))
            continue;
        out.push_back({{"number", v.number},
                       {"kind", v.kind},
                       {"office_id", v.officeId},
                       {"record_id", v.recordId},
                       {"reason", v.reason},
                       {"device_id", v.deviceId},
                       {"user_id", v.userId},
                       {"at", v.at}});
    }
    return json{{"voided", std::move(out)}, {"next_since", next}};
}

} // namespace vitalis::server
