#include "app/cli/CliApplication.h"

#include "app/cli/CliCommands.h"
#include "app/common/ProfileLocation.h"
#include "app/keychain/KeychainKeyProvider.h"
#include "core/store/FileKeyProvider.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <cstdio>
#include <functional>
#include <map>

namespace vitalis::cli
{
namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("vitalis-cli", text);
}

using Command = std::function<int(CliContext&)>;

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("profile init"), profileInit},
        {QStringLiteral("profile verify"), profileVerify},
        {QStringLiteral("declare"), declare},
        {QStringLiteral("edit"), edit},
        {QStringLiteral("action"), action},
        {QStringLiteral("list"), list},
        {QStringLiteral("show"), show},
        {QStringLiteral("search"), search},
        {QStringLiteral("outbox"), outbox},
        {QStringLiteral("history"), history},
        {QStringLiteral("login"), login},
        {QStringLiteral("logout"), logout},
        {QStringLiteral("pin set"), pinSet},
        {QStringLiteral("unlock"), unlock},
        {QStringLiteral("sync"), syncNow},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("resolve"), resolve},
        {QStringLiteral("attach"), attach},
        {QStringLiteral("pool"), pool},
        {QStringLiteral("stats"), stats},
        {QStringLiteral("verify"), verify},
        {QStringLiteral("certificate templates"), certificateTemplates},
        {QStringLiteral("certificate print"), certificatePrint},
        {QStringLiteral("correct request"), correctRequest},
        {QStringLiteral("correct approve"), correctApprove},
        {QStringLiteral("correct reject"), correctReject},
        {QStringLiteral("correct list"), correctList},
        {QStringLiteral("correct direct"), correctDirect},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("duplicates list"), duplicatesList},
        {QStringLiteral("duplicates not-duplicate"), duplicatesNotDuplicate},
        {QStringLiteral("duplicates of"), duplicatesOf},
    };
    return table;
}

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(tr(
        "Vitalis headless client.\n\nCommands:\n"
        "  profile init --user U --role R [--office O] [--device-code C]\n"
        "  profile verify                 check the database and the audit chain\n"
        "  declare --form F [--event E] [--data FILE] [--set f=v]... [--draft|--notify]\n"
        "  edit ID --set field=value...\n"
        "  action ID validate|register|certify|reject|archive|reinstate [--reason TEXT]\n"
        "  list [--status S] [--limit N]\n"
        "  show ID | history ID [--from-server]  ID is a record id or a tracking ID\n"
        "  search TEXT [--phonetic] [--dob YYYY-MM-DD]\n"
        "  outbox [--state S] [--limit N] every op, newest first: state, attempts, last error\n"
        "  login --username U [--totp C]  password on standard input\n"
        "  logout | pin set | unlock      PIN on standard input\n"
        "  sync [--once] [--batch N] [--max-runs N]\n"
        "  conflicts\n"
        "  correct request ID --set f=v... --reason-code C --reason TEXT [--attach FILE]...\n"
        "  correct approve REQUEST | correct reject REQUEST --reason TEXT  [--record ID]\n"
        "  correct list [--record ID]     open correction requests, before -> after\n"
        "  correct direct ID --set f=v... --reason TEXT [--reason-code C]\n"
        "  duplicates ID                  the server's possible duplicates of a record\n"
        "  duplicates list                possible duplicates waiting for a decision\n"
        "  duplicates not-duplicate ID --reason TEXT | duplicates of ID ORIGINAL --reason TEXT\n"
        "  resolve ID --keep mine|theirs | --field f=mine|theirs|=VALUE ...\n"
        "  attach ID FILE [--field F] [--doc-type T] [--media-type M]  uploaded at sync\n"
        "  pool                           registration numbers held for offline registration\n"
        "  stats [--event birth|death] [--by district|month|sex|...] [--period 2026]\n"
        "        [--location L] [--offline] [--csv]  vital statistics (server, else laptop)\n"
        "  verify --qr TEXT | --image FILE [--root FILE] [--revocations FILE]\n"
        "                                 check a certificate's QR offline (exit 0: valid)\n"
        "  certificate templates          the certificate templates on this laptop\n"
        "  certificate print ID --template T --lang L --collector mother|father|informant|other\n"
        "    [--collector-name N] --id-type T --id-number N --id-checked --fee-receipt R\n"
        "    [--reason TEXT] --pdf FILE [--draft]  offline; the print leaves with the next sync"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("profile"), tr("Profile name (default: default)."), tr("name"),
         QStringLiteral("default")},
        {QStringLiteral("profile-dir"), tr("Use this profile directory instead."), tr("dir")},
        {QStringLiteral("key-dir"),
         tr("Keep the database key in a 0600 file in this directory instead of the OS keychain "
            "(headless hosts only; weaker)."),
         tr("dir")},
        {QStringLiteral("json"), tr("Print JSON for scripts.")},
        {QStringLiteral("user"), tr("User id."), tr("user")},
        {QStringLiteral("role"), tr("Role name."), tr("role")},
        {QStringLiteral("office"), tr("Office id."), tr("office")},
        {QStringLiteral("device-code"), tr("This device's 4-symbol code."), tr("code")},
        {QStringLiteral("form"), tr("Form id."), tr("form")},
        {QStringLiteral("event"), tr("Event type."), tr("event")},
        {QStringLiteral("data"), tr("JSON file of field values."), tr("file")},
        {QStringLiteral("set"), tr("Set a field: field=value (repeatable)."), tr("field=value")},
        {QStringLiteral("notify"), tr("Submit as an incomplete notification.")},
        {QStringLiteral("status"), tr("Only records in this status."), tr("status")},
        {QStringLiteral("state"),
         tr("outbox: only ops in this state (queued, sending, applied, merged, conflict, "
            "resolved, rejected, waiting_retry)."),
         tr("state")},
        {QStringLiteral("limit"), tr("At most this many."), tr("n")},
        {QStringLiteral("reason"), tr("Reason for the action."), tr("text")},
        {QStringLiteral("phonetic"), tr("Also match names that sound alike.")},
        {QStringLiteral("dob"), tr("Date of birth."), tr("date")},
        {QStringLiteral("server"), tr("profile init: sync server URL."), tr("url")},
        {QStringLiteral("ca-file"), tr("profile init: PEM CA bundle for the server."), tr("file")},
        {QStringLiteral("pin-key"),
         tr("profile init: public-key pin sha256//BASE64 (repeat for a backup pin)."), tr("pin")},
        {QStringLiteral("username"), tr("login: user name."), tr("name")},
        {QStringLiteral("totp"), tr("login: second-factor code."), tr("code")},
        {QStringLiteral("once"), tr("sync: one run only.")},
        {QStringLiteral("by"),
         tr("stats: breakdown (country, province, district, office, year, quarter, month, sex, "
            "age_group, place, timeliness)."),
         tr("breakdown")},
        {QStringLiteral("period"), tr("stats: 2026, 2026-Q2, 2026-03 or 2025..2026."),
         tr("period")},
        {QStringLiteral("location"), tr("stats: a location inside your jurisdiction."), tr("id")},
        {QStringLiteral("offline"), tr("stats: this laptop's records only.")},
        {QStringLiteral("csv"), tr("stats: print CSV.")},
        {QStringLiteral("batch"), tr("sync: ops per push request."), tr("n")},
        {QStringLiteral("max-runs"), tr("sync: give up after this many runs."), tr("n")},
        {QStringLiteral("retries"), tr("sync: attempts per request."), tr("n")},
        {QStringLiteral("timeout"), tr("sync: seconds per request."), tr("s")},
        {QStringLiteral("keep"), tr("resolve: mine or theirs for every field."), tr("side")},
        {QStringLiteral("field"),
         tr("resolve: field=mine|theirs|=VALUE (repeatable); attach: the attachment field."),
         tr("spec")},
        {QStringLiteral("doc-type"), tr("attach: document type (default: other)."), tr("type")},
        {QStringLiteral("reason-code"),
         tr("correct: reason code (spelling, wrong_date, wrong_place, court_order, other)."),
         tr("code")},
        {QStringLiteral("attach"), tr("correct request: a supporting document (repeatable)."),
         tr("file")},
        {QStringLiteral("record"), tr("correct: the record of a request."), tr("id")},
        {QStringLiteral("from-server"), tr("history: the server's history of the record.")},
        {QStringLiteral("despite-duplicate"),
         tr("declare: send it although this device found a possible duplicate, with a note "
            "saying why."),
         tr("note")},
        {QStringLiteral("media-type"), tr("attach: media type (default: from the file name)."),
         tr("type")},
        {QStringLiteral("qr"), tr("verify: the text of a certificate's QR code."), tr("text")},
        {QStringLiteral("image"), tr("verify: a photo or scan of the QR code."), tr("file")},
        {QStringLiteral("root"), tr("verify: the country's root public key file."), tr("file")},
        {QStringLiteral("revocations"), tr("verify: the registry's revocation list file."),
         tr("file")},
        {QStringLiteral("template"), tr("certificate print: template id."), tr("id")},
        {QStringLiteral("lang"), tr("certificate print: language of the certificate."), tr("code")},
        {QStringLiteral("collector"),
         tr("certificate print: who collects it (mother, father, informant, other)."), tr("who")},
        {QStringLiteral("collector-name"), tr("certificate print: the collector's name."),
         tr("name")},
        {QStringLiteral("id-type"), tr("certificate print: the collector's ID document type."),
         tr("type")},
        {QStringLiteral("id-number"), tr("certificate print: the collector's ID number."),
         tr("number")},
        {QStringLiteral("id-checked"), tr("certificate print: the ID document was checked.")},
        {QStringLiteral("fee-receipt"), tr("certificate print: receipt number of the fee."),
         tr("number")},
        {QStringLiteral("pdf"), tr("certificate print: write the certificate to this PDF."),
         tr("file")},
        {QStringLiteral("draft"), tr("Save as a draft only; certificate print: a DRAFT preview.")},
    });
    p.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
}

} // namespace

int CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(arguments); // exits on --help / --version / unknown options
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 1;
    }
    QString name = positional.takeFirst();
    if ((name == QStringLiteral("profile") || name == QStringLiteral("pin") ||
         name == QStringLiteral("correct") || name == QStringLiteral("certificate")) &&
        !positional.isEmpty())
        name += QLatin1Char(' ') + positional.takeFirst();
    // "duplicates ID" shows a record; "duplicates list|not-duplicate|of ..." are subcommands.
    if (name == QStringLiteral("duplicates") && !positional.isEmpty() &&
        commands().count(name + QLatin1Char(' ') + positional.first()))
        name += QLatin1Char(' ') + positional.takeFirst();
    const auto it = commands().find(name);
    if (it == commands().end()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("unknown command '%1'; see --help").arg(name)));
        return 1;
    }

    SystemClock clock;
    const QString profileName = parser.value(QStringLiteral("profile"));
    CliContext ctx{parser,
                   positional,
                   parser.isSet(QStringLiteral("json")),
                   clock,
                   profileDirectory(profileName, parser.value(QStringLiteral("profile-dir"))),
                   profileName.toStdString(),
                   nullptr,
                   nullptr};
    if (parser.isSet(QStringLiteral("key-dir"))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("warning: the database key is kept in a file, not in the OS "
                                   "keychain; anyone who can read %1 can read this profile")
                                    .arg(parser.value(QStringLiteral("key-dir")))));
        ctx.keys = std::make_unique<FileKeyProvider>(
            parser.value(QStringLiteral("key-dir")).toStdString());
    } else {
        ctx.keys = std::make_unique<KeychainKeyProvider>();
    }
    try {
        return it->second(ctx);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "vitalis-cli: %s\n", e.what());
        return 1;
    } catch (const StoreError& e) {
        std::fprintf(stderr, "vitalis-cli: %s\n", e.what());
        return e.code() == StoreErrc::KeyringUnavailable ? 3 : 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "vitalis-cli: %s\n", e.what());
        return 2;
    }
}

} // namespace vitalis::cli
