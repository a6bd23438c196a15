#include "test_sync_support.h"

#include "common/DialogService.h"
#include "sync/ConflictModel.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// Tomorrow morning: the files were created under the system clock, and hybrid clocks
// never go back, so the devices' own clocks must lie ahead of it to decide anything.
const QDateTime kMorning(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);

// An office and a laptop that both edited the same fields offline, then exchanged both
// ways: the laptop's values (its clock is ahead) won, the office's are logged as losers.
struct Fixture
{
    Fixture()
        : office(ReplicaRole::Office, kMorning), laptop(ReplicaRole::Laptop, kMorning.addSecs(60))
    {
        pair(office, QStringLiteral("Bureau UDAF 52"), laptop,
             QStringLiteral("Portable de Camille"));
        interventions = seedCasework(office, 12);
        assignCasesTo(office, laptop, QStringLiteral("TP-CAMILLE"));
        exchange(office, laptop, key.path());
        exchange(laptop, office, key.path());
        office.clock.advanceMs(3600 * 1000);
        laptop.clock.advanceMs(3 * 3600 * 1000);
        setNote(office, interventions[2], QStringLiteral("RDV CMP confirmé pour le 8 juillet"));
        setNote(laptop, interventions[2],
                QStringLiteral("RDV CMP reporté, rappeler le secrétariat"));
        setDuration(office, interventions[6], 45);
        setDuration(laptop, interventions[6], 120);
        exchange(laptop, office, key.path());
        exchange(office, laptop, key.path());
    }

    SyncDevice office;
    SyncDevice laptop;
    QTemporaryDir key;
    QList<Uuid> interventions;
    ScriptedDialogService dialogs;
};

QString cell(const ConflictModel &model, int row, ConflictModel::Column column)
{
    return model.index(row, int(column)).data().toString();
}

