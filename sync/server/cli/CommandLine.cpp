#include "sync/server/cli/CommandLine.h"

#include "sync/server/ServerConfig.h"

namespace vitalis::server::cli
{

void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Vitalis central sync server.\n\n"
        "Commands:\n"
        "  serve (default)          run the server\n"
        "  migrate                  create or upgrade the database schema and exit\n"
        "  seed FILE                load a country seed (locations, offices, users, forms)\n"
        "  user add --username U --role R --office O [--display-name N] [--jurisdiction L]\n"
        "  user reset-password|disable|enable|unlock|totp-reset --username U\n"
        "  user move --username U [--office O] [--jurisdiction L]\n"
        "  client create --name N --scopes notify,search,... --jurisdiction L\n"
        "                           [--events birth,death] [--fields F,...] [--rate-limit N]\n"
        "                           integration client; prints its id and secret once\n"
        "  client list | client rotate --id ID | client revoke --id ID\n"
        "  client set-key --id ID --public-key BASE64   DCI message signing key\n"
        "  client set-callbacks --id ID --callbacks URL,...  where DCI answers may be sent\n"
        "  deliveries list [--state pending|delivered|dead|gone]  WebSub deliveries (JSON)\n"
        "  deliveries replay [--id ID]  queue a dead delivery again (without --id: all dead)\n"
        "  nid list [--state pending|awaiting|accepted|rejected|dead]  national ID hook calls\n"
        "                           (JSON; without --state: those not finished)\n"
        "  nid replay [--id ID]     call the national ID system again for a dead call\n"
        "  compact-log --keep-days N  drop change-log rows older than N days\n"
        "  backup --out FILE        online snapshot of the SQLite database (PostgreSQL: pg_dump)\n"
        "  restore --from FILE      put a backup in place (server stopped; old file kept)\n"
        "  carry-numbers --from-database URL  after a PostgreSQL restore: carry registration\n"
        "                           counters and number blocks of the replaced database\n"
        "  stats rebuild            recount the statistics from the records and their history\n"
        "  keys init-root --out FILE  new certificate root key: FILE (private, keep offline)\n"
        "                           and FILE.pub (public, for verifiers)\n"
        "  keys new-server --out FILE  on the server: its signing key FILE and FILE.pub\n"
        "  keys certify-server --root FILE --out FILE [--public FILE.pub] [--days N]\n"
        "                           offline: OUT.cert, the root's certificate of that public key\n"
        "                           (without --public, of a new server key written to OUT)\n"
        "  keys revoke-device KEYID --reason TEXT [--at TIME]  withdraw a laptop's signing\n"
        "                           key: its certificates signed from TIME (default now) on\n"
        "                           are refused; the revocation list publishes it\n"
        "Passwords for 'user add' and 'user reset-password' are read from the first line of "
        "standard input."));
    parser.addHelpOption();
    parser.addVersionOption();
    addConfigOptions(parser);
    parser.addOption({QStringLiteral("username"), QStringLiteral("user commands: the login name"),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("user add: role name"), QStringLiteral("role")});
    parser.addOption(
        {QStringLiteral("office"), QStringLiteral("user add: office id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("jurisdiction"),
                      QStringLiteral("user add: location id (default: the office's location)"),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("display-name"), QStringLiteral("user add: full name"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("id"),
                      QStringLiteral("client rotate/revoke/set-key/set-callbacks: the client id"),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("public-key"),
                      QStringLiteral("client set-key: the client's Ed25519 public key (base64); "
                                     "its DCI messages must then be signed with it"),
                      QStringLiteral("base64")});
    parser.addOption({QStringLiteral("callbacks"),
                      QStringLiteral("client set-callbacks: URL prefixes the registry may call "
                                     "the client back at (comma-separated)"),
                      QStringLiteral("urls")});
    parser.addOption({QStringLiteral("state"),
                      QStringLiteral("deliveries list: only deliveries in this state"),
                      QStringLiteral("state")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("client create: the system's name"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("scopes"),
                      QStringLiteral("client create: notify, search, subscribe, nid, dci"),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("events"),
                      QStringLiteral("client create: event types it may touch (birth,death)"),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("fields"),
                      QStringLiteral("client create: form fields it may receive (default: all)"),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("rate-limit"),
                      QStringLiteral("client create: requests per minute (default 600)"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("keep-days"),
                      QStringLiteral("compact-log: keep this many days of change log"),
                      QStringLiteral("days")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("backup, keys: file to write"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("restore: backup file to restore"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("from-database"),
                      QStringLiteral("carry-numbers: URL of the database being replaced"),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("accept-lost-number-blocks"),
                      QStringLiteral("restore, carry-numbers: go on when the replaced database "
                                     "cannot be read (numbers devices hold are voided at sync)")});
    parser.addOption({QStringLiteral("root"),
                      QStringLiteral("keys certify-server: the root private key file"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("public"),
                      QStringLiteral("keys certify-server: the server's public key file"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("days"),
                      QStringLiteral("keys certify-server: validity in days (default 1825)"),
                      QStringLiteral("days")});
    parser.addOption({QStringLiteral("reason"),
                      QStringLiteral("keys revoke-device: why the key is withdrawn"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("at"),
                      QStringLiteral("keys revoke-device: revoked from this time (ISO 8601 or "
                                     "seconds since 1970; default now)"),
                      QStringLiteral("time")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve | migrate | seed FILE | user ACTION"));
}

ClientOptions clientOptions(const QCommandLineParser& p)
{
    return {p.value(u"id"_qs).toStdString(),         p.value(u"name"_qs).toStdString(),
            p.value(u"scopes"_qs).toStdString(),     p.value(u"jurisdiction"_qs).toStdString(),
            p.value(u"events"_qs).toStdString(),     p.value(u"fields"_qs).toStdString(),
            p.value(u"rate-limit"_qs).toStdString(), p.value(u"public-key"_qs).toStdString(),
            p.value(u"callbacks"_qs).toStdString()};
}

UserOptions userOptions(const QCommandLineParser& p)
{
    return {p.value(u"username"_qs).toStdString(), p.value(u"display-name"_qs).toStdString(),
            p.value(u"role"_qs).toStdString(), p.value(u"office"_qs).toStdString(),
            p.value(u"jurisdiction"_qs).toStdString()};
}

} // namespace vitalis::server::cli
