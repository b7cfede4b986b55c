#include "sync/protocol/CreationChanges.h"

#include "sync/protocol/AttachmentScan.h"
#include "sync/protocol/DomToJson.h"

#include <simdjson.h>
#include <string>

namespace vitalis::protocol
{

namespace dom = simdjson::dom;

struct CreationChanges::Impl {
    dom::parser parser;
    std::string padded; // the text with simdjson's padding after it
};

CreationChanges::CreationChanges() : m_impl(std::make_unique<Impl>()) {}
CreationChanges::~CreationChanges() = default;

std::optional<nlohmann::json> CreationChanges::arrayValues(std::string_view text)
{
    std::string& buf = m_impl->padded;
    buf.assign(text);
    buf.reserve(buf.size() + simdjson::SIMDJSON_PADDING);
    dom::object changes;
    if (m_impl->parser.parse(buf.data(), buf.size(), false).get(changes) || changes.size() == 0)
        return std::nullopt;
    nlohmann::json arrays = nlohmann::json::object();
    for (dom::key_value_pair field : changes) {
        dom::object change;
        dom::element base, value;
        if (field.value.get(change) || change.size() != 2 || change.at_key("base").get(base) ||
            !base.is_null() || change.at_key("value").get(value) || value.is_null())
            return std::nullopt;
        if (namesAttachment(value)) // a document list without a file is not parsed
            arrays[std::string(field.key)] = *domToJson(value);
    }
    return arrays;
}

} // namespace vitalis::protocol
