// "Importer un ou plusieurs paquets…": several .passerelle-sync files chosen at once are
// imported in order on the worker thread, with a progress bar that counts the files, and
// each file's outcome is reported on its own line.

#include "test_sync_support.h"

#include "common/DialogService.h"
#include "sync/SyncActions.h"
#include "sync/SyncFolderReport.h"
#include "sync/SyncPage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
const QDateTime kMorning(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);
} // namespace

TEST_CASE("Sync page: several bundles chosen at once are imported in order, with progress, "
          "each reported",
          "[ui][sync-import-many]")
{
    SyncDevice office(ReplicaRole::Office, kMorning);
    SyncDevice laptop(ReplicaRole::Laptop, kMorning.addSecs(60));
    pair(office, QStringLiteral("Bureau UDAF 52"), laptop, QStringLiteral("Portable de Camille"));
    const QList<Uuid> visits = seedCasework(office, 4);
    assignCasesTo(office, laptop, QStringLiteral("TP-CAMILLE"));
    QTemporaryDir key;
    exchange(office, laptop, key.path());
    exchange(laptop, office, key.path());

    // Monday's and Tuesday's bundles from the laptop, and a file that is not a bundle.
    setNote(laptop, visits[0], QStringLiteral("Lundi : visite faite"));
    const QString monday = key.filePath(QStringLiteral("lundi.passerelle-sync"));
    laptop.exportTo(office, monday);
    laptop.clock.advanceMs(24 * 3600 * 1000);
    setNote(laptop, visits[1], QStringLiteral("Mardi : accompagnement au CMP"));
    const QString tuesday = key.filePath(QStringLiteral("mardi.passerelle-sync"));
    laptop.exportTo(office, tuesday);
    const QString junk = key.filePath(QStringLiteral("photo.passerelle-sync"));
    QFile out(junk);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("Ceci n'est pas un paquet.");
    out.close();
    office.clock.advanceMs(2 * 24 * 3600 * 1000);

    ScriptedDialogService dialogs;
    dialogs.fileLists = {{monday, junk, tuesday}};
    SyncPage page(office.db(), dialogs, office.clock);
    page.resize(1000, 640);
    page.show();
    QSignalSpy progressed(&page, &SyncPage::importProgressed);
    QSignalSpy finished(&page, &SyncPage::exchangeFinished);
    QSignalSpy imported(&page, &SyncPage::dataImported);

    auto *importButton = page.findChild<QPushButton *>(QStringLiteral("importBundle"));
    REQUIRE(importButton);
    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK(dialogs.asked.first() == QStringLiteral("files: Importer un ou plusieurs paquets"));
    // The bar counts files from the start.
    REQUIRE(page.isBusy());
    CHECK(page.progressBar()->maximum() == 3);
    CHECK_FALSE(importButton->isEnabled());
    REQUIRE(finished.wait(30000));

    REQUIRE(progressed.size() >= 2);
    CHECK(progressed.first() == QVariantList{0, 3});
    CHECK(progressed.last() == QVariantList{3, 3});
    for (qsizetype i = 1; i < progressed.size(); ++i)
        CHECK(progressed[i][0].toInt() >= progressed[i - 1][0].toInt());

    const QStringList lines = page.resultLabel()->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("lundi.passerelle-sync : Paquet de « Portable de "
                                             "Camille » importé.")));
    CHECK(lines[1].startsWith(QStringLiteral("photo.passerelle-sync : ")));
    CHECK(lines[1].contains(QStringLiteral("n'est pas un paquet de synchronisation")));
    CHECK(lines[2].startsWith(QStringLiteral("mardi.passerelle-sync : Paquet de « Portable de "
                                             "Camille » importé.")));
    CHECK(page.resultLabel()->property("refused").toBool());
    CHECK(dialogs.asked.filter(QStringLiteral("warning: ")).size() == 1);
    CHECK(imported.count() == 1);
    CHECK(noteOf(office, visits[0]) == QStringLiteral("Lundi : visite faite"));
    CHECK(noteOf(office, visits[1]) == QStringLiteral("Mardi : accompagnement au CMP"));
    CHECK(importButton->isEnabled());
    CHECK(page.progressBar()->isHidden());
    saveShotIfAsked(page, QStringLiteral("sync-import-many.png"));

    // Cancelling the choice imports nothing.
    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK_FALSE(page.isBusy());
}

TEST_CASE("Sync folder report: bundles pruned from « traité » are mentioned",
          "[ui][sync-import-many]")
{
    SyncFolderReport report;
    CHECK_FALSE(SyncActions::describe(report).contains(QStringLiteral("traité")));
    report.pruned = 3;
    // (Plural forms come from the French catalogue once it is refreshed.)
    const QString text = SyncActions::describe(report);
    CHECK(text.contains(QStringLiteral("3 ancien")));
    CHECK(text.contains(QStringLiteral("du dossier « traité »")));
}
