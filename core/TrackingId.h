// Tracking IDs: made offline, read over the phone, checked by a check symbol that catches
// every single-symbol typo and every adjacent transposition. Format: E DDDD SSSS C (10 symbols).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace vitalis
{

// 31 symbols: 2-9 and A-Z without I, L and O (no 0/O or 1/I/L confusion). 31 is prime, which
// is what makes the weighted check symbol catch all single errors and adjacent swaps.
inline constexpr std::string_view kTrackingAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kTrackingBase = 31;

struct TrackingIdParse {
    std::optional<std::string> id; // canonical form (upper case, no separators) when valid
    std::string error;             // what is wrong, naming the character and its position
};

namespace tracking_id
{

inline constexpr std::size_t kDeviceCodeLength = 4;
inline constexpr std::size_t kSequenceLength = 4;
inline constexpr std::size_t kLength = 1 + kDeviceCodeLength + kSequenceLength + 1;
inline constexpr std::uint32_t kSequenceCapacity = 31u * 31u * 31u * 31u; // per device code

int symbolValue(char c);                    // -1 when not in the alphabet (case-insensitive)
char checkSymbol(std::string_view payload); // payload: symbols before the check symbol

// Builds the ID for `sequence` (0 .. kSequenceCapacity-1) of `deviceCode`; throws
// std::out_of_range when the device has used its code up (it must take a new code).
std::string make(char eventSymbol, std::string_view deviceCode, std::uint32_t sequence);

// Accepts lower case, spaces and hyphens; rejects anything else with a message.
TrackingIdParse parse(std::string_view input);
bool isValid(std::string_view input);

// "B7K3M-9XQ4P": two groups of five for reading aloud.
std::string display(std::string_view canonical);

// The symbol that starts IDs of an event type: B(irth), D(eath); other events take the first
// letter of their name when it is in the alphabet, else 'E'.
char eventSymbol(std::string_view eventType);

} // namespace tracking_id

// A device's 4-symbol code. Issued once per device at enrolment (first online login), so IDs
// from different devices never collide; `random` serves standalone devices before enrolment.
namespace device_code
{
using UniformRandom = std::function<std::uint32_t(std::uint32_t upperBound)>;
std::string random(const UniformRandom& uniform = {}); // default: libsodium randombytes_uniform
bool isValid(std::string_view code);
std::string fromNumber(std::uint32_t number); // 0 .. 31^4-1, the server's allocation
} // namespace device_code

} // namespace vitalis
