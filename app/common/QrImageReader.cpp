#include "app/common/QrImageReader.h"

#include <QCoreApplication>
#include <QProcess>
#include <stdexcept>

namespace vitalis
{

std::string readQrImage(const QString& file)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    if (!zbar.waitForStarted())
        throw std::runtime_error(QCoreApplication::translate("CertificateTexts",
                                                             "cannot run zbarimg to read the "
                                                             "image (install the zbar-tools "
                                                             "package)")
                                     .toStdString());
    zbar.waitForFinished(30000);
    QByteArray out = zbar.readAllStandardOutput().trimmed();
    if (zbar.exitCode() != 0 || out.isEmpty())
        throw std::runtime_error(
            QCoreApplication::translate("CertificateTexts", "no QR code could be read in %1")
                .arg(file)
                .toStdString());
    if (const int newline = out.indexOf('\n'); newline >= 0)
        out.truncate(newline); // several codes in one photo: the first one
    return out.toStdString();
}

} // namespace vitalis
