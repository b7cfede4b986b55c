// vitalis-dedup check, run as the rule author runs it: each broken file is named with the
// JSON path of the problem, the shipped files pass, nothing crashes.
#include <array>
#include <cstdio>
#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <sys/wait.h>

namespace
{
struct ToolRun {
    int status = -1;
    std::string output; // stdout and stderr
};

ToolRun run(const std::string& args)
{
    const std::string command = std::string(VITALIS_DEDUP_TOOL) + " " + args + " 2>&1";
    ToolRun r;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    while (pipe && fgets(buffer.data(), buffer.size(), pipe))
        r.output += buffer.data();
    const int raw = pipe ? pclose(pipe) : -1;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return r;
}

const std::string kSource = VITALIS_SOURCE_DIR;
const std::string kBirthForm = kSource + "/forms/definitions/birth.json";

std::string broken(const std::string& name)
{
    return kSource + "/tests/dedup/broken/" + name + ".json";
}
} // namespace

TEST(DedupCheckTool, ShippedRulesPassAgainstTheirForms)
{
    const ToolRun r = run("check " + kSource + "/forms/definitions/dedup/birth.json " + kSource +
                          "/forms/definitions/dedup/death.json");
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("birth.json: ok (event 'birth'"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("death.json: ok (event 'death'"), std::string::npos) << r.output;
}

struct BrokenCase {
    const char* file;
    const char* where;   // "file: /json/path: " prefix expected
    const char* message; // part of the message
};

// Names the case in test listings (instead of the struct's bytes).
void PrintTo(const BrokenCase& c, std::ostream* os)
{
    *os << c.file;
}

class DedupCheckBroken : public testing::TestWithParam<BrokenCase>
{
};

TEST_P(DedupCheckBroken, NamesFilePathAndProblem)
{
    const auto& c = GetParam();
    const ToolRun r = run("check --form " + kBirthForm + " " + broken(c.file));
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_NE(r.output.find(broken(c.file) + ": " + c.where), std::string::npos) << r.output;
    EXPECT_NE(r.output.find(c.message), std::string::npos) << r.output;
}

INSTANTIATE_TEST_SUITE_P(
    EachError, DedupCheckBroken,
    testing::Values(
        BrokenCase{"unknown-field", "/rules/0/when/fuzzy: ",
                   "unknown field 'child_nmae' in form 'birth' — did you mean 'child_name'?"},
        BrokenCase{"bad-range", "/rules/0/when/days: ", "'days' must be a number from 0"},
        BrokenCase{"unknown-clause",
                   "/rules/0/when/and/1: ", "unknown clause 'fuzy' — did you mean 'fuzzy'?"},
        BrokenCase{"never-matches", "/rules/0/when: ", "rule 'a' can never match"},
        BrokenCase{"zero-weight", "/rules/1/weight: ", "weight 0 is not above 0"},
        BrokenCase{"threshold-too-high",
                   "/threshold: ", "threshold 12 is above the sum of all weights (7)"},
        BrokenCase{"wrong-field-kind", "/rules/0/when/numeric: ", "'numeric' needs a number field"},
        BrokenCase{"not-json", "/: ", "not valid JSON"}),
    [](const auto& info) {
        std::string name = info.param.file;
        std::erase(name, '-');
        return name;
    });

TEST(DedupCheckTool, AllFilesAreReportedAndMissingFormIsAnError)
{
    const ToolRun r = run("check " + broken("unknown-field") + " " + broken("zero-weight"));
    EXPECT_EQ(r.status, 1);
    // Without --form the form is looked for beside the rules' folder: not there for tests.
    EXPECT_NE(r.output.find("no readable form for event 'birth'"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("zero-weight.json: /rules/1/weight"), std::string::npos) << r.output;
}

TEST(DedupCheckTool, UsageErrorsExitTwo)
{
    EXPECT_EQ(run("").status, 2);
    EXPECT_EQ(run("check").status, 2);
    EXPECT_EQ(run("check --bogus x.json").status, 2);
}
