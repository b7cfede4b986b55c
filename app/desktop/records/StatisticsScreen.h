// Statistics: registrations per month, timeliness, sex ratio at birth and completeness by
// district, as charts with a table beside each (for screen readers), filtered by event, year
// and district; from the server when it answers, otherwise from this laptop's own records
// labelled "as of last sync". Export: the chart as PNG, the figures as CSV.
#pragma once

#include "app/desktop/records/StatisticsFetcher.h"
#include "app/desktop/session/DesktopSession.h"

#include <QWidget>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace vitalis::desktop
{

class DistrictMap;

class StatisticsScreen : public QWidget
{
    Q_OBJECT
public:
    // `boundaries`: the districts' GeoJSON for the map tab (none: the tab says so).
    explicit StatisticsScreen(DesktopSession& session, const std::filesystem::path& boundaries = {},
                              QWidget* parent = nullptr);

    void reload();                             // asks again with the current filters
    bool exportPng(const QString& file) const; // the chart on the current tab
    bool exportCsv(const QString& file) const; // the figures of the current tab

    QComboBox* eventFilter() const { return m_event; }
    QComboBox* periodFilter() const { return m_period; }
    QComboBox* locationFilter() const { return m_location; }
    QTabWidget* tabs() const { return m_tabs; }
    QChartView* monthlyChart() const { return m_monthlyChart; }
    QChartView* timelinessChart() const { return m_timelinessChart; }
    QChartView* completenessChart() const { return m_completenessChart; }
    QTableWidget* monthlyTable() const { return m_monthlyTable; }
    QTableWidget* completenessTable() const { return m_completenessTable; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* sexRatioLabel() const { return m_sexRatio; }
    DistrictMap* districtMap() const { return m_map; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* chartTab(QChartView*& view, QTableWidget*& table, const QString& name);
    void fillPeriods();
    void retranslate();
    std::map<std::string, std::string> parameters(const std::string& by) const;
    void answered(const QString& tag, const nlohmann::json& report);
    void fetchFailed(const QString& tag, StatisticsFetcher::Failure why, const QString& message);
    void showLocal();
    void showReports();
    void fillLocations(const nlohmann::json& byDistrict);
    void showMap(const nlohmann::json& byDistrict);
    void askExportPng();
    void askExportCsv();

    DesktopSession& m_session;
    StatisticsFetcher* m_fetcher;
    int m_generation = 0;
    bool m_fromServer = false;
    nlohmann::json m_byMonth, m_byDistrict;
    QLabel* m_title;
    QLabel* m_eventLabel;
    QLabel* m_periodLabel;
    QLabel* m_locationLabel;
    QComboBox* m_event;
    QComboBox* m_period;
    QComboBox* m_location;
    QPushButton* m_refresh;
    QPushButton* m_exportPng;
    QPushButton* m_exportCsv;
    QLabel* m_source;
    QLabel* m_sexRatio;
    QTabWidget* m_tabs;
    QChartView* m_monthlyChart = nullptr;
    QChartView* m_timelinessChart = nullptr;
    QChartView* m_completenessChart = nullptr;
    QTableWidget* m_monthlyTable = nullptr;
    QTableWidget* m_timelinessTable = nullptr;
    QTableWidget* m_completenessTable = nullptr;
    DistrictMap* m_map;
};

} // namespace vitalis::desktop
