#include "tests/support/WireOps.h"

#include "core/Clock.h"
#include "core/TrackingId.h"
#include "core/Uuid.h"

#include <atomic>

namespace vitalis::test
{

std::string newRecordId()
{
    return generateTimeOrderedUuid(SystemClock().nowMillis());
}

std::string newTrackingId(char eventSymbol)
{
    static const std::string deviceCode = device_code::random();
    static std::atomic<std::uint32_t> sequence{0};
    return tracking_id::make(eventSymbol, deviceCode, sequence++);
}

json changes(const json& values, const json& bases)
{
    json out = json::object();
    for (auto it = values.begin(); it != values.end(); ++it)
        out[it.key()] = {{"base", bases.contains(it.key()) ? bases[it.key()] : json()},
                         {"value", it.value()}};
    return out;
}

json createOp(std::int64_t mutationId, const std::string& recordId, const std::string& officeId,
              const json& fields, const std::string& action, const std::string& formId,
              const std::string& eventType)
{
    return {{"mutation_id", mutationId},
            {"record_id", recordId},
            {"action", action},
            {"base_rev", 0},
            {"form_id", formId},
            {"form_version", 1},
            {"record",
             {{"event_type", eventType},
              {"office_id", officeId},
              {"tracking_id", newTrackingId(eventType == "death" ? 'D' : 'B')}}},
            {"changes", changes(fields)}};
}

json changeOp(std::int64_t mutationId, const std::string& recordId, const std::string& action,
              std::int64_t baseRev, const json& ch, const std::string& formId)
{
    return {{"mutation_id", mutationId},
            {"record_id", recordId},
            {"action", action},
            {"base_rev", baseRev},
            {"form_id", formId},
            {"form_version", 1},
            {"changes", ch}};
}

json printMember(std::int64_t copyNumber, std::int64_t fee, bool certifiedCopy)
{
    return {{"template_id", certifiedCopy ? "birth-extract" : "birth-certificate"},
            {"language", "fr"},
            {"collector",
             {{"relation", "other"},
              {"name", "Jeanne Martin"},
              {"id_type", "passport"},
              {"id_number", "P1234567"},
              {"id_checked", true}}},
            {"fee", fee},
            {"currency", "VDR"},
            {"receipt_number", "R-2026-0042"},
            {"copy_number", copyNumber},
            {"certified_copy", certifiedCopy}};
}

} // namespace vitalis::test
