// vitalis-cli: the headless client for scripts, support staff and tests. Parses the command
// line, opens the profile with the right key provider and runs one command.
#pragma once

#include <QStringList>

namespace vitalis::cli
{

class CliApplication
{
public:
    // Exit codes: 0 done, 1 usage error, 2 the operation failed, 3 the key is unavailable.
    int run(const QStringList& arguments);
};

} // namespace vitalis::cli
