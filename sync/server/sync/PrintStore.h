// The printed certificates (table certificate_prints, server migration 8): one row per print
// of a record, the copy number counted here from the rows, never taken from the device.
#pragma once

#include "sync/protocol/CertificatePrint.h"
#include "sync/server/db/Db.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server
{

struct PrintRow {
    std::string recordId;
    std::int64_t copyNumber = 0; // the server's count
    protocol::CertificatePrint print;
    std::string reason;
    std::string userId;
    std::string deviceId;
    std::int64_t mutationId = 0;
    std::int64_t rev = 0;
    std::int64_t printedAt = 0;
};

class PrintStore
{
public:
    static std::int64_t copiesPrinted(Db& db, const std::string& recordId);
    static void insert(Db& db, const PrintRow& row);
    // What a record's history entry says about the print (docs/api.md, the history endpoint).
    static nlohmann::json historyJson(const PrintRow& row);
};

} // namespace vitalis::server
