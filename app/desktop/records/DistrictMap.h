// A map of the districts drawn from simple GeoJSON polygons (the country's boundaries file,
// e.g. resources/demo/districts.geojson), each coloured by its completeness: red (low) to green
// (100% and more), grey when not known.
#pragma once

#include <QPolygonF>
#include <QString>
#include <QWidget>
#include <filesystem>
#include <map>
#include <optional>
#include <vector>

namespace vitalis::desktop
{

class DistrictMap : public QWidget
{
    Q_OBJECT
public:
    struct District {
        QString id;
        QString name;
        std::vector<QPolygonF> rings; // outer rings, in the file's coordinates (lon, lat)
    };

    explicit DistrictMap(QWidget* parent = nullptr);

    // Reads the FeatureCollection (Polygon and MultiPolygon features with properties.id);
    // false with nothing drawn when the file is missing or unreadable.
    bool load(const std::filesystem::path& file);
    // Completeness in % per district id (nullopt: not known) and the names to show.
    void setValues(const std::map<QString, std::optional<double>>& percent,
                   const std::map<QString, QString>& names);

    const std::vector<District>& districts() const { return m_districts; }
    QColor colourOf(const QString& id) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<District> m_districts;
    std::map<QString, std::optional<double>> m_percent;
    std::map<QString, QString> m_names;
    QRectF m_bounds;
};

} // namespace vitalis::desktop
