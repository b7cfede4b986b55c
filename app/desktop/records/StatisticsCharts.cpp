#include "app/desktop/records/StatisticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace vitalis::desktop
{

using nlohmann::json;

namespace
{

double number(const json& v)
{
    return v.is_number() ? v.get<double>() : 0.0;
}

void resetChart(QChart* chart, const QString& title)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void attachAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories)
{
    chart->addSeries(series);
    // Qt Charts does not mirror itself: in Arabic the months run right to left and the counts
    // stand on the right, as the rest of the screen does.
    const bool rtl = QGuiApplication::isRightToLeft();
    QStringList order = categories;
    if (rtl) { // a category axis ignores setReverse: the bars themselves go in reverse
        std::reverse(order.begin(), order.end());
        for (QBarSet* set : series->barSets())
            for (qsizetype i = 0, j = set->count() - 1; i < j; ++i, --j) {
                const qreal first = set->at(i);
                set->replace(i, set->at(j));
                set->replace(j, first);
            }
    }
    auto* x = new QBarCategoryAxis(chart);
    x->append(order);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(y);
    // Nothing registered yet gives a 0..0 range, which Qt Charts cannot scale; stacked or not,
    // the sum per category bounds the tallest bar.
    std::vector<double> stack(static_cast<std::size_t>(categories.size()), 0.0);
    for (const QBarSet* set : series->barSets())
        for (qsizetype i = 0; i < set->count() && i < categories.size(); ++i)
            stack[static_cast<std::size_t>(i)] += set->at(i);
    const double top = std::max(
        1.0, std::ceil(stack.empty() ? 0.0 : *std::max_element(stack.begin(), stack.end())));
    y->setRange(0, top);
    if (top <= 10) // counts are whole: one tick per unit, never "0, 0, 1, 1"
        y->setTickCount(static_cast<int>(top) + 1);
    else
        y->applyNiceNumbers();
}

void fillTable(QTableWidget* table, const QStringList& headers,
               const std::vector<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            table->setItem(r, c, item);
        }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

// Rows of one event in report order, keyed by row key.
// "2026-03" as the axis shows it ("Mar" in the screen's language); a full year fits the axis.
QString shortMonth(const QString& yearMonth)
{
    const QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? QLocale().monthName(d.month(), QLocale::ShortFormat) : yearMonth;
}

std::vector<const json*> rowsOf(const json& report, const std::string& event)
{
    std::vector<const json*> out;
    // Pointers into the report itself: value("rows", ...) would return a copy that dies here.
    const auto rows = report.find("rows");
    if (rows == report.end() || !rows->is_array())
        return out;
    for (const auto& r : *rows)
        if (r.value("event", std::string()) == event &&
            r.value("key", std::string()) != "not_stated")
            out.push_back(&r);
    return out;
}

std::vector<std::string> eventsOf(const json& report)
{
    std::vector<std::string> events;
    for (const auto& t : report.value("totals", json::array()))
        events.push_back(t.value("event", std::string()));
    return events;
}

} // namespace

QString StatisticsCharts::cellText(const json& v)
{
    if (v.is_number_integer())
        return QLocale().toString(static_cast<qlonglong>(v.get<std::int64_t>()));
    if (v.is_number())
        return QLocale().toString(v.get<double>(), 'f', 1);
    return tr("not known");
}

QString StatisticsCharts::eventName(const std::string& event)
{
    return event == "death" ? tr("Deaths") : tr("Births");
}

void StatisticsCharts::showMonthly(QChart* chart, QTableWidget* table, const json& report)
{
    resetChart(chart, tr("Registrations per month"));
    auto* series = new QBarSeries(chart);
    QStringList categories;
    std::vector<QStringList> rows;
    for (const auto& event : eventsOf(report)) {
        auto* set = new QBarSet(eventName(event));
        const auto eventRows = rowsOf(report, event);
        for (const json* r : eventRows) {
            const QString label = QString::fromStdString(r->value("label", std::string()));
            if (categories.size() < static_cast<qsizetype>(eventRows.size()))
                categories << shortMonth(label);
            const json n = r->value("registrations", json());
            set->append(number(n));
            rows.push_back({eventName(event), label, cellText(n)});
        }
        series->append(set);
    }
    attachAxes(chart, series, categories);
    fillTable(table, {tr("Event"), tr("Month"), tr("Registrations")}, rows);
}

void StatisticsCharts::showTimeliness(QChart* chart, QTableWidget* table, const json& report)
{
    resetChart(chart, tr("How quickly events are registered"));
    const std::vector<std::pair<std::string, QString>> bands = {
        {"on_time", tr("Within the legal period")},
        {"within_year", tr("Within a year")},
        {"late", tr("Later than a year")},
        {"not_stated", tr("Date of event not stated")}};
    auto* series = new QStackedBarSeries(chart);
    QStringList categories;
    std::vector<QStringList> rows;
    std::map<std::string, QBarSet*> sets;
    for (const auto& [key, label] : bands) {
        sets[key] = new QBarSet(label);
        series->append(sets[key]);
    }
    for (const auto& t : report.value("totals", json::array())) {
        const QString event = eventName(t.value("event", std::string()));
        categories << event;
        for (const auto& [key, label] : bands) {
            const json n = t.value("timeliness", json::object()).value(key, json());
            sets[key]->append(number(n));
            rows.push_back({event, label, cellText(n)});
        }
    }
    attachAxes(chart, series, categories);
    fillTable(table, {tr("Event"), tr("Registered"), tr("Registrations")}, rows);
}

void StatisticsCharts::showCompleteness(QChart* chart, QTableWidget* table, const json& report)
{
    resetChart(chart, tr("Completeness: registrations per 100 expected events"));
    auto* series = new QBarSeries(chart);
    QStringList categories;
    std::vector<QStringList> rows;
    for (const auto& event : eventsOf(report)) {
        auto* set = new QBarSet(eventName(event));
        const auto eventRows = rowsOf(report, event);
        for (const json* r : eventRows) {
            const QString label = QString::fromStdString(r->value("label", std::string()));
            if (categories.size() < static_cast<qsizetype>(eventRows.size()))
                categories << shortMonth(label);
            const json percent = r->value("completeness_percent", json());
            set->append(number(percent));
            rows.push_back({eventName(event), label, cellText(r->value("registrations", json())),
                            cellText(r->value("expected", json())), cellText(percent)});
        }
        series->append(set);
    }
    attachAxes(chart, series, categories);
    fillTable(
        table,
        {tr("Event"), tr("District"), tr("Registrations"), tr("Expected"), tr("Completeness (%)")},
        rows);
}

QString StatisticsCharts::sexRatioText(const json& report)
{
    for (const auto& t : report.value("totals", json::array())) {
        if (t.value("event", std::string()) != "birth")
            continue;
        const json ratio = t.value("sex_ratio_at_birth", json());
        if (!ratio.is_number())
            return tr("Sex ratio at birth: no girls registered yet, so no ratio.");
        return tr("Sex ratio at birth: %1 boys per 100 girls (about 103 to 107 is usual)")
            .arg(QLocale().toString(ratio.get<double>(), 'f', 1));
    }
    return tr("Sex ratio at birth: choose births or all events to see it.");
}

} // namespace vitalis::desktop
