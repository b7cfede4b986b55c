#include "sync/server/cli/CommandOutput.h"

#include <cstdio>

namespace vitalis::server::cli
{

void say(const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const std::string& message, int code)
{
    std::fprintf(stderr, "vitalis-server: %s\n", message.c_str());
    return code;
}

} // namespace vitalis::server::cli
