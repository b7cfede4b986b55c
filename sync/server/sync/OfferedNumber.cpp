#include "sync/server/sync/OfferedNumber.h"

#include "core/RegistrationNumber.h"
#include "sync/server/Directory.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

NumberVerdict OfferedNumber::check(Db& db, const AuthContext& auth, const Office& office,
                                   const std::string& number)
{
    NumberVerdict v;
    const auto parsed = registration_number::parse(number);
    if (!parsed) {
        v.reason = "not a registration number";
        return v;
    }
    if (parsed->officeCode != office.code) {
        v.reason =
            "the number is of office " + parsed->officeCode + ", the record of " + office.code;
        return v;
    }
    const auto block = NumberPoolStore::holding(db, office.id, parsed->year, parsed->sequence);
    if (!block) {
        v.reason = "the number was never reserved for a device";
        return v;
    }
    if (block->deviceId != auth.deviceId || block->userId != auth.userId) {
        v.reason = "the number is reserved for another device or user";
        return v;
    }
    v.block = block;
    if (block->status != "active") {
        v.reason = "the number's block was closed (it expired before the device synced)";
        return v;
    }
    if (RecordStore::registrationNumberTaken(db, number) ||
        NumberPoolStore::isVoidedBy(db, number, auth.deviceId)) {
        v.reason = "the number is already used";
        return v;
    }
    v.accepted = true;
    return v;
}

void OfferedNumber::accept(Db& db, const NumberVerdict& verdict)
{
    if (verdict.block)
        NumberPoolStore::countUse(db, verdict.block->id);
}

void OfferedNumber::voidNumber(Db& db, const AuthContext& auth, const std::string& officeId,
                               const std::string& recordId, const std::string& number,
                               const NumberVerdict& verdict, const std::string& reason,
                               std::int64_t now)
{
    const auto parsed = registration_number::parse(number);
    NumberVoid row;
    row.number = number;
    row.officeId = verdict.block ? verdict.block->officeId : officeId;
    row.year = parsed ? parsed->year : 0;
    row.seq = parsed ? parsed->sequence : 0;
    row.kind = "voided";
    row.recordId = recordId;
    row.deviceId = auth.deviceId;
    row.userId = auth.userId;
    row.reason = reason;
    row.at = now;
    NumberPoolStore::addVoid(db, row);
    if (verdict.block && verdict.block->status == "active")
        NumberPoolStore::countUse(db, verdict.block->id);
}

} // namespace vitalis::server
