#include "sync/server/cli/KeyCommands.h"

#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "sync/server/cli/CommandOutput.h"

namespace vitalis::server::cli
{

using namespace certificates;

namespace
{

std::int64_t secondsNow(const Clock& clock)
{
    return clock.nowMillis() / 1000;
}

} // namespace

int KeyCommands::initRoot(const QString& out)
{
    if (out.isEmpty())
        return fail("keys init-root needs --out FILE (the root private key, kept offline)");
    const std::string file = out.toStdString();
    const SigningKey root = SigningKey::generate();
    try {
        keyfile::writePrivate(file, root);
        keyfile::writePublic(file + ".pub", root.publicKey());
    } catch (const CertificateError& e) {
        return fail(e.what());
    }
    say(QStringLiteral("root key %1 written: private %2 (keep offline), public %2.pub "
                       "(give to every verifier): %3")
            .arg(QString::fromStdString(hex(root.keyId())), out,
                 QString::fromStdString(hex(root.publicKey()))));
    return 0;
}

int KeyCommands::certifyServer(const QString& root, const QString& out, const QString& days)
{
    if (root.isEmpty() || out.isEmpty())
        return fail("keys certify-server needs --root FILE and --out FILE");
    bool ok = true;
    const int validDays = days.isEmpty() ? kDefaultServerDays : days.toInt(&ok);
    if (!ok || validDays <= 0)
        return fail("--days must be a positive number of days, got '" + days.toStdString() + "'");
    try {
        const SigningKey rootKey = keyfile::readPrivate(root.toStdString());
        const SigningKey server = SigningKey::generate();
        const KeyCertificate certificate = KeyCertificate::issue(
            server.publicKey(), KeyRole::Server, secondsNow(clock_), validDays, rootKey);
        keyfile::writePrivate(out.toStdString(), server);
        keyfile::writeCertificate(out.toStdString() + ".cert", certificate);
        say(QStringLiteral("server key %1 written to %2 with its certificate %2.cert, valid %3 "
                           "days; install both on the server (0600, owned by the service user)")
                .arg(QString::fromStdString(hex(server.keyId())), out)
                .arg(validDays));
    } catch (const CertificateError& e) {
        return fail(e.what());
    }
    return 0;
}

} // namespace vitalis::server::cli
