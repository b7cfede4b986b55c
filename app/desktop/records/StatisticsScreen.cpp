#include "app/desktop/records/StatisticsScreen.h"

#include "app/desktop/records/DistrictMap.h"
#include "app/desktop/records/StatisticsCharts.h"
#include "statistics/StatisticsCsv.h"
#include "sync/client/LocalStatistics.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <algorithm>

namespace vitalis::desktop
{

using nlohmann::json;

namespace
{

const QString kMonth = QStringLiteral("month");
const QString kDistrict = QStringLiteral("district");

std::string queryString(const std::map<std::string, std::string>& params)
{
    std::string q;
    for (const auto& [k, v] : params)
        q += (q.empty() ? "?" : "&") + k + "=" +
             QUrl::toPercentEncoding(QString::fromStdString(v)).toStdString();
    return q;
}

bool fromLaptop(const json& report)
{
    return report.is_object() && report.value("source", std::string()) == "laptop";
}

} // namespace

StatisticsScreen::StatisticsScreen(DesktopSession& session, const std::filesystem::path& boundaries,
                                   QWidget* parent)
    : QWidget(parent), m_session(session), m_fetcher(new StatisticsFetcher(session, this)),
      m_title(new QLabel(this)), m_eventLabel(new QLabel(this)), m_periodLabel(new QLabel(this)),
      m_locationLabel(new QLabel(this)), m_event(new QComboBox(this)),
      m_period(new QComboBox(this)), m_location(new QComboBox(this)),
      m_refresh(new QPushButton(this)), m_exportPng(new QPushButton(this)),
      m_exportCsv(new QPushButton(this)), m_source(new QLabel(this)), m_sexRatio(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_map(new DistrictMap(this))
{
    setObjectName(QStringLiteral("statisticsScreen"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_eventLabel->setBuddy(m_event);
    m_periodLabel->setBuddy(m_period);
    m_locationLabel->setBuddy(m_location);
    m_source->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("statisticsSource"));
    m_sexRatio->setObjectName(QStringLiteral("sexRatio"));
    m_event->addItems({QString(), QString(), QString()});
    m_event->setItemData(0, QString());
    m_event->setItemData(1, QStringLiteral("birth"));
    m_event->setItemData(2, QStringLiteral("death"));
    fillPeriods();
    m_location->addItem(QString(), QString());

    auto* filters = new QHBoxLayout;
    for (auto [label, box] : {std::pair{m_eventLabel, m_event}, std::pair{m_periodLabel, m_period},
                              std::pair{m_locationLabel, m_location}}) {
        filters->addWidget(label);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    for (QPushButton* b : {m_refresh, m_exportPng, m_exportCsv})
        filters->addWidget(b);

    m_tabs->addTab(chartTab(m_monthlyChart, m_monthlyTable, QStringLiteral("monthly")), {});
    m_tabs->addTab(chartTab(m_timelinessChart, m_timelinessTable, QStringLiteral("timeliness")),
                   {});
    m_tabs->addTab(
        chartTab(m_completenessChart, m_completenessTable, QStringLiteral("completeness")), {});
    if (!boundaries.empty())
        m_map->load(boundaries);
    m_tabs->addTab(m_map, {});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_source);
    layout->addWidget(m_sexRatio);
    layout->addWidget(m_tabs, 1);

    for (QComboBox* box : {m_event, m_period, m_location}) {
        // Wide enough for the longest choice in every language ("Naissances et décès").
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::activated, this, &StatisticsScreen::reload);
    }
    connect(m_refresh, &QPushButton::clicked, this, &StatisticsScreen::reload);
    connect(m_exportPng, &QPushButton::clicked, this, &StatisticsScreen::askExportPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &StatisticsScreen::askExportCsv);
    connect(m_fetcher, &StatisticsFetcher::fetched, this, &StatisticsScreen::answered);
    connect(m_fetcher, &StatisticsFetcher::failed, this, &StatisticsScreen::fetchFailed);
    retranslate();
}

QWidget* StatisticsScreen::chartTab(QChartView*& view, QTableWidget*& table, const QString& name)
{
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    view = new QChartView(new QChart, split);
    view->setObjectName(name + QStringLiteral("Chart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus); // the table beside it carries the same figures
    view->setMinimumWidth(420);
    table = new QTableWidget(split);
    table->setObjectName(name + QStringLiteral("Table"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    split->addWidget(view);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The table's size hint is its full width: give the chart the larger share from the start.
    table->horizontalHeader()->setStretchLastSection(true);
    split->setSizes({600, 400});
    return split;
}

void StatisticsScreen::fillPeriods()
{
    const int year =
        QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMillis(), Qt::UTC).date().year();
    for (int y = year; y > year - 6; --y)
        m_period->addItem(QString::number(y), QString::number(y));
    m_period->addItem(QString(), QString()); // all periods (no completeness)
}

std::map<std::string, std::string> StatisticsScreen::parameters(const std::string& by) const
{
    std::map<std::string, std::string> p = {{"by", by},
                                            {"lang", m_session.language().toStdString()}};
    for (auto [name, box] : {std::pair{"event", m_event}, std::pair{"period", m_period},
                             std::pair{"location", m_location}})
        if (const QString v = box->currentData().toString(); !v.isEmpty())
            p[name] = v.toStdString();
    return p;
}

void StatisticsScreen::reload()
{
    ++m_generation;
    m_byMonth = json();
    m_byDistrict = json();
    m_source->setText(tr("Loading the figures…"));
    const QString gen = QString::number(m_generation);
    m_fetcher->fetch(kMonth + gen, "/api/v1/statistics" + queryString(parameters("month")));
    if (!fromLaptop(m_byMonth)) // no server binding: the laptop's figures are already shown
        m_fetcher->fetch(kDistrict + gen,
                         "/api/v1/statistics" + queryString(parameters("district")));
}

void StatisticsScreen::answered(const QString& tag, const json& report)
{
    const QString gen = QString::number(m_generation);
    if (fromLaptop(m_byMonth))
        return; // already fell back to this laptop's records for these filters
    if (tag == kMonth + gen)
        m_byMonth = report;
    else if (tag == kDistrict + gen)
        m_byDistrict = report;
    else
        return; // an answer to filters no longer shown
    if (!m_byMonth.is_null() && !m_byDistrict.is_null()) {
        m_fromServer = true;
        showReports();
    }
}

void StatisticsScreen::fetchFailed(const QString& tag, StatisticsFetcher::Failure why,
                                   const QString& message)
{
    if (!tag.endsWith(QString::number(m_generation)) || fromLaptop(m_byMonth))
        return;
    if (why == StatisticsFetcher::Failure::Refused) {
        ++m_generation; // the other answer is of no use now
        m_source->setText(tr("The registry server refused to give these figures: %1")
                              .arg(message.isEmpty() ? tr("no reason given") : message));
        return;
    }
    showLocal(); // offline, no server or signed out: this laptop's own records
}

void StatisticsScreen::showLocal()
{
    const std::string jurisdiction = m_session.jurisdiction();
    try {
        auto byMonth = parameters("month");
        auto byDistrict = parameters("district");
        byMonth.erase("lang");
        byDistrict.erase("lang");
        auto qMonth = statistics::StatisticsQuery::parse(byMonth);
        auto qDistrict = statistics::StatisticsQuery::parse(byDistrict);
        qMonth.language = qDistrict.language = m_session.language().toStdString();
        m_byMonth = LocalStatistics::report(m_session.store(), qMonth, jurisdiction);
        m_byDistrict = LocalStatistics::report(m_session.store(), qDistrict, jurisdiction);
    } catch (const std::exception& e) {
        m_source->setText(tr("These figures cannot be computed on this laptop: %1")
                              .arg(QString::fromUtf8(e.what())));
        return;
    }
    m_fromServer = false;
    showReports();
}

void StatisticsScreen::showReports()
{
    if (m_fromServer) {
        m_source->setText(tr("Figures from the registry server."));
    } else {
        const std::int64_t asOf = m_byMonth.value("as_of", std::int64_t{0});
        m_source->setText(
            asOf ? tr("This laptop's records only, as of last sync: %1")
                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(asOf),
                                               QLocale::LongFormat))
                 : tr("This laptop's records only: this laptop has never synced, so the "
                      "figures are incomplete."));
    }
    StatisticsCharts::showMonthly(m_monthlyChart->chart(), m_monthlyTable, m_byMonth);
    StatisticsCharts::showTimeliness(m_timelinessChart->chart(), m_timelinessTable, m_byMonth);
    StatisticsCharts::showCompleteness(m_completenessChart->chart(), m_completenessTable,
                                       m_byDistrict);
    m_sexRatio->setText(StatisticsCharts::sexRatioText(m_byMonth));
    fillLocations(m_byDistrict);
    showMap(m_byDistrict);
}

void StatisticsScreen::showMap(const json& byDistrict)
{
    // One event on the map: births unless only deaths are asked for.
    const std::string event =
        m_event->currentData().toString() == QStringLiteral("death") ? "death" : "birth";
    std::map<QString, std::optional<double>> percent;
    std::map<QString, QString> names;
    for (const auto& r : byDistrict.value("rows", json::array())) {
        if (r.value("event", std::string()) != event)
            continue;
        const QString key = QString::fromStdString(r.value("key", std::string()));
        const json value = r.value("completeness_percent", json());
        percent[key] =
            value.is_number() ? std::optional<double>(value.get<double>()) : std::nullopt;
        names[key] = QString::fromStdString(r.value("label", std::string()));
    }
    m_map->setValues(percent, names);
}

void StatisticsScreen::fillLocations(const json& byDistrict)
{
    if (m_location->count() > 1 || !m_location->currentData().toString().isEmpty())
        return; // the list of the whole area is kept while one district is shown
    std::vector<std::pair<std::string, std::string>> seen;
    for (const auto& r : byDistrict.value("rows", json::array())) {
        const std::pair<std::string, std::string> d = {r.value("key", std::string()),
                                                       r.value("label", std::string())};
        if (d.first != "not_stated" && std::find(seen.begin(), seen.end(), d) == seen.end())
            seen.push_back(d);
    }
    for (const auto& [key, label] : seen)
        m_location->addItem(QString::fromStdString(label), QString::fromStdString(key));
}

bool StatisticsScreen::exportPng(const QString& file) const
{
    QWidget* views[] = {m_monthlyChart, m_timelinessChart, m_completenessChart, m_map};
    return views[m_tabs->currentIndex()]->grab().save(file, "PNG");
}

bool StatisticsScreen::exportCsv(const QString& file) const
{
    const json& report = m_tabs->currentIndex() >= 2 ? m_byDistrict : m_byMonth;
    if (report.is_null())
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const std::string csv = statistics::reportCsv(report);
    return out.write(csv.data(), static_cast<qint64>(csv.size())) ==
           static_cast<qint64>(csv.size());
}

void StatisticsScreen::askExportPng()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the chart as a picture"), tr("statistics.png"), tr("PNG image (*.png)"));
    if (!file.isEmpty() && !exportPng(file))
        m_source->setText(tr("The chart could not be saved to %1.").arg(file));
}

void StatisticsScreen::askExportCsv()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the figures for a spreadsheet"),
                                     tr("statistics.csv"), tr("CSV spreadsheet (*.csv)"));
    if (!file.isEmpty() && !exportCsv(file))
        m_source->setText(tr("The figures could not be saved to %1.").arg(file));
}

void StatisticsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange) {
        // Arabic <-> French at run time: a splitter keeps its old side order until its sizes
        // are set again, and the charts are drawn again in the new direction.
        for (QSplitter* split : findChildren<QSplitter*>())
            split->setSizes(split->sizes());
        if (!m_byMonth.is_null())
            showReports();
    }
}

void StatisticsScreen::retranslate()
{
    m_title->setText(tr("Statistics"));
    m_eventLabel->setText(tr("&Event:"));
    m_periodLabel->setText(tr("&Year:"));
    m_locationLabel->setText(tr("&District:"));
    m_event->setItemText(0, tr("Births and deaths"));
    m_event->setItemText(1, tr("Births"));
    m_event->setItemText(2, tr("Deaths"));
    m_period->setItemText(m_period->count() - 1, tr("All years"));
    m_location->setItemText(0, tr("Whole area"));
    m_refresh->setText(tr("&Refresh"));
    m_exportPng->setText(tr("Save &chart…"));
    m_exportCsv->setText(tr("Save &figures…"));
    m_tabs->setTabText(0, tr("Registrations per month"));
    m_tabs->setTabText(1, tr("Timeliness"));
    m_tabs->setTabText(2, tr("Completeness by district"));
    m_tabs->setTabText(3, tr("Map"));
    m_map->setAccessibleName(tr("Map of the districts coloured by completeness"));
    m_monthlyTable->setAccessibleName(tr("Registrations per month"));
    m_timelinessTable->setAccessibleName(tr("Timeliness"));
    m_completenessTable->setAccessibleName(tr("Completeness by district"));
    if (!m_byMonth.is_null())
        showReports(); // chart titles and table headings in the new language
}

} // namespace vitalis::desktop
