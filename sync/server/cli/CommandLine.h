// The server's command line: the help text and options of every command (on top of the
// configuration options), and the user-command options read back from a parsed line.
#pragma once

#include "sync/server/cli/ClientCommand.h"
#include "sync/server/cli/UserCommand.h"

#include <QCommandLineParser>

namespace vitalis::server::cli
{

// Description, --help/--version, configuration options and the commands' own options.
void describeCommandLine(QCommandLineParser& parser);
UserOptions userOptions(const QCommandLineParser& parser);
ClientOptions clientOptions(const QCommandLineParser& parser);

} // namespace vitalis::server::cli
