// PushService::OpScope, what every step of one op works with, shared by the files that hold
// those steps (PushOp.cpp, PushCreation.cpp).
#pragma once

#include "sync/server/sync/PushService.h"

namespace vitalis::server
{

// `res` is the answer being built.
struct PushService::OpScope {
    Db& db;
    const AuthContext& auth;
    const DirectorySnapshot& dir;
    const protocol::Op& op;
    const Role& role;
    std::int64_t now;
    std::vector<ChangeRow>& changes;
    protocol::OpResult& res;
};

} // namespace vitalis::server
