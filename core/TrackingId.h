// Tracking IDs: made offline, read over the phone, checked by a check symbol that catches
// every single-symbol typo and every adjacent transposition. Format: E DDDD SSSS C (10 symbols).
#pragma once

#include "core/RandomSource.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
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

// The device has handed out every sequence number of its code; it needs a new device code.
class TrackingIdExhausted : public std::out_of_range
{
public:
    using std::out_of_range::out_of_range;
};

namespace tracking_id
{

inline constexpr std::size_t kDeviceCodeLength = 4;
inline constexpr std::size_t kSequenceLength = 4;
inline constexpr std::size_t kLength = 1 + kDeviceCodeLength + kSequenceLength + 1;
inline constexpr std::uint32_t kSequenceCapacity = 31u * 31u * 31u * 31u; // per device code

int symbolValue(char c);                    // -1 when not in the alphabet (case-insensitive)
char checkSymbol(std::string_view payload); // payload: symbols before the check symbol

// Builds the ID for `sequence` (0 .. kSequenceCapacity-1) of `deviceCode`. The caller owns the
// per-device counter (the store persists it before use); there is no global state here.
// Throws TrackingIdExhausted when the code is used up, std::invalid_argument on a bad code.
std::string make(char eventSymbol, std::string_view deviceCode, std::uint32_t sequence);

// Accepts lower case, spaces and hyphens; rejects anything else with a message.
TrackingIdParse parse(std::string_view input);
bool isValid(std::string_view input);

// "B7K3M-9XQ4P": two groups of five for reading aloud.
std::string display(std::string_view canonical);

// The symbol that starts IDs of an event type, from the country's map (event type -> symbol)
// when it names the type, else B(irth), D(eath), else the first letter of the name when it is
// in the alphabet, else 'E'. Only informative: uniqueness comes from device code + sequence
// (one counter per device across all events), so two events sharing a letter is harmless.
using EventSymbols = std::map<std::string, char, std::less<>>;
char eventSymbol(std::string_view eventType, const EventSymbols& configured = {});

} // namespace tracking_id

// A device's 4-symbol code: IDs are unique because no two devices share a code and each device
// never reuses a sequence number. Codes are allocated by the server once per device at
// enrolment (first online login), numbered 0, 1, 2, ... through fromNumber, so they never collide.
//
// random() is for a device that must work before it was ever online. Its collision risk is the
// birthday bound over 31^4 = 923,521 codes: with n such devices p = 1 - exp(-n^2 / 1,847,042),
// ~0.5% for 100 devices and ~42% for 1,000. So a random code is provisional: enrolment replaces it,
// and the server must treat a tracking ID clash from a provisional code as a soft error
// (re-issue), never as a merge.
namespace device_code
{
std::string random(RandomSource& random);
std::string random(); // libsodium's CSPRNG
bool isValid(std::string_view code);
std::string fromNumber(std::uint32_t number); // 0 .. 31^4-1, the server's allocation
} // namespace device_code

} // namespace vitalis
