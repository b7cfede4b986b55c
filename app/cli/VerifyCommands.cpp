// vitalis-cli verify: checks a certificate's QR offline against the country's root key (and a
// revocation list when given) and prints the verdict and the signed fields in clerk words.
#include "app/cli/CliCommands.h"
#include "app/common/ShareDirectory.h"
#include "certificates/CertificateError.h"
#include "certificates/KeyFile.h"
#include "certificates/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <cstdio>
#include <map>
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

std::string readImage(const QString& file)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    if (!zbar.waitForStarted())
        throw std::runtime_error(
            tr("cannot run zbarimg to read the image (install the zbar-tools package)")
                .toStdString());
    zbar.waitForFinished(30000);
    QByteArray out = zbar.readAllStandardOutput().trimmed();
    if (zbar.exitCode() != 0 || out.isEmpty())
        throw std::runtime_error(tr("no QR code could be read in %1").arg(file).toStdString());
    if (const int newline = out.indexOf('\n'); newline >= 0)
        out.truncate(newline); // several codes in one photo: the first one
    return out.toStdString();
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("VALID: this certificate was issued by the civil registry");
    case Verdict::InvalidSignature:
        return tr("NOT VALID: the content was changed or the signature is forged");
    case Verdict::UnknownOrUntrustedKey:
        return tr("NOT VALID: signed by a key the country's registry does not recognise");
    case Verdict::KeyExpired:
        return tr("NOT VALID: the issuing key had expired when this was issued");
    case Verdict::KeyRevoked:
        return tr("NOT VALID: the issuing key was withdrawn before this was issued");
    case Verdict::Voided:
        return tr("NOT VALID: this certificate was cancelled by the registry");
    case Verdict::Malformed:
        break;
    }
    return tr("NOT VALID: this is not a readable Vitalis certificate");
}

// Codes in the QR ("birth", "female") in the words a clerk reads; unknown codes as they are.
std::string words(const std::string& code)
{
    static const std::map<std::string, const char*> table = {
        {"birth", QT_TRANSLATE_NOOP("vitalis-cli", "Birth")},
        {"death", QT_TRANSLATE_NOOP("vitalis-cli", "Death")},
        {"marriage", QT_TRANSLATE_NOOP("vitalis-cli", "Marriage")},
        {"male", QT_TRANSLATE_NOOP("vitalis-cli", "Male")},
        {"female", QT_TRANSLATE_NOOP("vitalis-cli", "Female")},
        {"other", QT_TRANSLATE_NOOP("vitalis-cli", "Other")},
    };
    const auto it = table.find(code);
    return it == table.end() ? code : tr(it->second).toStdString();
}

QString field(const char* label, const std::string& value)
{
    return value.empty()
               ? QString()
               : QStringLiteral("  %1: %2\n").arg(tr(label), QString::fromStdString(value));
}

QString claimsText(const CertificateClaims& c)
{
    const QString issued = QDateTime::fromSecsSinceEpoch(c.issuedAt, Qt::UTC)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return field("Registration number", c.registrationNumber) + field("Event", words(c.eventType)) +
           field("Given names", c.givenNames) + field("Family name", c.familyName) +
           field("Sex", words(c.sex)) + field("Date of event", c.dateOfEvent) +
           field("Place of event", c.placeOfEvent) + field("Mother", c.motherName) +
           field("Father", c.fatherName) + field("Registered on", c.registrationDate) +
           field("Issuing office", c.issuingOffice) +
           field("Copy number", std::to_string(c.copyNumber)) +
           field("Printed on", issued.toStdString());
}

nlohmann::json claimsJson(const CertificateClaims& c)
{
    return {{"registrationNumber", c.registrationNumber},
            {"eventType", c.eventType},
            {"givenNames", c.givenNames},
            {"familyName", c.familyName},
            {"sex", c.sex},
            {"dateOfEvent", c.dateOfEvent},
            {"placeOfEvent", c.placeOfEvent},
            {"motherName", c.motherName},
            {"fatherName", c.fatherName},
            {"registrationDate", c.registrationDate},
            {"issuingOffice", c.issuingOffice},
            {"copyNumber", c.copyNumber},
            {"issuedAt", c.issuedAt}};
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
    return qr.isEmpty() ? readImage(image) : qr.toStdString();
}

} // namespace

int verify(CliContext& ctx)
{
    const std::string text = qrText(ctx);
    try {
        const Bytes root = keyfile::readPublic(rootKeyFile(ctx));
        std::optional<RevocationList> revocations;
        if (const QString file = ctx.option(QStringLiteral("revocations")); !file.isEmpty())
            revocations = RevocationList::open(keyfile::readBinary(file.toStdString()), root);
        const Verification v = Verifier::verify(text, root, revocations ? &*revocations : nullptr,
                                                ctx.clock.nowMillis() / 1000);
        nlohmann::json out = {{"verdict", std::string(verdictName(v.verdict))},
                              {"reason", v.reason}};
        QString words = verdictText(v.verdict) + QLatin1Char('\n');
        if (v.verdict != Verdict::Valid)
            words += tr("  Why: %1\n").arg(QString::fromStdString(v.reason));
        if (v.claims) {
            out["claims"] = claimsJson(*v.claims);
            words += (v.verdict == Verdict::Valid ? tr("Signed content:\n")
                                                  : tr("Content (not trustworthy):\n")) +
                     claimsText(*v.claims);
        }
        ctx.emit(out, words.trimmed().toStdString());
        return v.verdict == Verdict::Valid ? 0 : kNotValid;
    } catch (const CertificateError& e) {
        throw std::runtime_error(e.what()); // a bad key or list file: an operation error
    }
}

} // namespace vitalis::cli
