#include "sync/server/cli/KeyCommands.h"

#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "sync/server/cli/CommandOutput.h"

#include <optional>

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

int KeyCommands::newServerKey(const QString& out)
{
    if (out.isEmpty())
        return fail("keys new-server needs --out FILE (the server's private key)");
    const SigningKey server = SigningKey::generate();
    try {
        keyfile::writePrivate(out.toStdString(), server);
        keyfile::writePublic(out.toStdString() + ".pub", server.publicKey());
    } catch (const CertificateError& e) {
        return fail(e.what());
    }
    say(QStringLiteral("server key %1 written: private %2 (stays here), public %2.pub (take it "
                       "to the root key's machine for keys certify-server --public)")
            .arg(QString::fromStdString(hex(server.keyId())), out));
    return 0;
}

int KeyCommands::certifyServer(const QString& root, const QString& out, const QString& days,
                               const QString& publicKey)
{
    if (root.isEmpty() || out.isEmpty())
        return fail("keys certify-server needs --root FILE and --out FILE");
    bool ok = true;
    const int validDays = days.isEmpty() ? kDefaultServerDays : days.toInt(&ok);
    if (!ok || validDays <= 0)
        return fail("--days must be a positive number of days, got '" + days.toStdString() + "'");
    try {
        const SigningKey rootKey = keyfile::readPrivate(root.toStdString());
        std::optional<SigningKey> generated;
        if (publicKey.isEmpty())
            generated = SigningKey::generate();
        const Bytes subject =
            generated ? generated->publicKey() : keyfile::readPublic(publicKey.toStdString());
        const KeyCertificate certificate =
            KeyCertificate::issue(subject, KeyRole::Server, secondsNow(clock_), validDays, rootKey);
        if (generated)
            keyfile::writePrivate(out.toStdString(), *generated);
        keyfile::writeCertificate(out.toStdString() + ".cert", certificate);
        say(QStringLiteral("server key %1 certified for %2 days: %3.cert%4")
                .arg(QString::fromStdString(hex(certificate.keyId)))
                .arg(validDays)
                .arg(out, generated ? QStringLiteral(" and the private key %1; install both on "
                                                     "the server (0600, service user)")
                                          .arg(out)
                                    : QStringLiteral("; install it beside the server key")));
    } catch (const CertificateError& e) {
        return fail(e.what());
    }
    return 0;
}

} // namespace vitalis::server::cli
