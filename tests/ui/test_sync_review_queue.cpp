// The review queue tab of the Synchronisation page: what merges set aside, listed by case
// number (never a name), marked treated with the keyboard, and the case opened from it.

#include "test_sync_support.h"

#include "common/DialogService.h"
#include "sync/ReviewQueueModel.h"
#include "sync/ReviewQueuePanel.h"
#include "sync/SyncPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
const QDateTime kMorning(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);

void setAside(SyncDevice &device, const char *table, const QString &values, qint64 atMs)
{
    SqliteStatement q(device.handle(), "INSERT INTO local_sync_review(table_name, row_key, "
                                       "reason, row_values, detected_at) VALUES (?, ?, ?, ?, ?)");
    q.bindText(1, QString::fromLatin1(table));
    q.bindText(2, QStringLiteral("62ABCDEF0123"));
    q.bindText(3, QStringLiteral("intervention_id : l'enregistrement parent (intervention) est "
                                 "absent ou a été supprimé"));
    q.bindText(4, values);
    q.bind(5, atMs);
    q.execute();
}

QString caseIdHex(SyncDevice &device, const char *number)
{
    SqliteStatement q(device.handle(), "SELECT hex(id) FROM case_file WHERE number = ?");
    q.bindText(1, QString::fromLatin1(number));
    REQUIRE(q.step());
    return q.text(0).toLower();
}

int rowWithRecord(const ReviewQueuePanel &panel, const QString &record)
{
    QAbstractItemModel *shown = panel.view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, int(ReviewQueueModel::Column::Record)).data().toString() == record)
            return r;
    return -1;
}
} // namespace

TEST_CASE("Sync page: the review queue lists what was set aside, by case number, and the "
          "coordinator marks it treated or opens the case",
          "[ui][sync-review]")
{
    SyncDevice office(ReplicaRole::Office, kMorning);
    SyncDevice laptop(ReplicaRole::Laptop, kMorning.addSecs(60));
    pair(office, QStringLiteral("Bureau UDAF 52"), laptop, QStringLiteral("Portable de Camille"));
    seedCasework(office, 3);
    assignCasesTo(office, laptop, QStringLiteral("TP-CAMILLE"));
    QTemporaryDir key;
    exchange(office, laptop, key.path());
    office.clock.advanceMs(60 * 1000);
    exchange(laptop, office, key.path()); // applied at the office now
    const qint64 merged = office.clock.nowMs();
    // What that merge set aside: a status change of case 2 (its values carry a name that
    // must never be shown) and a worker's link to an intervention deleted at the office.
    setAside(office, "case_status_change",
             QStringLiteral(R"({"case_id":"%1","reason":"Mme Martin refuse"})")
                 .arg(caseIdHex(office, "PA-2025-0002")),
             merged);
    setAside(office, "intervention_worker", QString(), merged);

    ScriptedDialogService dialogs;
    SyncPage page(office.db(), dialogs, office.clock);
    QSignalSpy opened(&page, &SyncPage::caseRequested);
    page.resize(1000, 640);
    page.show();
    ReviewQueuePanel &panel = *page.reviewPanel();
    QAbstractItemModelTester tester(&panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTabWidget *tabs = page.tabs();
    CHECK(tabs->tabText(2) == QStringLiteral("À re&voir (2)"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("syncCounts"))
              ->text()
              .contains(QStringLiteral("2 éléments mis de côté pour revue")));

    // Alt+V shows the tab; the table lists both rows in words.
    REQUIRE(altKey(page, Qt::Key_V));
    REQUIRE(QTest::qWaitFor(
        [&] { return (tabs->currentWidget()) == (static_cast<QWidget *>(&panel)); }));
    REQUIRE(panel.model().rowCount() == 2);
    const int caseRow = rowWithRecord(panel, QStringLiteral("PA-2025-0002"));
    REQUIRE(caseRow >= 0);
    QAbstractItemModel *shown = panel.view()->model();
    const auto cell = [&](int row, ReviewQueueModel::Column c) {
        return shown->index(row, int(c)).data().toString();
    };
    CHECK(cell(caseRow, ReviewQueueModel::Column::Kind) == QStringLiteral("Changement de statut"));
    CHECK(cell(caseRow, ReviewQueueModel::Column::From) == QStringLiteral("Portable de Camille"));
    CHECK(cell(caseRow, ReviewQueueModel::Column::State) == QStringLiteral("à revoir"));
    CHECK(cell(caseRow, ReviewQueueModel::Column::Problem).contains(QStringLiteral("supprimé")));
    for (int r = 0; r < shown->rowCount(); ++r)
        for (int c = 0; c < shown->columnCount(); ++c)
            CHECK_FALSE(shown->index(r, c).data().toString().contains(QStringLiteral("Martin")));

    // The intervention link has no case here: it cannot be opened.
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(shown->index(1 - caseRow, 0));
    CHECK_FALSE(panel.openCaseButton()->isEnabled());
    CHECK(panel.markButton()->isEnabled());

    // The case row: Enter opens the case, Alt+O too.
    panel.view()->setCurrentIndex(shown->index(caseRow, 0));
    REQUIRE(panel.openCaseButton()->isEnabled());
    QTest::keyClick(panel.view(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return (opened.count()) == (1); }));
    CHECK(QString::fromLatin1(opened.at(0).at(0).value<Uuid>().bytes().toHex()) ==
          caseIdHex(office, "PA-2025-0002"));
    REQUIRE(altKey(page, Qt::Key_O));
    REQUIRE(QTest::qWaitFor([&] { return (opened.count()) == (2); }));

    // Alt+M marks it treated: it leaves the list, the counts follow.
    office.clock.advanceMs(10 * 60 * 1000);
    REQUIRE(altKey(page, Qt::Key_M));
    REQUIRE(QTest::qWaitFor([&] { return (panel.model().rowCount()) == (1); }));
    CHECK(rowWithRecord(panel, QStringLiteral("PA-2025-0002")) < 0);
    CHECK(tabs->tabText(2) == QStringLiteral("À re&voir (1)"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("syncCounts"))
              ->text()
              .contains(QStringLiteral("1 élément mis de côté pour revue")));
    CHECK(dialogs.asked.isEmpty());

    // "Afficher aussi les éléments traités" brings it back, greyed, with its date.
    REQUIRE(altKey(page, Qt::Key_T));
    REQUIRE(QTest::qWaitFor([&] { return panel.showTreatedBox()->isChecked(); }));
    REQUIRE(QTest::qWaitFor([&] { return (panel.model().rowCount()) == (2); }));
    const int treated = rowWithRecord(panel, QStringLiteral("PA-2025-0002"));
    REQUIRE(treated >= 0);
    CHECK(cell(treated, ReviewQueueModel::Column::State).startsWith(QStringLiteral("traité le ")));
    panel.view()->setCurrentIndex(shown->index(treated, 0));
    CHECK_FALSE(panel.markButton()->isEnabled());
    CHECK(panel.openCaseButton()->isEnabled());
    saveShotIfAsked(page, QStringLiteral("sync-review-queue.png"));
}
