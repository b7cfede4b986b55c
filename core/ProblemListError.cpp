#include "core/ProblemListError.h"

namespace vitalis
{

namespace
{
std::string listed(const std::string& heading, const std::vector<std::string>& problems)
{
    std::string out = heading;
    for (const auto& p : problems)
        out += "\n  " + p;
    return out;
}
} // namespace

ProblemListError::ProblemListError(const std::string& heading, std::vector<std::string> problems)
    : std::runtime_error(listed(heading, problems)), problems_(std::move(problems))
{
}

} // namespace vitalis
