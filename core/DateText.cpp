#include "core/DateText.h"

#include "core/TextFold.h"

#include <array>
#include <cstdio>
#include <set>
#include <vector>

namespace vitalis
{
namespace
{

using namespace std::chrono;

using MonthNames = std::array<std::string_view, 12>;
constexpr MonthNames kEnglish = {"January",   "February", "March",    "April",
                                 "May",       "June",     "July",     "August",
                                 "September", "October",  "November", "December"};
constexpr MonthNames kFrench = {"janvier",   "février", "mars",     "avril",
                                "mai",       "juin",    "juillet",  "août",
                                "septembre", "octobre", "novembre", "décembre"};
constexpr MonthNames kArabic = {"يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
                                "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

const MonthNames& monthNames(std::string_view language)
{
    if (language == "fr")
        return kFrench;
    if (language == "ar")
        return kArabic;
    return kEnglish;
}

struct Token {
    bool number = false;
    std::string text;
};

// Separators besides ASCII punctuation and spaces: Arabic comma, Arabic letter mark, LRM, RLM.
constexpr std::string_view kWideSeparators[] = {"\xD8\x8C", "\xD8\x9C", "\xE2\x80\x8E",
                                                "\xE2\x80\x8F", "\xC2\xA0"};

std::vector<Token> tokenize(const std::string& text)
{
    std::vector<Token> out;
    bool open = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t skip = 0;
        for (auto sep : kWideSeparators)
            if (text.compare(i, sep.size(), sep) == 0)
                skip = sep.size();
        const auto c = static_cast<unsigned char>(text[i]);
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (skip || (!digit && !letter)) {
            open = false;
            i += skip ? skip : 1;
            continue;
        }
        if (!open || out.back().number != digit)
            out.push_back({digit, {}});
        open = true;
        out.back().text += text[i++];
    }
    return out;
}

// The month a word names in any language (full name or its first 3+ letters); 0 when none or
// when the letters fit two months ("jui": juin, juillet).
unsigned monthFromWord(const std::string& word)
{
    const std::string folded = foldForSearch(word);
    if (folded.size() < 3)
        return 0;
    std::set<unsigned> found;
    for (const auto* names : {&kEnglish, &kFrench, &kArabic})
        for (unsigned m = 0; m < 12; ++m)
            if (foldForSearch((*names)[m]).starts_with(folded))
                found.insert(m + 1);
    return found.size() == 1 ? *found.begin() : 0;
}

DateParse make(int y, unsigned m, unsigned d)
{
    const year_month_day date{year{y}, month{m}, day{d}};
    if (!date.ok() || y < 1000)
        return {std::nullopt, DateProblem::NoSuchDay};
    return {date, DateProblem::None};
}

DateParse allNumbers(const std::vector<Token>& t)
{
    auto num = [&](int i) { return std::stoi(t[static_cast<std::size_t>(i)].text); };
    auto len = [&](int i) { return t[static_cast<std::size_t>(i)].text.size(); };
    if (len(0) == 4 && len(1) <= 2 && len(2) <= 2)
        return make(num(0), static_cast<unsigned>(num(1)), static_cast<unsigned>(num(2)));
    if (len(0) > 2 || len(1) > 2)
        return {std::nullopt, DateProblem::Unreadable};
    if (len(2) != 4)
        return {std::nullopt, len(2) <= 2 ? DateProblem::TwoDigitYear : DateProblem::Unreadable};
    const int a = num(0), b = num(1), y = num(2);
    const auto ua = static_cast<unsigned>(a), ub = static_cast<unsigned>(b);
    if (a == b || b > 12)
        return make(y, ua, ub); // month first, or both the same
    if (a > 12)
        return make(y, ub, ua);
    DateParse p{std::nullopt, DateProblem::Ambiguous};
    p.dayFirst = year_month_day{year{y}, month{ub}, day{ua}};
    p.monthFirst = year_month_day{year{y}, month{ua}, day{ub}};
    return p;
}

DateParse withMonthWord(const std::vector<Token>& t)
{
    std::vector<std::string> numbers;
    unsigned m = 0;
    for (const auto& tok : t) {
        if (tok.number)
            numbers.push_back(tok.text);
        else if (m != 0 || (m = monthFromWord(tok.text)) == 0)
            return {std::nullopt, DateProblem::Unreadable};
    }
    if (numbers.size() != 2)
        return {std::nullopt, DateProblem::Unreadable};
    if (numbers[0].size() == 4 && numbers[1].size() <= 2)
        std::swap(numbers[0], numbers[1]); // "2026 November 3"
    if (numbers[0].size() > 2)
        return {std::nullopt, DateProblem::Unreadable};
    if (numbers[1].size() != 4)
        return {std::nullopt,
                numbers[1].size() <= 2 ? DateProblem::TwoDigitYear : DateProblem::Unreadable};
    return make(std::stoi(numbers[1]), m, static_cast<unsigned>(std::stoi(numbers[0])));
}

std::string twoDigits(int n)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

} // namespace

std::string latinDigits(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(utf8[i]);
        if ((b0 == 0xD9 || b0 == 0xDB) && i + 1 < utf8.size()) {
            const auto b1 = static_cast<unsigned char>(utf8[i + 1]);
            // U+0660..0669 is D9 A0..A9; U+06F0..06F9 is DB B0..B9.
            if ((b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) ||
                (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9)) {
                out += static_cast<char>('0' + (b1 & 0x0F));
                ++i;
                continue;
            }
        }
        out += utf8[i];
    }
    return out;
}

DateParse parseDate(std::string_view text)
{
    const auto tokens = tokenize(latinDigits(text));
    if (tokens.empty())
        return {std::nullopt, DateProblem::Empty};
    if (tokens.size() != 3)
        return {std::nullopt, DateProblem::Unreadable};
    for (const auto& t : tokens)
        if (t.number && t.text.size() > 4)
            return {std::nullopt, DateProblem::Unreadable};
    const bool numeric = tokens[0].number && tokens[1].number && tokens[2].number;
    return numeric ? allNumbers(tokens) : withMonthWord(tokens);
}

std::string formatDate(year_month_day date, std::string_view language)
{
    const auto& names = monthNames(language);
    return std::to_string(static_cast<unsigned>(date.day())) + " " +
           std::string(names[static_cast<unsigned>(date.month()) - 1]) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string formatDateTime(year_month_day date, int hour, int minute, std::string_view language)
{
    const char* comma = language == "ar" ? "\xD8\x8C " : ", ";
    return formatDate(date, language) + comma + twoDigits(hour) + ":" + twoDigits(minute);
}

std::string isoDate(year_month_day date)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

std::optional<year_month_day> fromIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    for (std::size_t i = 0, part = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        parts[part] = parts[part] * 10 + (text[i] - '0');
    }
    const year_month_day date{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                              day{static_cast<unsigned>(parts[2])}};
    if (parts[0] < 1000 || !date.ok())
        return std::nullopt;
    return date;
}

std::string displayStoredDate(std::string_view stored, std::string_view language)
{
    if (auto date = fromIsoDate(stored))
        return formatDate(*date, language);
    return std::string(stored);
}

} // namespace vitalis
