#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "reports/AnnualReviewPage.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace passerelle;

TEST_CASE("The annual review page shows a sheet's review and exports it in every format")
{
    test::TempDatabase t;
    DemoOptions options;
    options.cases = 40;
    options.interventionsPerCase = 6;
    options.seed = 11;
    options.today = QDate(2025, 6, 30);
    DemoGenerator::generate(*t.db, options);
    ScriptedDialogService dialogs;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};

    AnnualReviewPage page(*t.db, dialogs, clock);
    page.show();
    auto *sheet = page.findChild<QComboBox *>(QStringLiteral("actionSheet"));
    auto *year = page.findChild<QSpinBox *>(QStringLiteral("year"));
    REQUIRE(sheet);
    REQUIRE(year);
    REQUIRE(sheet->count() > 0);
    CHECK(year->value() == 2024); // the year that ended
    // Nothing to export before the figures are there.
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("export_pdf"))->isEnabled());

    QSignalSpy built(&page, &AnnualReviewPage::built);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("buildReview")), Qt::LeftButton);
    CHECK(page.isBuilding());
    REQUIRE(built.wait(30000));
    REQUIRE(built.first().first().toBool());
    REQUIRE(page.review());
    CHECK(page.review()->period.start == QDate(2024, 1, 1));
    const QString shown = page.preview()->toPlainText();
    CHECK(shown.contains(page.review()->title));
    CHECK(shown.contains(page.review()->sections.first().title));
    CHECK(dialogs.asked.isEmpty());
    // With PASSERELLE_SCREENSHOT_DIR set, the page is saved as packaging/screenshots shows it.
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR")) {
        page.resize(1100, 760);
        page.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"))
                              .filePath(QStringLiteral("annual-review.png")));
    }

    QTemporaryDir dir;
    for (const char *format : {"pdf", "xlsx", "csv", "json"}) {
        INFO(format);
        const QString file = dir.filePath(QStringLiteral("bilan.") + QLatin1String(format));
        dialogs.files = {file};
        auto *button = page.findChild<QPushButton *>(QStringLiteral("export_") + QLatin1String(format));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QFile written(file);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray head = written.read(8);
        if (qstrcmp(format, "pdf") == 0)
            CHECK(head.startsWith("%PDF"));
        else if (qstrcmp(format, "xlsx") == 0)
            CHECK(head.startsWith("PK")); // a zip container
        else if (qstrcmp(format, "csv") == 0)
            CHECK(head.startsWith("\xEF\xBB\xBF")); // BOM for French spreadsheets
        else
            CHECK(head.startsWith("{"));
    }
    // Cancelling the file dialog writes nothing and says nothing.
    dialogs.files.clear();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("export_csv")), Qt::LeftButton);
    CHECK(dialogs.asked.last().startsWith(QStringLiteral("file: ")));

    // An unwritable place is refused with the file named, and no file is left.
    const QString nowhere = dir.filePath(QStringLiteral("missing/dir/bilan.csv"));
    dialogs.files = {nowhere};
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("export_csv")), Qt::LeftButton);
    REQUIRE(dialogs.asked.last().startsWith(QStringLiteral("warning: ")));
    CHECK(dialogs.asked.last().contains(QStringLiteral("bilan.csv")));
    CHECK_FALSE(QFile::exists(nowhere));

    // Another year: the figures on screen no longer match, exports wait for a new build.
    year->setValue(2023);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("export_pdf"))->isEnabled());
}
