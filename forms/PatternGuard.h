// Regular expressions from form definitions, made safe to run on every keystroke: patterns that
// could backtrack catastrophically are refused at load and inputs are length-capped.
#pragma once

#include <memory>
#include <optional>
#include <regex>
#include <string>

namespace vitalis::forms
{

inline constexpr std::size_t kMaxPatternLength = 256;
inline constexpr std::size_t kMaxPatternInput = 256; // longer values fail pattern rules

// Compiles an ECMAScript pattern, or explains why it is refused in `problem`.
std::shared_ptr<const std::regex> compilePattern(const std::string& pattern, std::string& problem);
// Whole-value match; false for inputs over kMaxPatternInput.
bool patternMatches(const std::regex& regex, const std::string& value);

} // namespace vitalis::forms
