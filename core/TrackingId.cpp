#include "core/TrackingId.h"

#include <cctype>
#include <stdexcept>

namespace vitalis
{
namespace
{

// Weights 1..10 are distinct and non-zero mod 31, and neighbours differ by one: a substitution
// changes the sum by w*d != 0 and a swap of neighbours by (w_i - w_{i+1})(a - b) != 0 (mod 31).
int weightedSum(std::string_view symbols)
{
    int sum = 0;
    for (std::size_t i = 0; i < symbols.size(); ++i)
        sum += static_cast<int>(i + 1) * tracking_id::symbolValue(symbols[i]);
    return sum % kTrackingBase;
}

std::string encodeFixed(std::uint32_t value, std::size_t length)
{
    std::string out(length, kTrackingAlphabet[0]);
    for (std::size_t i = length; i-- > 0;) {
        out[i] = kTrackingAlphabet[value % kTrackingBase];
        value /= kTrackingBase;
    }
    return out;
}

} // namespace

namespace tracking_id
{

int symbolValue(char c)
{
    const auto upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto pos = kTrackingAlphabet.find(upper);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

char checkSymbol(std::string_view payload)
{
    // Find c with weightedSum(payload) + (n+1)*c == 0 (mod 31), n+1 being the check's weight.
    const int n = static_cast<int>(payload.size());
    const int partial = weightedSum(payload);
    const int weight = (n + 1) % kTrackingBase;
    for (int c = 0; c < kTrackingBase; ++c)
        if ((partial + weight * c) % kTrackingBase == 0)
            return kTrackingAlphabet[static_cast<std::size_t>(c)];
    throw std::logic_error("tracking ID payload too long for a mod-31 check");
}

std::string make(char eventSymbol, std::string_view deviceCode, std::uint32_t sequence)
{
    if (symbolValue(eventSymbol) < 0)
        throw std::invalid_argument(std::string("event symbol '") + eventSymbol +
                                    "' is not in the tracking ID alphabet");
    if (!device_code::isValid(deviceCode))
        throw std::invalid_argument("device code '" + std::string(deviceCode) +
                                    "' is not 4 symbols of the tracking ID alphabet");
    if (sequence >= kSequenceCapacity)
        throw TrackingIdExhausted("device code " + std::string(deviceCode) +
                                  " has no tracking IDs left; the device needs a new code");
    std::string payload(1,
                        static_cast<char>(std::toupper(static_cast<unsigned char>(eventSymbol))));
    payload += deviceCode;
    payload += encodeFixed(sequence, kSequenceLength);
    return payload + checkSymbol(payload);
}

TrackingIdParse parse(std::string_view input)
{
    std::string canonical;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c == '-' || c == ' ')
            continue;
        if (symbolValue(c) < 0) {
            std::string hint;
            if (c == '0' || c == 'o' || c == 'O' || c == '1' || c == 'i' || c == 'I' || c == 'l' ||
                c == 'L')
                hint = " (tracking IDs never contain 0, O, 1, I or L)";
            return {std::nullopt, std::string("character '") + c + "' at position " +
                                      std::to_string(i + 1) + " is not allowed in a tracking ID" +
                                      hint};
        }
        canonical.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    if (canonical.size() != kLength)
        return {std::nullopt, "a tracking ID has " + std::to_string(kLength) + " symbols, not " +
                                  std::to_string(canonical.size())};
    if (weightedSum(canonical) != 0)
        return {std::nullopt,
                "check symbol does not match: a symbol is mistyped or two are swapped"};
    return {canonical, {}};
}

bool isValid(std::string_view input)
{
    return parse(input).id.has_value();
}

std::string display(std::string_view canonical)
{
    if (canonical.size() != kLength)
        return std::string(canonical);
    return std::string(canonical.substr(0, 5)) + "-" + std::string(canonical.substr(5));
}

char eventSymbol(std::string_view eventType, const EventSymbols& configured)
{
    if (auto it = configured.find(eventType); it != configured.end()) {
        if (symbolValue(it->second) < 0)
            throw std::invalid_argument("event symbol '" + std::string(1, it->second) + "' for '" +
                                        std::string(eventType) +
                                        "' is not in the tracking ID alphabet");
        return static_cast<char>(std::toupper(static_cast<unsigned char>(it->second)));
    }
    if (eventType == "birth")
        return 'B';
    if (eventType == "death")
        return 'D';
    if (!eventType.empty() && symbolValue(eventType[0]) >= 0)
        return static_cast<char>(std::toupper(static_cast<unsigned char>(eventType[0])));
    return 'E';
}

} // namespace tracking_id

namespace device_code
{

std::string random(RandomSource& random)
{
    std::string code;
    for (std::size_t i = 0; i < tracking_id::kDeviceCodeLength; ++i)
        code.push_back(kTrackingAlphabet[random.uniform(kTrackingBase) % kTrackingBase]);
    return code;
}

std::string random()
{
    SodiumRandomSource source;
    return random(source);
}

bool isValid(std::string_view code)
{
    if (code.size() != tracking_id::kDeviceCodeLength)
        return false;
    for (char c : code)
        if (tracking_id::symbolValue(c) < 0 || std::islower(static_cast<unsigned char>(c)))
            return false;
    return true;
}

std::string fromNumber(std::uint32_t number)
{
    if (number >= tracking_id::kSequenceCapacity)
        throw std::out_of_range("device number " + std::to_string(number) + " exceeds 31^4");
    return encodeFixed(number, tracking_id::kDeviceCodeLength);
}

} // namespace device_code
} // namespace vitalis
