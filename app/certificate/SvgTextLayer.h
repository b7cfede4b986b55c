// The <text> of a certificate template, drawn by QPainter instead of QtSvg. QtSvg 6.4 draws
// SVG text as outlines, so a PDF would carry no text (nothing to search, copy, read aloud or
// check with pdftotext); QPainter text is embedded as text, shaped by HarfBuzz and ordered by
// the bidi algorithm, so Arabic reads right-to-left. Supported: x, y, font-family, font-size,
// font-weight, fill, text-anchor and direction, on the text or inherited from its groups (no
// transforms, tspans or text on paths; docs/certificates.md#templates).
#pragma once

#include <QByteArray>
#include <QColor>
#include <QPainter>
#include <QString>
#include <vector>

namespace vitalis::app
{

struct SvgText {
    QString text;
    double x = 0, y = 0, size = 16;
    QString family;
    bool bold = false;
    QColor fill = Qt::black;
    QString anchor; // start, middle, end
    bool rtl = false;
};

class SvgTextLayer
{
public:
    // Splits `svg`: the text elements come out in `texts` and are hidden in the returned SVG,
    // which QtSvg draws. Throws std::runtime_error when the SVG is not XML.
    static QByteArray extract(const QByteArray& svg, std::vector<SvgText>& texts);
    // Draws the texts; `painter` is already in the SVG's user coordinates (viewBox units).
    static void paint(QPainter& painter, const std::vector<SvgText>& texts);
};

} // namespace vitalis::app
