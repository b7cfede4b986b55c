// Check-digit algorithms used by national ID formats (configured per country in the form).
// Each validates a string whose last character is the check digit.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis::forms
{

enum class ChecksumAlgorithm { None, Luhn, Mod11, Verhoeff };

std::optional<ChecksumAlgorithm> checksumFromName(std::string_view name);
const std::vector<std::string>& checksumNames();
// Non-digits are ignored (IDs are often typed with spaces or dashes); no digits at all fails.
bool checksumValid(ChecksumAlgorithm algorithm, std::string_view text);

bool luhnValid(std::string_view digits);
// Weights 2,3,4,... from the right over the body; check = (11 - sum mod 11) mod 11, and a
// result of 10 is invalid (such numbers are never issued), as in many national registries.
bool mod11Valid(std::string_view digits);
bool verhoeffValid(std::string_view digits);

} // namespace vitalis::forms
