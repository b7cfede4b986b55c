// The Statistics screen over a laptop with no server: it shows this laptop's registered records
// labelled "as of last sync", the charts carry the hand-counted figures, the event filter (by
// keyboard) changes the series; export writes the CSV and PNG; screenshots in en/fr/ar.
#include "RecordsTestSupport.h"
#include "app/desktop/records/DistrictMap.h"
#include "app/desktop/records/StatisticsScreen.h"
#include "sync/client/LocalStatistics.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

constexpr std::int64_t kJune15th2026 = 1'781'481'600'000; // 2026-06-15T00:00:00Z

nlohmann::json demoReference()
{
    auto loc = [](const char* id, const char* parent, const char* type, const char* en) {
        return nlohmann::json{{"id", id},
                              {"parent", parent ? nlohmann::json(parent) : nlohmann::json()},
                              {"type", type},
                              {"name", {{"en", en}}}};
    };
    return {
        {"locations",
         {loc("VD", nullptr, "country", "Verdania"), loc("VD-N", "VD", "province", "Northern"),
          loc("VD-N-ALD", "VD-N", "district", "Aldmoor"),
          loc("VD-N-BRE", "VD-N", "district", "Brenwick")}},
        {"offices",
         {{{"id", "OFF-ALD"}, {"code", "ALD"}, {"name", "Aldmoor"}, {"location", "VD-N-ALD"}},
          {{"id", "OFF-BRE"}, {"code", "BRE"}, {"name", "Brenwick"}, {"location", "VD-N-BRE"}}}}};
}

class StatisticsScreenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        LocalStatistics::rememberReference(session->store().settings(), demoReference());
        // Births: three in March (two girls), one boy in June registered within 30 days.
        registered("b1", "birth", "OFF-ALD", "2026-03-10", "female");
        registered("b2", "birth", "OFF-ALD", "2026-03-12", "female");
        registered("b3", "birth", "OFF-BRE", "2026-03-20", "male");
        registered("b4", "birth", "OFF-ALD", "2026-06-01", "male");
        // Deaths: two in March.
        registered("d1", "death", "OFF-ALD", "2026-03-05", "male");
        registered("d2", "death", "OFF-BRE", "2026-03-08", "female");
        screen = std::make_unique<StatisticsScreen>(
            *session, locateShareDirectory().reference.parent_path() / "districts.geojson");
        screen->resize(1180, 760);
        screen->show();
        screen->reload();
    }

    void registered(const std::string& id, const std::string& event, const std::string& office,
                    const std::string& date, const std::string& sex)
    {
        Record r;
        r.id = "00000000-0000-4000-8000-0000000000" + id;
        r.eventType = event;
        r.formId = event;
        r.formVersion = 1;
        r.officeId = office;
        r.status = RecordStatus::Registered;
        r.serverRevision = 2;
        r.registrationNumber = "REG-" + id;
        r.createdAt = r.updatedAt = clock.nowMillis();
        if (event == "birth")
            r.fields = {{"child_birth_date", date}, {"child_sex", sex}};
        else
            r.fields = {{"death_date", date}, {"deceased_sex", sex}};
        session->store().records().saveServerCopy(r);
    }

    static std::vector<double> values(QChartView* view, const QString& set)
    {
        for (QAbstractSeries* s : view->chart()->series())
            for (QBarSet* b : static_cast<QAbstractBarSeries*>(s)->barSets())
                if (b->label() == set) {
                    std::vector<double> out;
                    for (int i = 0; i < b->count(); ++i)
                        out.push_back(b->at(i));
                    return out;
                }
        return {};
    }
    static QStringList setNames(QChartView* view)
    {
        QStringList names;
        for (QAbstractSeries* s : view->chart()->series())
            for (QBarSet* b : static_cast<QAbstractBarSeries*>(s)->barSets())
                names << b->label();
        return names;
    }
    static double sum(const std::vector<double>& v)
    {
        double n = 0;
        for (double x : v)
            n += x;
        return n;
    }

    FixedClock clock{kJune15th2026};
    GuiTestProfile profile{"local_registrar"};
    std::unique_ptr<DesktopSession> session;
    std::unique_ptr<StatisticsScreen> screen;
};

TEST_F(StatisticsScreenTest, ShowsThisLaptopsFiguresLabelledAsOfLastSync)
{
    EXPECT_TRUE(screen->sourceLabel()->text().contains(QStringLiteral("This laptop's records")))
        << screen->sourceLabel()->text().toStdString();
    EXPECT_EQ(screen->periodFilter()->currentText(), QStringLiteral("2026"));
    // Per month, both events: births March 3, June 1; deaths March 2.
    const auto births = values(screen->monthlyChart(), QStringLiteral("Births"));
    const auto deaths = values(screen->monthlyChart(), QStringLiteral("Deaths"));
    ASSERT_EQ(births.size(), 12u);
    EXPECT_EQ(births[2], 3);
    EXPECT_EQ(births[5], 1);
    EXPECT_EQ(sum(births), 4);
    EXPECT_EQ(deaths[2], 2);
    EXPECT_EQ(sum(deaths), 2);
    // Timeliness (registered on June 15th): one birth within 30 days, three within a year.
    EXPECT_EQ(values(screen->timelinessChart(), QStringLiteral("Within the legal period")),
              (std::vector<double>{1, 0}));
    EXPECT_EQ(values(screen->timelinessChart(), QStringLiteral("Within a year")),
              (std::vector<double>{3, 2}));
    // Two boys, two girls.
    EXPECT_TRUE(screen->sexRatioLabel()->text().contains(QStringLiteral("100.0")))
        << screen->sexRatioLabel()->text().toStdString();
    // The table beside the chart has the same figures, one row per event and month.
    EXPECT_EQ(screen->monthlyTable()->rowCount(), 24);
    // The districts of the reference are offered as a filter.
    EXPECT_EQ(screen->locationFilter()->count(), 3);
}

