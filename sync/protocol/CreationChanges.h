// Reads a creation's changes as a device stores them ({field: {"base": null, "value": v}},
// the wire shape) with simdjson, without a DOM: the op then carries the stored text as it is.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace vitalis::protocol
{

class CreationChanges
{
public:
    CreationChanges();
    ~CreationChanges();
    // When `text` is a non-empty object of changes that each have a null base and a value
    // (exactly what FieldChanges::toJson writes for a new record), the array values among
    // them that name an attachment, as {field: [...]}: the only values attachmentRefs reads.
    // Otherwise (another shape, malformed text, a number simdjson cannot hold) nullopt:
    // decode it.
    std::optional<nlohmann::json> arrayValues(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl; // the parser's buffers, reused op after op
};

} // namespace vitalis::protocol
