#include "app/desktop/records/DistrictMap.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

namespace vitalis::desktop
{

using nlohmann::json;

namespace
{

QPolygonF ringOf(const json& ring)
{
    QPolygonF polygon;
    for (const auto& point : ring)
        if (point.is_array() && point.size() >= 2 && point[0].is_number() && point[1].is_number())
            polygon << QPointF(point[0].get<double>(), point[1].get<double>());
    return polygon;
}

// The outer ring of each polygon (holes are not drawn: the demo districts have none).
std::vector<QPolygonF> ringsOf(const json& geometry)
{
    std::vector<QPolygonF> rings;
    const std::string type = geometry.value("type", std::string());
    const json coordinates = geometry.value("coordinates", json::array());
    if (type == "Polygon" && !coordinates.empty())
        rings.push_back(ringOf(coordinates[0]));
    else if (type == "MultiPolygon")
        for (const auto& polygon : coordinates)
            if (!polygon.empty())
                rings.push_back(ringOf(polygon[0]));
    return rings;
}

} // namespace

DistrictMap::DistrictMap(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(320, 240);
    setObjectName(QStringLiteral("districtMap"));
}

bool DistrictMap::load(const std::filesystem::path& file)
{
    m_districts.clear();
    m_bounds = {};
    std::ifstream in(file);
    const json doc = in ? json::parse(in, nullptr, false) : json();
    if (!doc.is_object())
        return false;
    for (const auto& feature : doc.value("features", json::array())) {
        if (!feature.is_object())
            continue;
        const json props = feature.value("properties", json::object());
        District d{QString::fromStdString(props.value("id", std::string())),
                   QString::fromStdString(props.value("name", std::string())),
                   ringsOf(feature.value("geometry", json::object()))};
        if (d.id.isEmpty() || d.rings.empty())
            continue;
        for (const auto& ring : d.rings)
            m_bounds =
                m_bounds.isNull() ? ring.boundingRect() : m_bounds.united(ring.boundingRect());
        m_districts.push_back(std::move(d));
    }
    update();
    return !m_districts.empty();
}

void DistrictMap::setValues(const std::map<QString, std::optional<double>>& percent,
                            const std::map<QString, QString>& names)
{
    m_percent = percent;
    m_names = names;
    update();
}

QColor DistrictMap::colourOf(const QString& id) const
{
    const auto it = m_percent.find(id);
    if (it == m_percent.end() || !it->second)
        return QColor(200, 200, 200);
    // 0% red, 100% and more green: the hue runs from 0 to 120 degrees.
    const double share = std::clamp(*it->second / 100.0, 0.0, 1.0);
    return QColor::fromHsv(static_cast<int>(share * 120), 150, 225);
}

void DistrictMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_districts.empty() || m_bounds.isEmpty())
        return;
    // Fit the bounds, north up (latitude grows upwards, the widget's y downwards).
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);
    const double scale =
        std::min(area.width() / m_bounds.width(), area.height() / m_bounds.height());
    const QPointF offset(area.center().x() - m_bounds.center().x() * scale,
                         area.center().y() + m_bounds.center().y() * scale);
    auto toWidget = [&](const QPointF& pt) {
        return QPointF(offset.x() + pt.x() * scale, offset.y() - pt.y() * scale);
    };
    for (const auto& d : m_districts) {
        QRectF box;
        for (const auto& ring : d.rings) {
            QPolygonF shape;
            for (const QPointF& pt : ring)
                shape << toWidget(pt);
            p.setPen(QPen(palette().color(QPalette::WindowText), 1));
            p.setBrush(colourOf(d.id));
            p.drawPolygon(shape);
            box = box.isNull() ? shape.boundingRect() : box.united(shape.boundingRect());
        }
        const auto name = m_names.find(d.id);
        const auto value = m_percent.find(d.id);
        const QString figure = value != m_percent.end() && value->second
                                   ? QLocale().toString(*value->second, 'f', 1) + QLatin1Char('%')
                                   : QStringLiteral("–");
        p.setPen(Qt::black);
        p.drawText(box, Qt::AlignCenter,
                   (name != m_names.end() ? name->second : d.name) + QLatin1Char('\n') + figure);
    }
}

} // namespace vitalis::desktop
