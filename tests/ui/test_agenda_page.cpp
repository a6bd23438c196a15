#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "common/DialogService.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "repositories/InterventionRepository.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

namespace {
const QDate today(2026, 3, 19); // a Thursday

Uuid idOf(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    REQUIRE(q.step());
    return Uuid::fromBytes(q.blob(0));
}

int rowOf(const AgendaModel &model, const Uuid &id)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(AgendaModel::IdRole).toByteArray() == id.bytes())
            return r;
    return -1;
}
} // namespace

TEST_CASE(
    "The agenda shows a worker's week, overdue visits stand out, and marks them in one action")
{
    test::TempDatabase t;
    DemoOptions options;
    options.cases = 20;
    options.interventionsPerCase = 2;
    options.today = today;
    DemoGenerator::generate(*t.db, options);
    const Uuid worker = idOf(
        t.db->handle(),
        "SELECT id FROM worker WHERE role = 'peer_worker' AND active = 1 ORDER BY code LIMIT 1");
    const Uuid programme = idOf(t.db->handle(), "SELECT id FROM programme ORDER BY code LIMIT 1");

    FixedClock clock(QDateTime(today, QTime(9, 0)));
    InterventionRepository repository(*t.db, clock);
    Intervention overdue;
    overdue.programmeId = programme;
    overdue.date = today.addDays(-2);
    overdue.startTime = QTime(10, 0);
    overdue.channel = QStringLiteral("home_visit");
    overdue.interventionType = QStringLiteral("home_visit");
    overdue.durationMin = 60;
    overdue.workerIds = {worker};
    const Uuid overdueId = repository.create(overdue);
    Intervention coming = overdue;
    coming.date = today.addDays(1);
    const Uuid comingId = repository.create(coming);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ScriptedDialogService dialogs;
    AgendaPage page(*t.db, dialogs, settings, clock);
    QAbstractItemModelTester tester(&page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorker(worker);
    page.resize(1000, 500);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));

    CHECK(page.weekStart() == QDate(2026, 3, 16));
    const int overdueRow = rowOf(page.model(), overdueId);
    const int comingRow = rowOf(page.model(), comingId);
    REQUIRE(overdueRow >= 0);
    REQUIRE(comingRow >= 0);
    CHECK(page.model().index(overdueRow, 0).data(AgendaModel::OverdueRole).toBool());
    CHECK_FALSE(page.model().index(comingRow, 0).data(AgendaModel::OverdueRole).toBool());
    CHECK(page.model()
              .index(overdueRow, AgendaModel::Status)
              .data()
              .toString()
              .contains(QStringLiteral("retard")));
    CHECK(page.findChild<QLabel *>(QStringLiteral("summary"))
              ->text()
              .contains(QStringLiteral("en retard")));

    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        page.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"))
                             .filePath(QStringLiteral("agenda.png")));

    // Select the overdue visit and mark it done with the keyboard shortcut.
    page.view()->selectionModel()->select(page.model().index(overdueRow, 0),
                                          QItemSelectionModel::ClearAndSelect |
                                              QItemSelectionModel::Rows);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_D, Qt::ControlModifier);
    CHECK(repository.find(overdueId)->status == InterventionStatus::Done);
    CHECK(repository.find(comingId)->status == InterventionStatus::Planned);
    CHECK_FALSE(page.model()
                    .index(rowOf(page.model(), overdueId), 0)
                    .data(AgendaModel::OverdueRole)
                    .toBool());

    // Next week and back with Alt+Right / Ctrl+T.
    QTest::keyClick(page.view(), Qt::Key_Right, Qt::AltModifier);
    CHECK(page.weekStart() == QDate(2026, 3, 23));
    CHECK(rowOf(page.model(), comingId) < 0);
    QTest::keyClick(page.view(), Qt::Key_T, Qt::ControlModifier);
    CHECK(page.weekStart() == QDate(2026, 3, 16));

    // Marking nothing says so instead of doing nothing silently.
    page.view()->clearSelection();
    page.markSelected(InterventionStatus::Missed);
    CHECK(dialogs.asked.size() == 1);
}
