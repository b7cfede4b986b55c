// Draws a statistics report (statistics::buildReport's JSON) into Qt Charts and the tables
// beside them. Presentation only: every figure comes from the report, nothing is computed here.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <nlohmann/json.hpp>

class QChart;
class QTableWidget;

namespace vitalis::desktop
{

class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCharts)

public:
    // Registrations per month, one bar set per event (report by=month).
    static void showMonthly(QChart* chart, QTableWidget* table, const nlohmann::json& report);
    // Timeliness bands stacked per event (the report's totals).
    static void showTimeliness(QChart* chart, QTableWidget* table, const nlohmann::json& report);
    // Completeness (% of expected events) per district, one bar set per event (report by=district).
    static void showCompleteness(QChart* chart, QTableWidget* table, const nlohmann::json& report);
    // "Sex ratio at birth: 104.2 boys per 100 girls", or why there is none.
    static QString sexRatioText(const nlohmann::json& report);

    static QString eventName(const std::string& event); // "Births", "Deaths"

private:
    static QString cellText(const nlohmann::json& value);
};

} // namespace vitalis::desktop
