#include "core/TrackingId.h"

#include <gtest/gtest.h>
#include <random>
#include <set>

using namespace vitalis;

namespace
{

// Deterministic randomness so a failure names an ID that reproduces.
class SeededRandom final : public RandomSource
{
public:
    explicit SeededRandom(std::uint32_t seed) : m_rng(seed) {}
    void fill(unsigned char* out, std::size_t size) override
    {
        for (std::size_t i = 0; i < size; ++i)
            out[i] = static_cast<unsigned char>(m_rng());
    }
    std::uint32_t uniform(std::uint32_t upperBound) override
    {
        return std::uniform_int_distribution<std::uint32_t>(0, upperBound - 1)(m_rng);
    }
    std::uint32_t next() { return static_cast<std::uint32_t>(m_rng()); }

private:
    std::mt19937 m_rng;
};

std::vector<std::string> sampleIds()
{
    SeededRandom rng(20261123);
    std::vector<std::string> ids;
    const char events[] = {'B', 'D'};
    for (int i = 0; i < 300; ++i) {
        const auto code = device_code::random(rng);
        ids.push_back(
            tracking_id::make(events[i % 2], code, rng.next() % tracking_id::kSequenceCapacity));
    }
    // Edge cases: first and last sequence of the first and last device code.
    ids.push_back(tracking_id::make('B', "2222", 0));
    ids.push_back(tracking_id::make('D', "ZZZZ", tracking_id::kSequenceCapacity - 1));
    return ids;
}

} // namespace

TEST(TrackingId, AlphabetHasNoAmbiguousSymbols)
{
    EXPECT_EQ(kTrackingAlphabet.size(), 31u);
    for (char c : std::string("01OIL"))
        EXPECT_EQ(kTrackingAlphabet.find(c), std::string_view::npos) << c;
    EXPECT_EQ(std::set<char>(kTrackingAlphabet.begin(), kTrackingAlphabet.end()).size(), 31u);
}

TEST(TrackingId, GeneratedIdsAreShortValidAndReadable)
{
    const auto id = tracking_id::make('B', "7K3M", 12345);
    EXPECT_EQ(id.size(), 10u);
    EXPECT_EQ(id[0], 'B');
    EXPECT_EQ(id.substr(1, 4), "7K3M");
    EXPECT_TRUE(tracking_id::isValid(id));
    const auto shown = tracking_id::display(id);
    EXPECT_EQ(shown.size(), 11u);
    EXPECT_EQ(shown[5], '-');
    // What a person reads back over the phone, in lower case with spaces, is accepted.
    std::string spoken;
    for (char c : shown)
        spoken.push_back(c == '-' ? ' ' : static_cast<char>(std::tolower(c)));
    EXPECT_EQ(tracking_id::parse(spoken).id, id);
}

TEST(TrackingId, CheckSymbolCatchesEverySingleSubstitution)
{
    long tried = 0;
    for (const auto& id : sampleIds()) {
        ASSERT_TRUE(tracking_id::isValid(id)) << id;
        for (std::size_t pos = 0; pos < id.size(); ++pos) {
            for (char replacement : kTrackingAlphabet) {
                if (replacement == id[pos])
                    continue;
                std::string typo = id;
                typo[pos] = replacement;
                EXPECT_FALSE(tracking_id::isValid(typo)) << id << " -> " << typo;
                ++tried;
            }
        }
    }
    EXPECT_EQ(tried, 302L * 10 * 30);
}

TEST(TrackingId, CheckSymbolCatchesEveryAdjacentTransposition)
{
    long tried = 0;
    for (const auto& id : sampleIds()) {
        for (std::size_t pos = 0; pos + 1 < id.size(); ++pos) {
            if (id[pos] == id[pos + 1])
                continue;
            std::string swapped = id;
            std::swap(swapped[pos], swapped[pos + 1]);
            EXPECT_FALSE(tracking_id::isValid(swapped)) << id << " -> " << swapped;
            ++tried;
        }
    }
    EXPECT_GT(tried, 2500);
}

