// vitalis-server: the central sync server, and its admin commands (seed, user, migrate). The
// commands live in sync/server/cli/; this file only reads the command line and dispatches.
#include "VitalisVersion.h"
#include "core/Clock.h"
#include "sync/server/ServerConfig.h"
#include "sync/server/admin/SeedLoader.h"
#include "sync/server/cli/AllocatorTuning.h"
#include "sync/server/cli/BackupCommands.h"
#include "sync/server/cli/CommandLine.h"
#include "sync/server/cli/CommandOutput.h"
#include "sync/server/cli/KeyCommands.h"
#include "sync/server/cli/RevokeCommand.h"
#include "sync/server/cli/SchemaCommands.h"
#include "sync/server/cli/ServeCommand.h"
#include "sync/server/cli/StatsCommand.h"
#include "sync/server/cli/UserCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <iostream>

using namespace vitalis;
using namespace vitalis::server;

namespace
{

int dispatch(const QCommandLineParser& parser, const ServerConfig& config)
{
    const QStringList args = parser.positionalArguments();
    const QString command = args.isEmpty() ? QStringLiteral("serve") : args[0];
    SystemClock clock;
    if (command == u"serve" && args.size() <= 1) {
        cli::tuneAllocatorForServing();
        return cli::ServeCommand(config).run();
    }
    if (command == u"migrate" && args.size() == 1)
        return cli::SchemaCommands(config, clock).migrate();
    if (command == u"compact-log" && args.size() == 1)
        return cli::SchemaCommands(config, clock).compactLog(parser.value(u"keep-days"_qs));
    if (command == u"backup" && args.size() == 1)
        return cli::BackupCommands(config).backup(parser.value(u"out"_qs));
    if (command == u"restore" && args.size() == 1)
        return cli::BackupCommands(config).restore(
            parser.value(u"from"_qs),
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
            parser.isSet(u"accept-lost-number-blocks"_qs));
    if (command == u"carry-numbers" && args.size() == 1)
        return cli::BackupCommands(config).carryNumbers(
            parser.value(u"from-database"_qs), parser.isSet(u"accept-lost-number-blocks"_qs));
    if (command == u"seed" && args.size() == 2)
        return cli::SchemaCommands(config, clock).seed(args[1]);
    if (command == u"keys" && args.size() == 3 && args[1] == u"revoke-device")
        return cli::RevokeCommand(config, clock)
            .revokeDevice(args[2], parser.value(u"reason"_qs), parser.value(u"at"_qs));
    if (command == u"client" && args.size() == 2)
        return cli::ClientCommand(config, clock).run(args[1], cli::clientOptions(parser));
    if (command == u"deliveries" && args.size() == 2)
        return cli::ClientCommand(config, clock)
            .deliveries(args[1], parser.value(u"state"_qs).toStdString(),
                        parser.value(u"id"_qs).toStdString());
    if (command == u"nid" && args.size() == 2)
        return cli::ClientCommand(config, clock)
            .nidCalls(args[1], parser.value(u"state"_qs).toStdString(),
                      parser.value(u"id"_qs).toStdString());
    if (command == u"stats" && args.size() == 2 && args[1] == u"rebuild")
        return cli::StatsCommand(config, clock).rebuild();
    if (command == u"user" && args.size() == 2)
        return cli::UserCommand(config, clock, std::cin).run(args[1], cli::userOptions(parser));
    return cli::fail("unknown command line: " + args.join(u' ').toStdString() + " (see --help)");
}

// The key commands run on the ministry's offline machine: no database, no server configuration.
int dispatchKeys(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    SystemClock clock;
    if (args.size() == 2 && args[1] == u"init-root")
        return cli::KeyCommands(clock).initRoot(parser.value(u"out"_qs));
    if (args.size() == 2 && args[1] == u"new-server")
        return cli::KeyCommands(clock).newServerKey(parser.value(u"out"_qs));
    if (args.size() == 2 && args[1] == u"certify-server")
        return cli::KeyCommands(clock).certifyServer(
            parser.value(u"root"_qs), parser.value(u"out"_qs), parser.value(u"days"_qs),
            parser.value(u"public"_qs));
    return cli::fail("unknown command line: " + args.join(u' ').toStdString() + " (see --help)");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vitalis-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(vitalis::kVersion));

    QCommandLineParser parser;
    cli::describeCommandLine(parser);
    parser.process(app);

    try {
        // revoke-device records in the server's database; the other key commands need none.
        if (const QStringList args = parser.positionalArguments();
            args.value(0) == u"keys" && args.value(1) != u"revoke-device")
            return dispatchKeys(parser);
        return dispatch(parser, configFromParser(parser));
    } catch (const SeedError& e) {
        return cli::fail(e.what(), 3);
    } catch (const std::invalid_argument& e) {
        return cli::fail(e.what(), 2);
    } catch (const std::exception& e) {
        return cli::fail(e.what(), 1);
    }
}
