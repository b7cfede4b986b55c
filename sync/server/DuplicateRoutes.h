// The duplicate-detection endpoints (docs/api.md "Duplicates"): one record's verdict and the
// queue of possible duplicates. Decisions travel as ops in /sync/push, like every action.
#pragma once

#include "sync/server/ApiRoutes.h"

namespace vitalis::server
{

void registerDuplicateRoutes(Router& router, Services& services);

} // namespace vitalis::server
