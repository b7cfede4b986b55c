#include "app/common/CertificateTexts.h"

#include "core/store/ProfileStore.h"
#include "core/store/RevocationListRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <map>

namespace vitalis
{

using namespace certificates;

namespace
{

// One translation context at run time and for lupdate (a free function's tr() would be
// filed under the namespace).
QString translated(const char* text)
{
    return QCoreApplication::translate("CertificateTexts", text);
}

// Codes in the QR ("birth", "female") in the words a clerk reads; unknown codes as they are.
QString words(const std::string& code)
{
    static const std::map<std::string, const char*> table = {
        {"birth", QT_TRANSLATE_NOOP("CertificateTexts", "Birth")},
        {"death", QT_TRANSLATE_NOOP("CertificateTexts", "Death")},
        {"marriage", QT_TRANSLATE_NOOP("CertificateTexts", "Marriage")},
        {"male", QT_TRANSLATE_NOOP("CertificateTexts", "Male")},
        {"female", QT_TRANSLATE_NOOP("CertificateTexts", "Female")},
        {"other", QT_TRANSLATE_NOOP("CertificateTexts", "Other")},
    };
    const auto it = table.find(code);
    return it == table.end() ? QString::fromStdString(code) : translated(it->second);
}

} // namespace

QString certificateVerdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QCoreApplication::translate(
            "CertificateTexts", "VALID: this certificate was issued by the civil registry");
    case Verdict::InvalidSignature:
        return QCoreApplication::translate(
            "CertificateTexts", "NOT VALID: the content was changed or the signature is forged");
    case Verdict::UnknownOrUntrustedKey:
        return QCoreApplication::translate(
            "CertificateTexts",
            "NOT VALID: signed by a key the country's registry does not recognise");
    case Verdict::KeyExpired:
        return QCoreApplication::translate(
            "CertificateTexts", "NOT VALID: the issuing key had expired when this was issued");
    case Verdict::KeyRevoked:
        return QCoreApplication::translate(
            "CertificateTexts", "NOT VALID: the issuing key was withdrawn before this was issued");
    case Verdict::Voided:
        return QCoreApplication::translate(
            "CertificateTexts", "NOT VALID: this certificate was cancelled by the registry");
    case Verdict::Malformed:
        break;
    }
    return QCoreApplication::translate("CertificateTexts",
                                       "NOT VALID: this is not a readable Vitalis certificate");
}

QList<QPair<QString, QString>> certificateFields(const CertificateClaims& c)
{
    QList<QPair<QString, QString>> rows;
    auto add = [&rows](const char* label, const QString& value) {
        if (!value.isEmpty())
            rows.append({translated(label), value});
    };
    auto text = [](const std::string& s) { return QString::fromStdString(s); };
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Registration number"), text(c.registrationNumber));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Event"), words(c.eventType));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Given names"), text(c.givenNames));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Family name"), text(c.familyName));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Sex"), words(c.sex));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Date of event"), text(c.dateOfEvent));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Place of event"), text(c.placeOfEvent));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Mother"), text(c.motherName));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Father"), text(c.fatherName));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Registered on"), text(c.registrationDate));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Issuing office"), text(c.issuingOffice));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Copy number"), QString::number(c.copyNumber));
    add(QT_TRANSLATE_NOOP("CertificateTexts", "Printed on"),
        QDateTime::fromSecsSinceEpoch(c.issuedAt, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return rows;
}

std::optional<RevocationList> storedRevocations(ProfileStore& store, const Bytes& root)
{
    const auto stored = RevocationListRepository(store.db()).current();
    if (!stored)
        return std::nullopt;
    return RevocationList::open(stored->signedList, root);
}

} // namespace vitalis
