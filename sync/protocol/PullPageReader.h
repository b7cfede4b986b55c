// Reads a pull response straight from its text with simdjson (no nlohmann DOM): the rules of
// decodePullResponse, and each record's fields kept as text for the store instead of a tree.
#pragma once

#include "sync/protocol/PullMessages.h"

#include <memory>
#include <string>

namespace vitalis::protocol
{

class PullPageReader
{
public:
    PullPageReader();
    ~PullPageReader();
    // Upserts come back with record->record.fields null and the fields' JSON text in
    // PullChange::fieldsJson. Throws DecodeError, naming the JSON Pointer, like the codec.
    // `body` may grow by simdjson's padding (never changes its content).
    PullResponse read(std::string& body) { return read(body, false); }

private:
    PullResponse read(std::string& body, bool rewritten);
    struct Impl;
    std::unique_ptr<Impl> m_impl; // the parser's buffers, reused page after page
};

} // namespace vitalis::protocol
