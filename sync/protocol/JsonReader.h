// Strict JSON reading for protocol messages: bounded parsing, typed member access and
// rejection of unknown members, every error naming the JSON Pointer of what is wrong.
#pragma once

#include "sync/protocol/DecodeError.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace vitalis::protocol
{

// Nesting deeper than this is refused before it can exhaust a stack anywhere downstream.
inline constexpr int kMaxJsonDepth = 32;

// Parses a request body; throws DecodeError(InvalidJson) with the byte offset on failure.
nlohmann::json parseJsonBody(std::string_view body, int maxDepth = kMaxJsonDepth);
// The same with nlohmann's parser alone: what parseJsonBody falls back to for a text it cannot
// read fast, and the reference the fuzz target holds it to.
nlohmann::json parseJsonText(std::string_view body, int maxDepth = kMaxJsonDepth);

// Appends one reference token to a JSON Pointer, escaping '~' and '/'.
std::string childPath(const std::string& path, std::string_view key);
std::string childPath(const std::string& path, std::size_t index);

std::string_view jsonTypeName(const nlohmann::json& value);

struct StringRule {
    std::size_t minLength = 0;
    std::size_t maxLength = 4096;
};

// Reads members of one JSON object. Call finish() last: members never read are unknown
// and rejected, so a typo in a client never passes silently.
class ObjectReader
{
public:
    ObjectReader(const nlohmann::json& value, std::string path);

    bool has(std::string_view key) const;
    const std::string& path() const { return path_; }
    std::string pathOf(std::string_view key) const { return childPath(path_, key); }

    const nlohmann::json& require(std::string_view key);
    const nlohmann::json* optional(std::string_view key); // null members count as absent

    std::string requireString(std::string_view key, StringRule rule = {});
    std::optional<std::string> optionalString(std::string_view key, StringRule rule = {});
    std::int64_t requireInt(std::string_view key, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> optionalInt(std::string_view key, std::int64_t min,
                                            std::int64_t max);
    bool optionalBool(std::string_view key, bool fallback);
    const nlohmann::json& requireObject(std::string_view key);
    const nlohmann::json& requireArray(std::string_view key);

    void finish() const;

private:
    const nlohmann::json& value_;
    std::string path_;
    std::set<std::string, std::less<>> seen_;
};

std::string readString(const nlohmann::json& value, const std::string& path, StringRule rule);
std::int64_t readInt(const nlohmann::json& value, const std::string& path, std::int64_t min,
                     std::int64_t max);

} // namespace vitalis::protocol
