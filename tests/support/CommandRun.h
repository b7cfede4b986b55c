// Runs a program to completion for tests (vitalis-cli, vitalis-server's admin commands): its
// standard input from a string, its output collected, no shell in between.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::test
{

struct CommandRun {
    int code = -1; // the exit code; -1 when it died of a signal or could not start
    std::string out, err;
    nlohmann::json asJson() const; // fails the test when stdout is not JSON
    std::string describe() const;
};

// argv[0] is a path. With `mergeErrors`, standard error goes to `out` as well (interleaved).
CommandRun runCommand(const std::vector<std::string>& argv, const std::string& input = {},
                      bool mergeErrors = false);

} // namespace vitalis::test
