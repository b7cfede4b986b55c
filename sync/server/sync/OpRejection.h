// How the push path refuses one op: the field errors of its answer. Thrown inside the op's
// savepoint by PushService::applyOne and the services it calls; caught there, rolled back.
#pragma once

#include "sync/protocol/PushMessages.h"

#include <string>
#include <vector>

namespace vitalis::server
{

struct OpRejection {
    std::vector<protocol::FieldError> errors;
};

[[noreturn]] inline void rejectOp(std::string field, std::string code, std::string message)
{
    throw OpRejection{
        {protocol::FieldError{std::move(field), std::move(code), std::move(message)}}};
}

} // namespace vitalis::server
