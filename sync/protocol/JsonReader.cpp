#include "sync/protocol/JsonReader.h"

#include "core/JsonPointer.h"
#include "sync/protocol/DomToJson.h"

#include <simdjson.h>

namespace vitalis::protocol
{

using nlohmann::json;

json parseJsonText(std::string_view body, int maxDepth)
{
    if (body.empty())
        throw DecodeError("", "request body is empty; a JSON object is expected",
                          ErrorCode::InvalidJson);
    // nlohmann stops at a NUL byte as if the text ended there, so "{...}\0junk" would be read
    // as valid; JSON never holds a raw NUL, and the pull page reader (simdjson) refuses it too.
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        throw DecodeError("",
                          "malformed JSON at byte " + std::to_string(nul + 1) +
                              ": a NUL byte is not allowed in JSON text",
                          ErrorCode::InvalidJson);
    // The callback sees every nesting level before the value is built, so a hostile
    // "[[[[..." is refused at depth maxDepth instead of being materialised.
    json::parser_callback_t limitDepth = [maxDepth](int depth, json::parse_event_t event, json&) {
        if ((event == json::parse_event_t::object_start ||
             event == json::parse_event_t::array_start) &&
            depth >= maxDepth)
            throw DecodeError("", "JSON nested deeper than " + std::to_string(maxDepth) + " levels",
                              ErrorCode::InvalidJson);
        return true;
    };
    try {
        return json::parse(body.begin(), body.end(), limitDepth);
    } catch (const json::parse_error& e) {
        throw DecodeError("", "malformed JSON at byte " + std::to_string(e.byte) + ": " + e.what(),
                          ErrorCode::InvalidJson);
    } catch (const json::exception& e) {
        throw DecodeError("", std::string("malformed JSON: ") + e.what(), ErrorCode::InvalidJson);
    }
}

json parseJsonBody(std::string_view body, int maxDepth)
{
    // simdjson reads the text several times faster than nlohmann's parser (which was a tenth of
    // the server's push CPU); anything it refuses, or nests too deep, goes to nlohmann's parser,
    // which has the last word and names the byte (the fuzz target checks they agree).
    simdjson::dom::parser parser(body.size() + 64);
    simdjson::dom::element root;
    if (!body.empty() && body.find('\0') == std::string_view::npos &&
        !parser.parse(body.data(), body.size(), true).get(root))
        if (auto value = domToJson(root, maxDepth))
            return std::move(*value);
    return parseJsonText(body, maxDepth);
}

std::string childPath(const std::string& path, std::string_view key)
{
    return path + jsonPointerSegment(key);
}

std::string childPath(const std::string& path, std::size_t index)
{
    return path + '/' + std::to_string(index);
}

std::string_view jsonTypeName(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "integer";
    case json::value_t::number_float:
        return "number";
    case json::value_t::string:
        return "string";
    case json::value_t::array:
        return "array";
    case json::value_t::object:
        return "object";
    default:
        return "unsupported value";
    }
}

namespace
{
[[noreturn]] void wrongType(const std::string& path, std::string_view expected, const json& v)
{
    throw DecodeError(path, "expected " + std::string(expected) + ", got " +
                                std::string(jsonTypeName(v)));
}
} // namespace

std::string readString(const json& value, const std::string& path, StringRule rule)
{
    if (!value.is_string())
        wrongType(path, "a string", value);
    const auto& s = value.get_ref<const std::string&>();
    if (s.size() < rule.minLength)
        throw DecodeError(path, rule.minLength == 1
                                    ? std::string("must not be empty")
                                    : "must be at least " + std::to_string(rule.minLength) +
                                          " characters");
    if (s.size() > rule.maxLength)
        throw DecodeError(path, "longer than " + std::to_string(rule.maxLength) + " bytes");
    return s;
}

std::int64_t readInt(const json& value, const std::string& path, std::int64_t min, std::int64_t max)
{
    std::int64_t v = 0;
    if (value.is_number_integer()) {
        if (value.is_number_unsigned() &&
            value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
            throw DecodeError(path, "integer out of range");
        v = value.get<std::int64_t>();
    } else {
        wrongType(path, "an integer", value);
    }
    if (v < min || v > max)
        throw DecodeError(path, "must be between " + std::to_string(min) + " and " +
                                    std::to_string(max) + ", got " + std::to_string(v));
    return v;
}

ObjectReader::ObjectReader(const json& value, std::string path)
    : value_(value), path_(std::move(path))
{
    if (!value_.is_object())
        wrongType(path_.empty() ? std::string() : path_, "an object", value_);
}

bool ObjectReader::has(std::string_view key) const
{
    auto it = value_.find(key);
    return it != value_.end() && !it->is_null();
}

const json& ObjectReader::require(std::string_view key)
{
    seen_.emplace(key);
    auto it = value_.find(key);
    if (it == value_.end() || it->is_null())
        throw DecodeError(pathOf(key), "required member is missing");
    return *it;
}

const json* ObjectReader::optional(std::string_view key)
{
    seen_.emplace(key);
    auto it = value_.find(key);
    if (it == value_.end() || it->is_null())
        return nullptr;
    return &*it;
}

std::string ObjectReader::requireString(std::string_view key, StringRule rule)
{
    return readString(require(key), pathOf(key), rule);
}

std::optional<std::string> ObjectReader::optionalString(std::string_view key, StringRule rule)
{
    if (const json* v = optional(key))
        return readString(*v, pathOf(key), rule);
    return std::nullopt;
}

std::int64_t ObjectReader::requireInt(std::string_view key, std::int64_t min, std::int64_t max)
{
    return readInt(require(key), pathOf(key), min, max);
}

std::optional<std::int64_t> ObjectReader::optionalInt(std::string_view key, std::int64_t min,
                                                      std::int64_t max)
{
    if (const json* v = optional(key))
        return readInt(*v, pathOf(key), min, max);
    return std::nullopt;
}

bool ObjectReader::optionalBool(std::string_view key, bool fallback)
{
    const json* v = optional(key);
    if (!v)
        return fallback;
    if (!v->is_boolean())
        wrongType(pathOf(key), "a boolean", *v);
    return v->get<bool>();
}

const json& ObjectReader::requireObject(std::string_view key)
{
    const json& v = require(key);
    if (!v.is_object())
        wrongType(pathOf(key), "an object", v);
    return v;
}

const json& ObjectReader::requireArray(std::string_view key)
{
    const json& v = require(key);
    if (!v.is_array())
        wrongType(pathOf(key), "an array", v);
    return v;
}

void ObjectReader::finish() const
{
    for (auto it = value_.begin(); it != value_.end(); ++it)
        if (!seen_.contains(it.key()))
            throw DecodeError(childPath(path_, it.key()), "unknown member");
}

} // namespace vitalis::protocol
