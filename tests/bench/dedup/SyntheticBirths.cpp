#include "SyntheticBirths.h"

#include "core/DateText.h"

#include <array>
#include <chrono>

namespace vitalis::dedup::bench
{
using nlohmann::json;
namespace
{
// Names for the demo country (Latin script), some of Arabic origin with their spellings.
const std::vector<std::string> kGirls = {
    "Amina",  "Esther",  "Grace",  "Mercy",    "Chikondi", "Tiyamike", "Memory",    "Precious",
    "Agnes",  "Ruth",    "Mary",   "Joyce",    "Martha",   "Dorothy",  "Tamanda",   "Chisomo",
    "Towela", "Zione",   "Faith",  "Patience", "Alinafe",  "Takondwa", "Fatima",    "Aisha",
    "Zainab", "Khadija", "Mariam", "Loveness", "Tionge",   "Thandiwe", "Chimwemwe", "Eliza"};
const std::vector<std::string> kBoys = {
    "John",     "Joseph",   "Peter",   "James",     "Mphatso",   "Blessings", "Gift",    "Kondwani",
    "Yamikani", "Limbani",  "Dalitso", "Chifundo",  "Wongani",   "Mohammed",  "Ibrahim", "Yusuf",
    "Hassan",   "Hussein",  "Omar",    "Abdallah",  "Francis",   "Charles",   "Patrick", "Emmanuel",
    "Felix",    "Innocent", "Lusungu", "Madalitso", "Thokozani", "Vincent",   "Steven",  "Daniel"};
const std::vector<std::string> kFamilies = {
    "Banda",   "Phiri",    "Mwale",   "Tembo",    "Chirwa",     "Nyirenda", "Kumwenda", "Mbewe",
    "Zulu",    "Gondwe",   "Msiska",  "Kamanga",  "Mvula",      "Jere",     "Lungu",    "Chavula",
    "Kachale", "Mhango",   "Kaunda",  "Ngwira",   "Mkandawire", "Chisale",  "Moyo",     "Nkhoma",
    "Sakala",  "Chimwala", "Kalua",   "Munthali", "Nyasulu",    "Kapito",   "Mussa",    "Bakari",
    "Juma",    "Saidi",    "Chikafa", "Makwinja", "Chimombo",   "Kalinde",  "Mlenga",   "Chiumia"};
// Arabic script, for the share of declarations written that way.
const std::vector<std::string> kGirlsAr = {"فاطمة", "عائشة", "زينب",  "خديجة",
                                           "مريم",  "آمنة",  "حليمة", "سلمى"};
const std::vector<std::string> kBoysAr = {"محمد", "إبراهيم", "يوسف", "حسن",  "حسين",
                                          "عمر",  "عبدالله", "علي",  "سعيد", "خالد"};
const std::vector<std::string> kFamiliesAr = {"بكري",  "جمعة", "سعيد", "موسى",   "عيسى", "إدريس",
                                              "عثمان", "حامد", "صالح", "الأمين", "نور",  "كريم"};
const std::vector<std::vector<std::string>> kVariants = {
    {"Mohammed", "Muhammad", "Mohamed", "Mohamad"},
    {"Fatima", "Fatuma", "Fatimah"},
    {"Ibrahim", "Ebrahim", "Ibraheem"},
    {"Yusuf", "Yusuph", "Yousuf"},
    {"Aisha", "Aishah", "Ayesha"},
    {"Hassan", "Hasan"},
    {"Hussein", "Husein", "Hussain"},
    {"Omar", "Umar"},
    {"Khadija", "Khadijah", "Hadija"},
    {"Zainab", "Zeinab", "Zaynab"},
    {"Amina", "Aminah"},
    {"Abdallah", "Abdullah"},
    {"Mariam", "Maryam"}};

constexpr double kCommonFamily = 0.33;
constexpr double kCommonGiven = 0.10;

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1) {}
    std::uint64_t next()
    { // splitmix64: fixed output on every platform, unlike std distributions
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(double p) { return (next() >> 11) * (1.0 / 9007199254740992.0) < p; }
    // Common names are common: a share of picks come from the first four of the list (family
    // names: a third, like Banda and Phiri; given names are more varied: a tenth).
    const std::string& name(const std::vector<std::string>& list, double common)
    {
        return chance(common) ? list[below(4)] : list[below(static_cast<int>(list.size()))];
    }

private:
    std::uint64_t state_;
};

std::string dateFromDays(long days)
{
    return isoDate(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}});
}

long daysOf(const json& date)
{
    auto d = fromIsoDate(date.get<std::string>());
    return std::chrono::sys_days(*d).time_since_epoch().count();
}

bool isArabic(const std::string& s)
{
    return !s.empty() && static_cast<unsigned char>(s[0]) >= 0xD8;
}

// A one-letter slip in a Latin name (Arabic names get a dropped letter instead).
std::string typo(Rng& rng, std::string s)
{
    if (s.size() < 4)
        return s;
    if (isArabic(s)) {
        std::size_t i =
            2 * static_cast<std::size_t>(1 + rng.below(static_cast<int>(s.size() / 2) - 1));
        return i + 2 <= s.size() ? s.erase(i, 2) : s;
    }
    const std::size_t i = 1 + static_cast<std::size_t>(rng.below(static_cast<int>(s.size()) - 1));
    switch (rng.below(4)) {
    case 0:
        s[i] = static_cast<char>('a' + rng.below(26));
        break;
    case 1:
        s.erase(i, 1);
        break;
    case 2:
        s.insert(i, 1, static_cast<char>('a' + rng.below(26)));
        break;
    default:
        if (i + 1 < s.size())
            std::swap(s[i], s[i + 1]); // transposition
    }
    return s;
}
} // namespace