int rowOfField(const ConflictModel &model, const QString &field)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (cell(model, r, ConflictModel::Column::Field) == field)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Conflicts page: each loser with its record, field, both values, who and when",
          "[sync-conflicts]")
{
    Fixture f;
    ConflictsPage page(f.office.db(), f.dialogs, f.office.clock);
    QAbstractItemModelTester tester(&page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();

    REQUIRE(page.model().rowCount() == 2);
    const int note = rowOfField(page.model(), QStringLiteral("Note"));
    REQUIRE(note >= 0);
    // The record by its case number, never by a name.
    CHECK(cell(page.model(), note, ConflictModel::Column::Record) ==
          QStringLiteral("Intervention PA-2025-0003"));
    CHECK(cell(page.model(), note, ConflictModel::Column::Current) ==
          QStringLiteral("RDV CMP reporté, rappeler le secrétariat"));
    CHECK(cell(page.model(), note, ConflictModel::Column::Other) ==
          QStringLiteral("RDV CMP confirmé pour le 8 juillet"));
    CHECK(cell(page.model(), note, ConflictModel::Column::Who) == QStringLiteral("cet appareil"));
    CHECK(cell(page.model(), note, ConflictModel::Column::When) ==
          QLocale().toString(kMorning.addSecs(3600).toLocalTime(), QLocale::ShortFormat));
    const int duration = rowOfField(page.model(), QStringLiteral("Durée (min)"));
    REQUIRE(duration >= 0);
    CHECK(cell(page.model(), duration, ConflictModel::Column::Current) == QStringLiteral("120"));
    CHECK(cell(page.model(), duration, ConflictModel::Column::Other) == QStringLiteral("45"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("conflictCount"))->text() ==
          QStringLiteral("2 conflits à traiter."));

    // On the laptop the same conflicts are listed, the other value written on the office.
    ConflictsPage laptopPage(f.laptop.db(), f.dialogs, f.laptop.clock);
    REQUIRE(laptopPage.model().rowCount() == 2);
    CHECK(cell(laptopPage.model(), rowOfField(laptopPage.model(), QStringLiteral("Note")),
               ConflictModel::Column::Who) == QStringLiteral("Bureau UDAF 52"));

    // The chosen conflict's values in full beside the list.
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    const SyncConflictRow *chosen =
        page.model().rowAt(qobject_cast<QSortFilterProxyModel *>(page.view()->model())
                               ->mapToSource(page.view()->currentIndex())
                               .row());
    REQUIRE(chosen);
    CHECK(page.findChild<QPlainTextEdit *>(QStringLiteral("currentValue"))->toPlainText() ==
          chosen->currentValue);
    CHECK(page.findChild<QPlainTextEdit *>(QStringLiteral("otherValue"))->toPlainText() ==
          chosen->otherValue);
    // Who wrote each value: the other one here, the kept one on the laptop.
    CHECK(page.findChild<QLabel *>(QStringLiteral("conflictWho"))
              ->text()
              .startsWith(QStringLiteral("sur cet appareil, le ")));
    CHECK(page.findChild<QLabel *>(QStringLiteral("conflictCurrentWho"))
              ->text()
              .startsWith(QStringLiteral("sur Portable de Camille, le ")));
}

TEST_CASE("Conflicts page: \"Utiliser l'autre valeur\" updates the record and the decision "
          "reaches the other device",
          "[sync-conflicts]")
{
    Fixture f;
    ConflictsPage page(f.office.db(), f.dialogs, f.office.clock);
    page.show();
    auto *proxy = page.view()->model();
    const int note = rowOfField(page.model(), QStringLiteral("Note"));
    REQUIRE(note >= 0);
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, int(ConflictModel::Column::Field)).data().toString() ==
            QStringLiteral("Note"))
            page.view()->setCurrentIndex(proxy->index(r, 0));
    QSignalSpy changed(&page, &ConflictsPage::dataChanged);

    // Refused at the confirmation: nothing changes.
    f.dialogs.answers = {DialogService::Answer::No};
    auto *useOther = page.findChild<QPushButton *>(QStringLiteral("useOther"));
    REQUIRE(useOther);
    QTest::mouseClick(useOther, Qt::LeftButton);
    CHECK(page.model().rowCount() == 2);
    CHECK(noteOf(f.office, f.interventions[2]) ==
          QStringLiteral("RDV CMP reporté, rappeler le secrétariat"));

    f.dialogs.answers = {DialogService::Answer::Yes};
    QTest::mouseClick(useOther, Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK(noteOf(f.office, f.interventions[2]) ==
          QStringLiteral("RDV CMP confirmé pour le 8 juillet"));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(cell(page.model(), 0, ConflictModel::Column::Field) == QStringLiteral("Durée (min)"));

    // "Garder" on the remaining one, from the keyboard (Alt+G).
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QSignalSpy decided(&page, &ConflictsPage::conflictsChanged);
    // A mnemonic animates the click: the button is clicked once it is released.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier);
    REQUIRE((!decided.isEmpty() || decided.wait(2000)));
    CHECK(page.model().rowCount() == 0);
    CHECK(page.findChild<QLabel *>(QStringLiteral("conflictCount"))->text() ==
          QStringLiteral("Aucun conflit à traiter."));

    // The laptop imports the office's next bundle through its Sync page: both decisions
    // arrive, its list empties, the value chosen on the office is there.
    const QString file = f.key.filePath(QStringLiteral("decisions.passerelle-sync"));
    f.office.exportTo(f.laptop, file);
    ConflictsPage laptopConflicts(f.laptop.db(), f.dialogs, f.laptop.clock);
    REQUIRE(laptopConflicts.model().rowCount() == 2);
    SyncPage laptopSync(f.laptop.db(), f.dialogs, f.laptop.clock);
    QObject::connect(&laptopSync, &SyncPage::dataImported, &laptopConflicts,
                     &ConflictsPage::reload);
    f.dialogs.files = {file};
    QSignalSpy finished(&laptopSync, &SyncPage::exchangeFinished);
    laptopSync.importBundle();
    REQUIRE(finished.wait(30000));
    CHECK(laptopSync.resultLabel()->text().contains(QStringLiteral("2 conflits réglés")));
    CHECK(laptopConflicts.model().rowCount() == 0);
    CHECK(noteOf(f.laptop, f.interventions[2]) ==
          QStringLiteral("RDV CMP confirmé pour le 8 juillet"));
    CHECK(contentHash(f.laptop.db()) == contentHash(f.office.db()));
}

TEST_CASE("Conflicts page: the filter \"Tous\" also shows losers equal to the value kept",
          "[sync-conflicts]")
{
    Fixture f;
    // Both devices typed the same duration offline: logged, but nothing was lost.
    setDuration(f.office, f.interventions[8], 30);
    setDuration(f.laptop, f.interventions[8], 30);
    exchange(f.laptop, f.office, f.key.path());
    ConflictsPage page(f.office.db(), f.dialogs, f.office.clock);
    QAbstractItemModelTester tester(&page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    CHECK(page.model().rowCount() == 2);
    auto *filter = page.findChild<QComboBox *>(QStringLiteral("conflictFilter"));
    REQUIRE(filter);
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    CHECK(filter->currentText() == QStringLiteral("Tous"));
    REQUIRE(page.model().rowCount() == 3);
    CHECK(page.findChild<QLabel *>(QStringLiteral("conflictCount"))->text() ==
          QStringLiteral("3 conflits consignés."));
    int settled = -1;
    for (int r = 0; r < page.model().rowCount(); ++r)
        if (page.model().rowAt(r)->sameAsCurrent)
            settled = r;
    REQUIRE(settled >= 0);
    CHECK(cell(page.model(), settled, ConflictModel::Column::Other) == QStringLiteral("30"));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(page.view()->model());
    page.view()->setCurrentIndex(proxy->mapFromSource(page.model().index(settled, 0)));
    // Nothing to bring back: only "Garder" makes sense.
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("useOther"))->isEnabled());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("keepCurrent"))->isEnabled());
}
