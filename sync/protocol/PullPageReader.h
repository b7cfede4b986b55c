// Reads a pull response straight from its text with simdjson (no nlohmann DOM): the rules of
// decodePullResponse, and each record's fields kept as text for the store instead of a tree.
#pragma once

#include "sync/protocol/PullMessages.h"

#include <functional>
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
    // PullChange::fieldsJson; field_revs are checked and not kept (record->fieldRevs empty). Throws
    // DecodeError, naming the JSON Pointer, like the codec. `body` may grow by simdjson's padding
    // (never changes its content). `onHead` hears the page without its changes (cursor, has_more,
    // counters) before they are decoded: the next page can be asked for while this one's records
    // are still being read.
    using HeadSeen = std::function<void(const PullResponse& head)>;
    PullResponse read(std::string& body, const HeadSeen& onHead = {})
    {
        return read(body, onHead, false);
    }

private:
    PullResponse read(std::string& body, const HeadSeen& onHead, bool rewritten);
    struct Impl;
    std::unique_ptr<Impl> m_impl; // the parser's buffers, reused page after page
};

} // namespace vitalis::protocol
