#include "charts/BarChart.h"
#include "charts/ColumnChart.h"
#include "charts/DashboardChart.h"
#include "charts/ReviewChartsView.h"
#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "reports/AnnualReviewPage.h"
#include "reports/DashboardPage.h"
#include "reports/PdfReviewCharts.h"
#include "reports/ReviewTableModel.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace passerelle;

namespace {
void demo(Database &db, int seed, int cases = 40)
{
    DemoOptions options;
    options.cases = cases;
    options.interventionsPerCase = 10;
    options.seed = seed;
    options.today = QDate(2025, 6, 30);
    DemoGenerator::generate(db, options);
}

bool painted(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            different += image.pixel(x, y) != first ? 1 : 0;
    return different > 500;
}
} // namespace

TEST_CASE("The annual review page shows the review's charts beside its tables")
{
    test::TempDatabase t;
    demo(*t.db, 11);
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};
    AnnualReviewPage page(*t.db, dialogs, clock);
    page.resize(1100, 760);
    page.show();
    QSignalSpy built(&page, &AnnualReviewPage::built);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("buildReview")), Qt::LeftButton);
    REQUIRE(built.wait(30000));
    REQUIRE(page.review());

    // One chart for every table the PDF charts, in the review's order, with the same figures.
    QStringList expected;
    for (const ReviewSection &s : page.review()->sections)
        for (const ReviewTable &table : s.tables)
            if (PdfReviewCharts::chartFor(table))
                expected.append(QStringLiteral("chart_") + table.id);
    REQUIRE_FALSE(expected.isEmpty());
    QStringList shown;
    for (const BarChart *c : page.charts()->charts())
        shown.append(c->objectName());
    CHECK(shown == expected);
    const ReviewTable *assessments = page.review()->table(u"assessments");
    if (assessments && PdfReviewCharts::chartFor(*assessments)) {
        const auto *chart = page.charts()->findChild<BarChart *>(QStringLiteral("chart_assessments"));
        REQUIRE(chart);
        CHECK(chart->data().series.size() == 2); // the person and the team
        CHECK(chart->data().percent);
    }

    page.tabs()->setCurrentWidget(page.charts());
    CHECK(painted(page.charts()->grab().toImage()));
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        page.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR")).filePath(QStringLiteral("annual-review-charts.png")));

    // Another year: the charts of the old review go at once.
    QTest::keyClick(page.findChild<QWidget *>(QStringLiteral("year")), Qt::Key_Up);
    CHECK(page.charts()->charts().isEmpty());
}

TEST_CASE("The dashboard page paints its months as columns, one view at a time")
{
    test::TempDatabase t;
    demo(*t.db, 5, 160); // enough activity in every month for the columns to say something
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};
    DashboardPage page(*t.db, dialogs, clock);
    page.resize(1100, 760);
    page.show();
    QSignalSpy built(&page, &DashboardPage::built);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("buildDashboard")), Qt::LeftButton);
    REQUIRE(built.wait(30000));

    ColumnChart *chart = page.chart()->chart();
    REQUIRE(chart->data().categories.size() == 12); // the months, not the total
    REQUIRE(chart->data().series.size() == 2);       // planned beside done
    const ReviewTable &table = page.model().table();
    for (int m = 0; m < 12; ++m) {
        CHECK(chart->data().series[0].texts[m] == table.rows[m][4].displayText());
        CHECK(chart->data().series[1].texts[m] == table.rows[m][5].displayText());
    }
    CHECK(painted(chart->grab().toImage()));
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        page.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR")).filePath(QStringLiteral("dashboard-charts.png")));

    // The file active at the end of each month, by the keyboard.
    QComboBox *view = page.chart()->viewBox();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    REQUIRE(chart->data().series.size() == 1);
    for (int m = 0; m < 12; ++m)
        CHECK(chart->data().series[0].texts[m] == table.rows[m][10].displayText());
}
