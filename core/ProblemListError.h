// An error carrying every problem a check found (each naming its file or JSON path), so a
// configuration is reported whole instead of one mistake per attempt; what() lists them all.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis
{

class ProblemListError : public std::runtime_error
{
public:
    // what() is `heading` and then each problem on an indented line of its own.
    ProblemListError(const std::string& heading, std::vector<std::string> problems);
    const std::vector<std::string>& errors() const { return problems_; }

private:
    std::vector<std::string> problems_;
};

} // namespace vitalis
