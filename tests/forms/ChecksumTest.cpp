// National ID check digits and the "did you mean" matcher.
#include "forms/Checksum.h"

#include "forms/PatternGuard.h"
#include "forms/Suggest.h"

#include <gtest/gtest.h>

using namespace vitalis::forms;

TEST(Checksum, Luhn)
{
    EXPECT_TRUE(luhnValid("79927398713"));
    EXPECT_FALSE(luhnValid("79927398710"));
    EXPECT_TRUE(
        checksumValid(ChecksumAlgorithm::Luhn, "4539 1488 0343 6467")); // separators ignored
    EXPECT_FALSE(checksumValid(ChecksumAlgorithm::Luhn, "4539 1488 0343 6468"));
    EXPECT_FALSE(checksumValid(ChecksumAlgorithm::Luhn, "abc"));
}

TEST(Checksum, Mod11)
{
    // 1234567 -> weights 2..7 from the right: 7*2+6*3+5*4+4*5+3*6+2*7+1*2 = 106; 11 - 106%11 = 4
    EXPECT_TRUE(mod11Valid("12345674"));
    EXPECT_FALSE(mod11Valid("12345675"));
    EXPECT_FALSE(mod11Valid("00000190")); // 9*2+1*3 = 21; 11-21%11 = 1 -> valid only with 1
    EXPECT_TRUE(mod11Valid("00000191"));
    // Body 0000006: 6*2 = 12, 11 - 12%11 = 10 -> no digit can be right; such numbers are never
    // issued.
    for (char c = '0'; c <= '9'; ++c)
        EXPECT_FALSE(mod11Valid(std::string("0000006") + c));
    EXPECT_TRUE(mod11Valid("00000000")); // sum 0 -> check 0
}

TEST(Checksum, Verhoeff)
{
    EXPECT_TRUE(verhoeffValid("2363"));
    EXPECT_FALSE(verhoeffValid("2364"));
    EXPECT_TRUE(verhoeffValid("123451"));
    EXPECT_FALSE(verhoeffValid("123415")); // transposition caught
}

TEST(Checksum, NamesRoundTrip)
{
    EXPECT_EQ(checksumFromName("luhn"), ChecksumAlgorithm::Luhn);
    EXPECT_EQ(checksumFromName("mod11"), ChecksumAlgorithm::Mod11);
    EXPECT_EQ(checksumFromName("verhoeff"), ChecksumAlgorithm::Verhoeff);
    EXPECT_FALSE(checksumFromName("lunh"));
}

TEST(Suggest, FindsNearMisspellings)
{
    std::vector<std::string> rules = {"length", "pattern", "range", "notInFuture"};
    EXPECT_EQ(closestMatch("rnage", rules), "range");
    EXPECT_EQ(closestMatch("lenght", rules), "length");
    EXPECT_EQ(closestMatch("Pattern", rules), "pattern");
    EXPECT_EQ(closestMatch("checksum", rules), "");
    EXPECT_EQ(didYouMean("rnage", rules), " — did you mean 'range'?");
    EXPECT_EQ(didYouMean("zzz", rules), "");
    EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
}

TEST(PatternGuard, RefusesCatastrophicPatterns)
{
    std::string problem;
    EXPECT_TRUE(compilePattern("[A-Z0-9]{6,9}", problem)) << problem;
    EXPECT_TRUE(compilePattern("(\\+260|0)[0-9]{9}", problem)) << problem;
    EXPECT_TRUE(compilePattern("[A-Z][0-9]{2}(\\.[0-9]{1,2})?", problem)) << problem;
    EXPECT_FALSE(compilePattern("(a+)+$", problem));
    EXPECT_NE(problem.find("exponential"), std::string::npos);
    EXPECT_FALSE(compilePattern("(a|aa)*b", problem));
    EXPECT_FALSE(compilePattern("(?:[a-z]*)*", problem));
    EXPECT_FALSE(compilePattern("a{99999}", problem));
    EXPECT_FALSE(compilePattern("a*b*c*d*e*", problem));
    EXPECT_FALSE(compilePattern("[a-", problem));
    EXPECT_NE(problem.find("invalid regular expression"), std::string::npos);
    EXPECT_FALSE(compilePattern(std::string(300, 'a'), problem));
}

TEST(PatternGuard, MatchesWholeValueAndCapsInputLength)
{
    std::string problem;
    auto re = compilePattern("[0-9]+", problem);
    ASSERT_TRUE(re);
    EXPECT_TRUE(patternMatches(*re, "12345"));
    EXPECT_FALSE(patternMatches(*re, "12345x"));
    EXPECT_FALSE(patternMatches(*re, std::string(kMaxPatternInput + 1, '1')));
}
