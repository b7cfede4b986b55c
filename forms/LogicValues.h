// The values JsonLogic computes with, as JavaScript treats them where jsonlogic.com relies on
// it: numbers and text from any value, loose and strict equality, ordering, data lookups and
// dates (LogicEval's operations are written over these).
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::forms::logic_values
{

double toNumber(const nlohmann::json& v); // Number(v): NaN where JavaScript gives NaN
nlohmann::json numberJson(double d);      // whole numbers as integers, NaN and infinities as null
std::string toText(const nlohmann::json& v);                         // String(v)
bool strictEquals(const nlohmann::json& a, const nlohmann::json& b); // ===
bool looseEquals(const nlohmann::json& a, const nlohmann::json& b);  // ==
int compare(const nlohmann::json& a, const nlohmann::json& b); // -1, 0, 1, or 2 when unordered
// "mother.name" -> {"mother", "name"}; "" -> {""}.
std::vector<std::string> pathSteps(const std::string& path);
// The value at `path` (steps as pathSteps gives them), nullptr when one is missing.
const nlohmann::json* lookup(const nlohmann::json& data, const std::vector<std::string>& path);
bool isMissing(const nlohmann::json& data, const nlohmann::json& key); // for missing, missing_some
std::optional<std::chrono::year_month_day> asDate(const nlohmann::json& v);
// String.prototype.substr over code points; null length: to the end.
nlohmann::json substr(const nlohmann::json& value, const nlohmann::json& startArg,
                      const nlohmann::json* lengthArg);

} // namespace vitalis::forms::logic_values
