// Draws a filled certificate template (SVG) on a page with its signed QR over the template's
// "qr" box and, for previews, a DRAFT watermark: onto a PDF (QPdfWriter, A4) or any painter
// (print dialog, on-screen preview). Qt shell side; the QR matrix comes from certificates/.
#pragma once

#include <QByteArray>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <string>

namespace vitalis::certificates
{
class QrCode;
}

namespace vitalis::app
{

struct CertificatePage {
    QByteArray svg;     // the template, already filled (CertificateFill)
    std::string qrText; // the signed "VC1:..." text; empty draws no QR
    bool draft = false; // preview: a DRAFT watermark across the page
    QString title;      // PDF document title
};

class CertificateRenderer
{
public:
    // Paints the page into `target` (device coordinates of one page). Throws std::runtime_error
    // when the SVG cannot be read.
    static void paint(QPainter& painter, const QRectF& target, const CertificatePage& page);
    // Writes a one-page A4 PDF. Throws std::runtime_error naming the file when it cannot.
    static void writePdf(const QString& file, const CertificatePage& page);

private:
    static void paintQr(QPainter& painter, const QRectF& box, const certificates::QrCode& qr);
    static void paintDraft(QPainter& painter, const QRectF& target);
};

} // namespace vitalis::app
