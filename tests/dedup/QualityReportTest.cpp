// The quality report is one command and reproducible from its seed: run twice at a small size,
// the figures are identical and precision and recall reach the targets.
#include <array>
#include <cstdio>
#include <gtest/gtest.h>
#include <regex>
#include <string>

namespace
{
std::string run(const std::string& args)
{
    std::string out;
    FILE* pipe = popen((std::string(VITALIS_DEDUP_QUALITY) + " " + args).c_str(), "r");
    std::array<char, 4096> buffer{};
    while (pipe && fgets(buffer.data(), buffer.size(), pipe))
        out += buffer.data();
    EXPECT_EQ(pipe ? pclose(pipe) : -1, 0);
    return out;
}

double figure(const std::string& report, const std::string& set, const std::string& name)
{
    std::smatch m;
    const std::regex re(set + ": .*" + name + " ([0-9.]+)");
    return std::regex_search(report, m, re) ? std::stod(m[1]) : -1;
}
} // namespace

TEST(DedupQualityReport, SameSeedSameFiguresAndTargetsMet)
{
    const std::string args = "--seed 7 --records 6000 --duplicates 0.05 --no-timing";
    const std::string first = run(args);
    const std::string second = run(args);
    EXPECT_EQ(first, second);
    for (const char* set : {"training", "test"}) {
        EXPECT_GE(figure(first, set, "precision"), 0.95) << first;
        EXPECT_GE(figure(first, set, "recall"), 0.95) << first;
    }
    EXPECT_NE(run("--seed 8 --records 6000 --no-timing"), first); // the seed matters
}
