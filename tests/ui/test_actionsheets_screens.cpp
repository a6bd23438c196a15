// The action sheet screens on the demo data (the seed sheets with every section filled): the
// form shows each section of 3.3.1 as stored, opening it marks nothing modified, no tab needs
// a horizontal scroll bar at the form's size, and with PASSERELLE_SCREENSHOT_DIR set the list
// and each tab are saved as actionsheet-*.png.

#include "test_casefile_fixture.h"

#include "actionsheets/ActionSheetForm.h"
#include "actionsheets/ActionSheetListModel.h"
#include "actionsheets/ActionSheetsPage.h"
#include "actionsheets/AxisCheckGroup.h"
#include "actionsheets/CodeCheckGroup.h"
#include "directory/DirectoryList.h"
#include "repositories/ActionSheetRepository.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>
#include <vector>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The demo's sheet 3.3.1 shows every section as stored, in tabs that fit",
          "[actionsheets]")
{
    CaseFileFixture f(40, 4);
    SqliteStatement q(f.db().handle(),
                      "SELECT id FROM action_sheet WHERE number = '3.3.1' AND chained_from_id IS NOT NULL");
    REQUIRE(q.step());
    const Uuid id = Uuid::fromBytes(q.blob(0));
    const ActionSheet stored = *ActionSheetRepository(f.db(), f.clock).find(id);

    ActionSheetsPage page(f.db(), f.dialogs, f.clock);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1180, 560);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.model().rowCount() == f.count("SELECT count(*) FROM action_sheet WHERE archived_at IS NULL"));
    page.list()->selectId(id);
    REQUIRE(page.list()->currentId() == id);

    ActionSheetForm *form = page.openForm(id);
    REQUIRE(QTest::qWaitForWindowExposed(form));
    CHECK_FALSE(form->isModified());
    // A tester on each of the form's lists.
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const char *list : {"objective", "step", "partner", "funding", "indicators"}) {
        auto *view = form->findChild<QTableView *>(QLatin1String(list));
        REQUIRE(view);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    CHECK(form->findChild<QLineEdit *>(QStringLiteral("title"))->text() == stored.title);
    CHECK(form->findChild<QPlainTextEdit *>(QStringLiteral("local_context"))->toPlainText() ==
          stored.localContext);
    CHECK(form->findChild<CodeCheckGroup *>(QStringLiteral("typology"))->codes() == stored.typologies);
    CHECK(form->findChild<AxisCheckGroup *>(QStringLiteral("prs_axis"))->axes() == stored.prsAxes);
    CHECK(form->findChild<CodeCheckGroup *>(QStringLiteral("determinant"))->codes() == stored.determinants);
    CHECK(form->findChild<CodeCheckGroup *>(QStringLiteral("result_category"))->codes() ==
          stored.resultCategories);
    CHECK(form->findChild<QTableView *>(QStringLiteral("objective"))->model()->rowCount() ==
          stored.objectives.size());
    CHECK(form->findChild<QTableView *>(QStringLiteral("step"))->model()->rowCount() == stored.steps.size());
    CHECK(form->findChild<QTableView *>(QStringLiteral("partner"))->model()->rowCount() ==
          stored.partners.size());
    CHECK(form->findChild<QTableView *>(QStringLiteral("funding"))->model()->rowCount() ==
          f.count("SELECT count(*) FROM funding WHERE archived_at IS NULL AND action_sheet_id = "
                  "(SELECT id FROM action_sheet WHERE number = '3.3.1' AND chained_from_id IS NOT NULL)"));
    CHECK(form->findChild<QTableView *>(QStringLiteral("indicators"))->model()->rowCount() ==
          f.count("SELECT count(*) FROM indicator WHERE archived_at IS NULL AND action_sheet_id = "
                  "(SELECT id FROM action_sheet WHERE number = '3.3.1' AND chained_from_id IS NOT NULL)"));

    // Saving what was opened writes the same sheet back.
    QSignalSpy saved(form, &ActionSheetForm::saved);
    REQUIRE(form->save());
    const ActionSheet again = *ActionSheetRepository(f.db(), f.clock).find(id);
    CHECK(again.objectives == stored.objectives);
    CHECK(again.partners == stored.partners);
    CHECK(again.communes == stored.communes);
    CHECK(again.prse3Axes == stored.prse3Axes);
    CHECK(again.targetsInequalities == stored.targetsInequalities);
    CHECK(again.geographicLevel == stored.geographicLevel);
    CHECK(again.frequency == stored.frequency);

    const bool shots = qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR");
    const QDir dir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"));
    if (shots)
        page.grab().save(dir.filePath(QStringLiteral("actionsheet-list.png")));
    static const char *const names[] = {"identification", "regional-plans", "objectives",
                                        "determinants", "public", "calendar",
                                        "classification", "funding", "indicators"};
    REQUIRE(form->tabs()->count() == int(std::size(names)));
    for (int i = 0; i < form->tabs()->count(); ++i) {
        form->tabs()->setCurrentIndex(i);
        auto *scroll = qobject_cast<QScrollArea *>(form->tabs()->currentWidget());
        REQUIRE(scroll);
        // The tab just shown lays itself out, and its scroll area sizes it, from the event
        // loop: wait for that (as QTRY_VERIFY does) before reading sizes or grabbing.
        const auto settled = [scroll] {
            return scroll->widget()->width() <= scroll->viewport()->width() &&
                   (scroll->verticalScrollBar()->isVisible() ==
                    (scroll->widget()->minimumSizeHint().height() > scroll->height()));
        };
        QDeadlineTimer deadline(2000);
        while (!settled() && !deadline.hasExpired())
            QTest::qWait(10);
        INFO("tab " << form->tabs()->tabText(i).toStdString());
        // Sections do not scroll sideways: each must fit beside a vertical scroll bar.
        CHECK(scroll->widget()->minimumSizeHint().width() <=
              scroll->width() - scroll->verticalScrollBar()->sizeHint().width());
        CHECK(scroll->widget()->width() <= scroll->viewport()->width());
        if (shots)
            form->grab().save(dir.filePath(QStringLiteral("actionsheet-%1.png").arg(QLatin1String(names[i]))));
    }
    form->close();
}
