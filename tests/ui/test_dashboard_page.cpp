#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "reports/Dashboard.h"
#include "reports/DashboardPage.h"
#include "reports/ReviewTableModel.h"
#include "repositories/ProgrammeRepository.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

TEST_CASE("The dashboard shows a programme's year month by month and exports it")
{
    test::TempDatabase t;
    DemoOptions options;
    options.cases = 40;
    options.interventionsPerCase = 8;
    options.seed = 5;
    options.today = QDate(2025, 6, 30);
    DemoGenerator::generate(*t.db, options);
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};

    DashboardPage page(*t.db, dialogs, clock);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    auto *programme = page.findChild<QComboBox *>(QStringLiteral("programme"));
    REQUIRE(programme);
    REQUIRE(programme->count() == ProgrammeRepository(*t.db).list().size());
    CHECK(page.findChild<QSpinBox *>(QStringLiteral("year"))->value() == 2025);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("export_xlsx"))->isEnabled());

    QSignalSpy built(&page, &DashboardPage::built);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("buildDashboard")), Qt::LeftButton);
    REQUIRE(built.wait(30000));
    REQUIRE(built.first().first().toBool());

    // The page shows exactly what core computes: twelve months and a total.
    const Uuid programmeId = Uuid::fromString(programme->currentData().toString());
    const ReviewTable expected = Dashboard::build(*t.db, programmeId, 2025);
    CHECK(page.model().rowCount() == expected.rows.size());
    CHECK(page.model().rowCount() == 13);
    REQUIRE(page.model().columnCount() == expected.columns.size());
    for (int r = 0; r < page.model().rowCount(); ++r)
        for (int c = 0; c < page.model().columnCount(); ++c)
            CHECK(page.model().index(r, c).data().toString() == expected.rows[r][c].displayText());
    CHECK(page.model().headerData(0, Qt::Horizontal).toString() == expected.columns[0].title);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tdb.csv"));
    dialogs.files = {file};
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("export_csv")), Qt::LeftButton);
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(expected.columns[1].title));
    CHECK(text.contains(expected.rows.last()[0].displayText())); // the total row

    // Another programme: the old figures go, exports wait for the new ones.
    if (programme->count() > 1) {
        programme->setCurrentIndex(1);
        CHECK(page.model().rowCount() == 0);
        CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("export_csv"))->isEnabled());
    }
}

TEST_CASE("The dashboard computes the current year as soon as it is first shown")
{
    test::TempDatabase t;
    DemoOptions options;
    options.cases = 20;
    options.interventionsPerCase = 4;
    options.seed = 9;
    options.today = QDate(2025, 6, 30);
    DemoGenerator::generate(*t.db, options);
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};

    DashboardPage page(*t.db, dialogs, clock);
    QSignalSpy built(&page, &DashboardPage::built);
    CHECK(built.isEmpty()); // nothing computed for a page nobody looks at
    page.show();
    REQUIRE(built.wait(30000));
    CHECK(built.first().first().toBool());
    CHECK(page.model().rowCount() == 13);
    CHECK(page.findChild<QPushButton *>(QStringLiteral("export_xlsx"))->isEnabled());

    // A new choice empties the table and says how to see it again; showing again does not
    // recompute behind the user's back.
    page.findChild<QSpinBox *>(QStringLiteral("year"))->setValue(2024);
    CHECK(page.model().rowCount() == 0);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("export_xlsx"))->isEnabled());
    page.hide();
    page.show();
    QTest::qWait(50);
    CHECK(built.size() == 1);
}
