#include "app/certificate/SvgTextLayer.h"

#include <QDomDocument>
#include <QFontMetricsF>
#include <stdexcept>

namespace vitalis::app
{

namespace
{

// The attribute on the element or the nearest group that sets it (SVG inheritance).
QString inherited(const QDomElement& e, const QString& name, const QString& fallback)
{
    for (QDomNode n = e; n.isElement(); n = n.parentNode())
        if (n.toElement().hasAttribute(name))
            return n.toElement().attribute(name);
    return fallback;
}

SvgText textOf(const QDomElement& e)
{
    SvgText t;
    t.text = e.text().simplified();
    t.x = e.attribute(QStringLiteral("x")).toDouble();
    t.y = e.attribute(QStringLiteral("y")).toDouble();
    t.size = inherited(e, QStringLiteral("font-size"), QStringLiteral("16")).toDouble();
    t.family = inherited(e, QStringLiteral("font-family"), QStringLiteral("DejaVu Sans"));
    t.bold = inherited(e, QStringLiteral("font-weight"), {}) == QStringLiteral("bold");
    t.fill = QColor(inherited(e, QStringLiteral("fill"), QStringLiteral("#000000")));
    t.anchor = inherited(e, QStringLiteral("text-anchor"), QStringLiteral("start"));
    t.rtl = inherited(e, QStringLiteral("direction"), {}) == QStringLiteral("rtl");
    return t;
}

} // namespace

QByteArray SvgTextLayer::extract(const QByteArray& svg, std::vector<SvgText>& texts)
{
    QDomDocument doc;
    if (!doc.setContent(svg))
        throw std::runtime_error("the certificate template is not a readable SVG");
    const QDomNodeList nodes = doc.elementsByTagName(QStringLiteral("text"));
    for (int i = 0; i < nodes.size(); ++i) {
        QDomElement e = nodes.at(i).toElement();
        texts.push_back(textOf(e));
        e.setAttribute(QStringLiteral("display"), QStringLiteral("none"));
    }
    return doc.toByteArray(-1);
}

void SvgTextLayer::paint(QPainter& painter, const std::vector<SvgText>& texts)
{
    // Fonts are laid out at 100 px and scaled down: QFont sizes are whole pixels and template
    // sizes are fractions of a millimetre.
    constexpr double kLayoutSize = 100.0;
    for (const auto& t : texts) {
        if (t.text.isEmpty() || t.size <= 0)
            continue;
        QFont font(t.family);
        font.setPixelSize(static_cast<int>(kLayoutSize));
        font.setBold(t.bold);
        const double width = QFontMetricsF(font).horizontalAdvance(t.text);
        // text-anchor is in the text's direction: the start of right-to-left text is its right.
        double dx = 0;
        if (t.anchor == QStringLiteral("middle"))
            dx = -width / 2;
        else if ((t.anchor == QStringLiteral("end")) != t.rtl)
            dx = -width;
        painter.save();
        painter.translate(t.x, t.y);
        painter.scale(t.size / kLayoutSize, t.size / kLayoutSize);
        painter.setFont(font);
        painter.setPen(t.fill);
        painter.setLayoutDirection(t.rtl ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(QPointF(dx, 0), t.text);
        painter.restore();
    }
}

} // namespace vitalis::app
