// A record as an integration client sees it (search results, WebSub payloads): the native
// record JSON with the form fields limited to the client's allowed fields (empty list: all).
// One place, so search and webhooks can never disagree on what a client may read.
#pragma once

#include "sync/server/sync/RecordStore.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::server
{

nlohmann::json clientRecordView(const StoredRecord& s,
                                const std::vector<std::string>& allowedFields);

} // namespace vitalis::server