TEST_F(StatisticsScreenTest, EventAndDistrictFiltersChangeTheCharts)
{
    screen->eventFilter()->setFocus();
    QTest::keyClick(screen->eventFilter(), Qt::Key_Down); // Births
    QTest::keyClick(screen->eventFilter(), Qt::Key_Down); // Deaths
    EXPECT_EQ(screen->eventFilter()->currentData().toString(), QStringLiteral("death"));
    EXPECT_EQ(setNames(screen->monthlyChart()), QStringList{QStringLiteral("Deaths")});
    EXPECT_EQ(sum(values(screen->monthlyChart(), QStringLiteral("Deaths"))), 2);
    EXPECT_TRUE(screen->sexRatioLabel()->text().contains(QStringLiteral("choose births")));

    QTest::keyClick(screen->eventFilter(), Qt::Key_Up); // Births
    screen->locationFilter()->setFocus();
    const int aldmoor = screen->locationFilter()->findData(QStringLiteral("VD-N-ALD"));
    ASSERT_GT(aldmoor, 0);
    while (screen->locationFilter()->currentIndex() < aldmoor)
        QTest::keyClick(screen->locationFilter(), Qt::Key_Down);
    const auto births = values(screen->monthlyChart(), QStringLiteral("Births"));
    EXPECT_EQ(sum(births), 3); // b3 is Brenwick's
    EXPECT_EQ(births[2], 2);
}

TEST_F(StatisticsScreenTest, MapDrawsTheSixDemoDistrictsGreyWhileCompletenessIsNotKnown)
{
    ASSERT_EQ(screen->districtMap()->districts().size(), 6u);
    // The laptop has no expected events: completeness is not known, so grey.
    EXPECT_EQ(screen->districtMap()->colourOf(QStringLiteral("VD-N-ALD")), QColor(200, 200, 200));
    screen->districtMap()->setValues(
        {{QStringLiteral("VD-N-ALD"), 100.0}, {QStringLiteral("VD-N-BRE"), 0.0}}, {});
    EXPECT_EQ(screen->districtMap()->colourOf(QStringLiteral("VD-N-ALD")).hue(), 120);
    EXPECT_EQ(screen->districtMap()->colourOf(QStringLiteral("VD-N-BRE")).hue(), 0);
}

// The server's expected events come with the reference data: offline, completeness is known.
// Aldmoor expects 1,000 x 4 / 1,000 = 4 births in 2026 and the laptop holds 3 of them.
TEST_F(StatisticsScreenTest, ExpectedEventsFromTheLastSyncGiveCompletenessOffline)
{
    auto reference = demoReference();
    reference["statistics"] = {
        {"legal_period_days", 30},
        {"expected",
         {{"VD-N-ALD",
           {{"2026", {{"population", 1000}, {"crude_birth_rate", 4}, {"crude_death_rate", 2}}}}}}}};
    LocalStatistics::rememberReference(session->store().settings(), reference);
    screen->eventFilter()->setFocus();
    QTest::keyClick(screen->eventFilter(), Qt::Key_Down); // Births
    ASSERT_EQ(screen->eventFilter()->currentData().toString(), QStringLiteral("birth"));
    EXPECT_EQ(screen->districtMap()->colourOf(QStringLiteral("VD-N-ALD")),
              QColor::fromHsv(90, 150, 225))
        << "75 % complete";
    EXPECT_EQ(screen->districtMap()->colourOf(QStringLiteral("VD-N-BRE")), QColor(200, 200, 200))
        << "no expected figures for Brenwick";
}

TEST_F(StatisticsScreenTest, ExportsTheFiguresAsCsvAndTheChartAsPng)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(screen->exportCsv(csv));
    ASSERT_TRUE(screen->exportPng(png));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.startsWith("event,by,key,label,registrations")) << text.left(80).toStdString();
    EXPECT_TRUE(text.contains("birth,month,2026-03")) << text.toStdString();
    EXPECT_TRUE(QImage(png).width() > 100);
}

TEST_F(StatisticsScreenTest, ScreenshotsInThreeLanguages)
{
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")}) {
        UiLanguage language(lang);
        session->setLanguage(lang);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(screen.get(), &change);
        screen->reload();
        EXPECT_TRUE(saveScreenshot(*screen, QStringLiteral("statistics-") + lang));
    }
}

} // namespace