TEST(TrackingId, ExhaustiveOverEveryPairOfSymbolsAtEveryPosition)
{
    // For every position and every ordered pair of distinct symbols (a, b): an ID with a at
    // that position and b after it is caught when b is typed instead of a, and when swapped.
    const std::string base = tracking_id::make('B', "2222", 0);
    for (std::size_t pos = 0; pos + 1 < base.size() - 1; ++pos) {
        for (char a : kTrackingAlphabet) {
            for (char b : kTrackingAlphabet) {
                if (a == b)
                    continue;
                std::string payload = base.substr(0, base.size() - 1);
                payload[pos] = a;
                payload[pos + 1] = b;
                const std::string id = payload + tracking_id::checkSymbol(payload);
                ASSERT_TRUE(tracking_id::isValid(id));
                std::string swapped = id;
                std::swap(swapped[pos], swapped[pos + 1]);
                ASSERT_FALSE(tracking_id::isValid(swapped)) << id;
                std::string typo = id;
                typo[pos] = b;
                ASSERT_FALSE(tracking_id::isValid(typo)) << id;
            }
        }
    }
}

TEST(TrackingId, ParseNamesTheBadCharacterAndItsPosition)
{
    const auto r = tracking_id::parse("B7K3M-9XQ0P");
    EXPECT_FALSE(r.id.has_value());
    EXPECT_NE(r.error.find("'0' at position 10"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("never contain 0, O, 1, I or L"), std::string::npos) << r.error;
    EXPECT_NE(tracking_id::parse("B7K3M").error.find("not 5"), std::string::npos);
    EXPECT_NE(tracking_id::parse("B7K3M$9XQ4P").error.find("'$' at position 6"), std::string::npos);
}

TEST(TrackingId, IdsFromDifferentDevicesOrSequencesNeverCollide)
{
    std::set<std::string> seen;
    for (const char* code : {"2222", "2223", "7K3M", "ZZZZ"})
        for (std::uint32_t seq = 0; seq < 3000; ++seq)
            EXPECT_TRUE(seen.insert(tracking_id::make('B', code, seq)).second);
    EXPECT_EQ(seen.size(), 12000u);
}

TEST(TrackingId, ExhaustedDeviceCodeAndBadInputsAreRefused)
{
    EXPECT_NO_THROW(tracking_id::make('B', "7K3M", tracking_id::kSequenceCapacity - 1));
    EXPECT_THROW(tracking_id::make('B', "7K3M", tracking_id::kSequenceCapacity),
                 TrackingIdExhausted);
    EXPECT_THROW(tracking_id::make('B', "7K0M", 1), std::invalid_argument);
    EXPECT_THROW(tracking_id::make('I', "7K3M", 1), std::invalid_argument);
    EXPECT_EQ(tracking_id::eventSymbol("birth"), 'B');
    EXPECT_EQ(tracking_id::eventSymbol("death"), 'D');
    EXPECT_EQ(tracking_id::eventSymbol("marriage"), 'M');
    EXPECT_EQ(tracking_id::eventSymbol("orphan"), 'E');
    // A country's map wins over the built-in letters; a symbol outside the alphabet is refused.
    const tracking_id::EventSymbols configured{{"death", 'X'}, {"adoption", 'p'}};
    EXPECT_EQ(tracking_id::eventSymbol("death", configured), 'X');
    EXPECT_EQ(tracking_id::eventSymbol("adoption", configured), 'P');
    EXPECT_EQ(tracking_id::eventSymbol("birth", configured), 'B');
    EXPECT_THROW(tracking_id::eventSymbol("x", {{"x", 'O'}}), std::invalid_argument);
}

TEST(DeviceCode, ServerNumbersMapOneToOne)
{
    EXPECT_EQ(device_code::fromNumber(0), "2222");
    EXPECT_EQ(device_code::fromNumber(tracking_id::kSequenceCapacity - 1), "ZZZZ");
    std::set<std::string> codes;
    for (std::uint32_t n = 0; n < 5000; ++n) {
        const auto c = device_code::fromNumber(n * 97);
        EXPECT_TRUE(device_code::isValid(c));
        codes.insert(c);
    }
    EXPECT_EQ(codes.size(), 5000u);
    EXPECT_THROW(device_code::fromNumber(tracking_id::kSequenceCapacity), std::out_of_range);
    EXPECT_TRUE(device_code::isValid(device_code::random()));
    // Injected randomness decides the code: the same seed gives the same code.
    SeededRandom a(7), b(7);
    EXPECT_EQ(device_code::random(a), device_code::random(b));
    struct Highest final : RandomSource {
        void fill(unsigned char*, std::size_t) override {}
        std::uint32_t uniform(std::uint32_t bound) override { return bound - 1; }
    } highest;
    EXPECT_EQ(device_code::random(highest), "ZZZZ");
    EXPECT_FALSE(device_code::isValid("7k3m"));
}
