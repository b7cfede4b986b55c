#include "sync/protocol/DomToJson.h"

#include <string>

namespace vitalis::protocol
{

namespace dom = simdjson::dom;
using nlohmann::json;

namespace
{
bool convert(dom::element e, json& out, int open, int maxDepth)
{
    switch (e.type()) {
    case dom::element_type::OBJECT: {
        if (open >= maxDepth)
            return false;
        out = json::object();
        // A repeated key keeps its last value, as nlohmann's parser does.
        for (dom::key_value_pair kv : dom::object(e))
            if (!convert(kv.value, out[std::string(kv.key)], open + 1, maxDepth))
                return false;
        return true;
    }
    case dom::element_type::ARRAY: {
        if (open >= maxDepth)
            return false;
        out = json::array();
        for (dom::element item : dom::array(e))
            if (!convert(item, out.emplace_back(), open + 1, maxDepth))
                return false;
        return true;
    }
    case dom::element_type::INT64: {
        const std::int64_t v = std::int64_t(e);
        out = v < 0 ? json(v) : json(static_cast<std::uint64_t>(v));
        return true;
    }
    case dom::element_type::UINT64:
        out = std::uint64_t(e);
        return true;
    case dom::element_type::DOUBLE:
        out = double(e);
        return true;
    case dom::element_type::STRING:
        out = std::string(std::string_view(e));
        return true;
    case dom::element_type::BOOL:
        out = bool(e);
        return true;
    case dom::element_type::NULL_VALUE:
        out = nullptr;
        return true;
    }
    return false;
}
} // namespace

std::optional<json> domToJson(dom::element value, int maxDepth)
{
    json out;
    if (!convert(value, out, 0, maxDepth))
        return std::nullopt;
    return out;
}

} // namespace vitalis::protocol
