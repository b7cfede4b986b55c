// vitalis-cli verify: checks a certificate's QR offline against the country's root key and a
// revocation list (--revocations FILE, or the profile's copy from its last sync) and prints the
// verdict and the signed fields in clerk words.
#include "app/cli/CliCommands.h"
#include "app/common/CertificateTexts.h"
#include "app/common/QrImageReader.h"
#include "app/common/ShareDirectory.h"
#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "certificates/VerificationJson.h"
#include "certificates/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>
#include <optional>

namespace vitalis::cli
{
namespace
{

using namespace certificates;

QString tr(const char* text)
{
    return QCoreApplication::translate("vitalis-cli", text);
}

// Exit code for a certificate that is not valid (1 and 2 are usage and operation errors).
constexpr int kNotValid = 4;

QString claimsText(const CertificateClaims& c)
{
    QString out;
    for (const auto& [label, value] : certificateFields(c))
        out += QStringLiteral("  %1: %2\n").arg(label, value);
    return out;
}

std::filesystem::path rootKeyFile(const CliContext& ctx)
{
    if (const QString root = ctx.option(QStringLiteral("root")); !root.isEmpty())
        return root.toStdString();
    const auto shipped = locateShareDirectory().rootKey;
    if (!std::filesystem::exists(shipped))
        throw UsageError("verify needs the country's root public key: --root FILE");
    return shipped;
}

std::string qrText(const CliContext& ctx)
{
    const QString qr = ctx.option(QStringLiteral("qr"));
    const QString image = ctx.option(QStringLiteral("image"));
    if (qr.isEmpty() == image.isEmpty())
        throw UsageError("verify needs one of --qr TEXT or --image FILE");
    return qr.isEmpty() ? readQrImage(image) : qr.toStdString();
}

// --revocations FILE; else, run with a profile, the copy the last sync stored; else none.
std::optional<RevocationList> revocationsFor(CliContext& ctx, const Bytes& root)
{
    if (const QString file = ctx.option(QStringLiteral("revocations")); !file.isEmpty())
        return RevocationList::open(keyfile::readBinary(file.toStdString()), root);
    if (!ctx.flag(QStringLiteral("profile")) && !ctx.flag(QStringLiteral("profile-dir")))
        return std::nullopt;
    return storedRevocations(ctx.openProfile(), root);
}

} // namespace

int verify(CliContext& ctx)
{
    const std::string text = qrText(ctx);
    try {
        const Bytes root = keyfile::readPublic(rootKeyFile(ctx));
        const std::optional<RevocationList> revocations = revocationsFor(ctx, root);
        const Verification v = Verifier::verify(text, root, revocations ? &*revocations : nullptr,
                                                ctx.clock.nowMillis() / 1000);
        nlohmann::json out = verificationToJson(v);
        out["revocationsChecked"] = revocations.has_value();
        QString words = certificateVerdictText(v.verdict) + QLatin1Char('\n');
        if (v.verdict != Verdict::Valid)
            words += tr("  Why: %1\n").arg(QString::fromStdString(v.reason));
        if (v.claims) {
            words += (v.verdict == Verdict::Valid ? tr("Signed content:\n")
                                                  : tr("Content (not trustworthy):\n")) +
                     claimsText(*v.claims);
        }
        if (!v.signingKeyId.empty())
            words += tr("Signing key (device): %1\n").arg(QString::fromStdString(v.signingKeyId));
        if (!revocations)
            words += tr("Not checked against the registry's list of withdrawn keys and cancelled "
                        "certificates (sync first, or give --revocations FILE).\n");
        ctx.emit(out, words.trimmed().toStdString());
        return v.verdict == Verdict::Valid ? 0 : kNotValid;
    } catch (const CertificateError& e) {
        throw std::runtime_error(e.what()); // a bad key or list file: an operation error
    }
}

} // namespace vitalis::cli
