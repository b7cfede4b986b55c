// POST /api/v1/number-pools: the device says which reserved blocks of registration numbers it
// holds and how many numbers each has left; the server answers the blocks it may use now.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::protocol
{

struct HeldBlock {
    std::string blockId;
    std::int64_t remaining = 0; // numbers not yet taken on the device
    bool operator==(const HeldBlock&) const = default;
};

struct NumberPoolRequest {
    int protocol = 0;
    std::vector<HeldBlock> held;
    bool operator==(const NumberPoolRequest&) const = default;
};

struct NumberBlockInfo {
    std::string blockId;
    int year = 0;
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    std::int64_t expiresAt = 0; // server time, unix ms: the device stops using it then
    bool operator==(const NumberBlockInfo&) const = default;
};

struct OfficePool {
    std::string officeId;
    std::string officeCode;
    bool offlineRegistration = true;
    int maxOfflineDays = 14;
    std::vector<NumberBlockInfo> blocks; // active blocks of this device and user
    bool operator==(const OfficePool&) const = default;
};

struct NumberPoolResponse {
    std::vector<OfficePool> offices; // empty: the user may not register
    std::int64_t serverTime = 0;
    bool operator==(const NumberPoolResponse&) const = default;
};

inline constexpr std::size_t kMaxHeldBlocks = 1000;

NumberPoolRequest decodeNumberPoolRequest(const nlohmann::json& body);
nlohmann::json encodeNumberPoolRequest(const NumberPoolRequest& request);
NumberPoolResponse decodeNumberPoolResponse(const nlohmann::json& body);
nlohmann::json encodeNumberPoolResponse(const NumberPoolResponse& response);

} // namespace vitalis::protocol