namespace
{
struct Mother {
    json name;
    std::string birthDate;
    std::string nationalId;
    bool arabic = false;
};

Mother makeMother(Rng& rng, int index, long childDays)
{
    Mother m;
    m.arabic = rng.chance(0.12);
    const auto& firsts = m.arabic ? kGirlsAr : kGirls;
    const auto& families = m.arabic ? kFamiliesAr : kFamilies;
    m.name = {{"first", rng.name(firsts, kCommonGiven)},
              {"family", rng.name(families, kCommonFamily)}};
    m.birthDate = dateFromDays(childDays - 365L * (17 + rng.below(26)) - rng.below(365));
    if (rng.chance(0.6))
        m.nationalId = "MW" + std::to_string(10000000 + index);
    return m;
}

json makeChild(Rng& rng, const Mother& m, long days)
{
    const bool girl = rng.chance(0.5);
    const auto& firsts = m.arabic ? (girl ? kGirlsAr : kBoysAr) : (girl ? kGirls : kBoys);
    json name = {{"first", rng.name(firsts, kCommonGiven)}, {"family", m.name["family"]}};
    if (rng.chance(0.3))
        name["middle"] = rng.name(firsts, kCommonGiven);
    json f = {{"child_name", name},
              {"child_sex", girl ? "female" : "male"},
              {"child_birth_date", dateFromDays(days)},
              {"mother_name", m.name},
              {"mother_birth_date", m.birthDate}};
    if (!m.nationalId.empty())
        f["mother_national_id"] = m.nationalId;
    return f;
}

void swapVariant(Rng& rng, json& name)
{
    std::string first = name["first"].get<std::string>();
    for (const auto& group : kVariants)
        for (const auto& v : group)
            if (v == first) {
                name["first"] =
                    group[static_cast<std::size_t>(rng.below(static_cast<int>(group.size())))];
                return;
            }
    name["first"] = typo(rng, first);
}

// One of the slips a clerk makes when the same birth is declared a second time.
void clerkError(Rng& rng, json& f)
{
    json& child = f["child_name"];
    switch (rng.below(9)) {
    case 0:
        child["first"] = typo(rng, child["first"].get<std::string>());
        break;
    case 1:
        child["family"] = typo(rng, child["family"].get<std::string>());
        break;
    case 2:
        if (child.contains("middle"))
            child.erase("middle");
        else
            child["first"] = typo(rng, child["first"].get<std::string>());
        break;
    case 3:
        std::swap(child["first"], child["family"]);
        break;
    case 4:
        swapVariant(rng, child);
        break;
    case 5:
        f["child_birth_date"] = dateFromDays(daysOf(f["child_birth_date"]) + 1 + rng.below(3));
        break;
    case 6: { // day and month swapped (only where both readings are real dates)
        auto d = *fromIsoDate(f["child_birth_date"].get<std::string>());
        const unsigned day = static_cast<unsigned>(d.day()),
                       month = static_cast<unsigned>(d.month());
        if (day <= 12 && day != month)
            f["child_birth_date"] =
                isoDate(d.year() / std::chrono::month{day} / std::chrono::day{month});
        else
            f["child_birth_date"] = dateFromDays(daysOf(f["child_birth_date"]) - 2);
        break;
    }
    case 7:
        f["mother_name"]["family"] = typo(rng, f["mother_name"]["family"].get<std::string>());
        break;
    default:
        f.erase("mother_national_id");
        f["mother_birth_date"] = dateFromDays(daysOf(f["mother_birth_date"]) + rng.below(60) - 30);
    }
}
} // namespace

std::vector<LabelledRecord> generateBirths(const GeneratorOptions& options)
{
    Rng rng(options.seed);
    const int duplicates = static_cast<int>(options.records * options.duplicates);
    const int originals = options.records - duplicates;
    const long start =
        std::chrono::sys_days(std::chrono::year{2024} / 1 / 1).time_since_epoch().count();
    std::vector<LabelledRecord> out;
    std::vector<Mother> mothers;
    std::vector<long> lastBirth;
    out.reserve(static_cast<std::size_t>(options.records));
    int entity = 0;
    while (static_cast<int>(out.size()) < originals) {
        long days = start + rng.below(3 * 365);
        std::string kind = "original";
        std::size_t m = mothers.size();
        if (!mothers.empty() && rng.chance(0.08)) { // a sibling: same mother, a later birth
            m = static_cast<std::size_t>(rng.below(static_cast<int>(mothers.size())));
            days = lastBirth[m] + 300 + rng.below(900);
            kind = "sibling";
        } else {
            mothers.push_back(makeMother(rng, static_cast<int>(m), days));
            lastBirth.push_back(days);
        }
        lastBirth[m] = days;
        out.push_back({makeChild(rng, mothers[m], days), entity++, kind});
        if (rng.chance(0.02) && static_cast<int>(out.size()) < originals) { // twins
            json twin = makeChild(rng, mothers[m], days);
            for (int tries = 0; tries < 20 && twin["child_name"]["first"] ==
                                                  out.back().fields["child_name"]["first"];
                 ++tries) // parents give twins different names
                twin = makeChild(rng, mothers[m], days);
            out.push_back({twin, entity++, "twin"});
        }
    }
    for (int i = 0; i < duplicates; ++i) {
        const auto& original = out[static_cast<std::size_t>(rng.below(originals))];
        LabelledRecord dup{original.fields, original.entity, "duplicate"};
        const int errors = 1 + rng.below(2);
        for (int e = 0; e < errors; ++e)
            clerkError(rng, dup.fields);
        out.push_back(std::move(dup));
    }
    return out;
}

} // namespace vitalis::dedup::bench
