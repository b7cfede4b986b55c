// A server record on the wire: the core Record plus per-field revisions, both directions.
// Pull responses carry it; the client applies it as the new merge base.
#pragma once

#include "core/Record.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::protocol
{

struct WireRecord {
    Record record;
    std::map<std::string, std::int64_t> fieldRevs; // field id -> rev at which it last changed
    bool operator==(const WireRecord& o) const;
};

// Both write through appendRecordText (RecordText.h), the encoder the server's pull uses.
std::string encodeRecordText(const WireRecord& record);
nlohmann::json encodeRecord(const WireRecord& record);
WireRecord decodeRecord(const nlohmann::json& value, const std::string& path);

} // namespace vitalis::protocol
