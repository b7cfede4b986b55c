// The statistics endpoints: GET /api/v1/statistics (JSON or CSV) and
// GET /api/v1/statistics/tables/{name} (the UN standard tables as CSV).
#pragma once

#include "sync/server/ApiRoutes.h"

namespace vitalis::server
{

void registerStatisticsRoutes(Router& router, Services& services);

} // namespace vitalis::server
