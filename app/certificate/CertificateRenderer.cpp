#include "app/certificate/CertificateRenderer.h"

#include "app/certificate/SvgTextLayer.h"
#include "certificates/QrCode.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <stdexcept>

namespace vitalis::app
{

namespace
{
// Print resolution of the PDF: 600 dpi keeps the QR's 0.29 mm modules exact.
constexpr int kPdfDpi = 600;
const QString kQrElement = QStringLiteral("qr");
} // namespace

void CertificateRenderer::paintQr(QPainter& painter, const QRectF& box,
                                  const certificates::QrCode& qr)
{
    // The box includes the 4-module quiet zone on each side (ISO/IEC 18004).
    const int side = qr.modules() + 8;
    const double module = std::min(box.width(), box.height()) / side;
    const QPointF origin = box.topLeft() + QPointF(4 * module, 4 * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(box, Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < qr.modules(); ++y)
        for (int x = 0; x < qr.modules(); ++x)
            if (qr.dark(x, y)) // a hair wider so neighbouring modules print without seams
                painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                        module * 1.02, module * 1.02));
    painter.restore();
}

void CertificateRenderer::paintDraft(QPainter& painter, const QRectF& target)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(static_cast<int>(target.width() / 5));
    painter.setFont(font);
    painter.setPen(QColor(200, 30, 30, 70));
    painter.translate(target.center());
    painter.rotate(-45);
    const QString text = QCoreApplication::translate("CertificateRenderer", "DRAFT");
    painter.drawText(
        QRectF(-target.width(), -target.height() / 4, 2 * target.width(), target.height() / 2),
        Qt::AlignCenter, text);
    painter.restore();
}

void CertificateRenderer::paint(QPainter& painter, const QRectF& target,
                                const CertificatePage& page)
{
    std::vector<SvgText> texts;
    QSvgRenderer svg(SvgTextLayer::extract(page.svg, texts));
    if (!svg.isValid())
        throw std::runtime_error("the certificate template is not a readable SVG");
    svg.render(&painter, target);
    const QRectF view = svg.viewBoxF();
    painter.save(); // into the SVG's user units, as render() maps them
    painter.translate(target.topLeft());
    painter.scale(target.width() / view.width(), target.height() / view.height());
    painter.translate(-view.topLeft());
    SvgTextLayer::paint(painter, texts);
    painter.restore();
    if (!page.qrText.empty() && svg.elementExists(kQrElement)) {
        // The element's box in the SVG's user units, mapped onto the target like render() does.
        const QRectF box =
            svg.transformForElement(kQrElement).mapRect(svg.boundsOnElement(kQrElement));
        const double sx = target.width() / view.width();
        const double sy = target.height() / view.height();
        const QRectF onPage(target.left() + (box.left() - view.left()) * sx,
                            target.top() + (box.top() - view.top()) * sy, box.width() * sx,
                            box.height() * sy);
        paintQr(painter, onPage, certificates::QrCode::encode(page.qrText));
    }
    if (page.draft)
        paintDraft(painter, target);
}

void CertificateRenderer::writePdf(const QString& file, const CertificatePage& page)
{
    QPdfWriter writer(file);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(page.title);
    writer.setCreator(QStringLiteral("Vitalis"));
    QPainter painter;
    if (!painter.begin(&writer))
        throw std::runtime_error("cannot write the PDF file " + file.toStdString());
    paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), page);
    painter.end();
}

} // namespace vitalis::app
