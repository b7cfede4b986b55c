#include "forms/Checksum.h"

namespace vitalis::forms
{

namespace
{
std::string onlyDigits(std::string_view text)
{
    std::string d;
    for (char c : text)
        if (c >= '0' && c <= '9')
            d += c;
    return d;
}
} // namespace

std::optional<ChecksumAlgorithm> checksumFromName(std::string_view name)
{
    if (name == "none")
        return ChecksumAlgorithm::None;
    if (name == "luhn")
        return ChecksumAlgorithm::Luhn;
    if (name == "mod11")
        return ChecksumAlgorithm::Mod11;
    if (name == "verhoeff")
        return ChecksumAlgorithm::Verhoeff;
    return std::nullopt;
}

const std::vector<std::string>& checksumNames()
{
    static const std::vector<std::string> names = {"none", "luhn", "mod11", "verhoeff"};
    return names;
}

bool luhnValid(std::string_view digits)
{
    if (digits.size() < 2)
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool mod11Valid(std::string_view digits)
{
    if (digits.size() < 2)
        return false;
    int sum = 0, weight = 2;
    for (std::size_t i = digits.size() - 1; i-- > 0;) {
        sum += (digits[i] - '0') * weight;
        weight = weight == 7 ? 2 : weight + 1;
    }
    int check = (11 - sum % 11) % 11;
    return check != 10 && check == digits.back() - '0';
}

bool verhoeffValid(std::string_view digits)
{
    static const int d[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                                  {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                                  {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                                  {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                                  {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    static const int p[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                                 {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                                 {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                                 {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    if (digits.size() < 2)
        return false;
    int c = 0, i = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it, ++i)
        c = d[c][p[i % 8][*it - '0']];
    return c == 0;
}

bool checksumValid(ChecksumAlgorithm algorithm, std::string_view text)
{
    std::string digits = onlyDigits(text);
    if (digits.empty())
        return false;
    switch (algorithm) {
    case ChecksumAlgorithm::None:
        return true;
    case ChecksumAlgorithm::Luhn:
        return luhnValid(digits);
    case ChecksumAlgorithm::Mod11:
        return mod11Valid(digits);
    case ChecksumAlgorithm::Verhoeff:
        return verhoeffValid(digits);
    }
    return false;
}

} // namespace vitalis::forms
