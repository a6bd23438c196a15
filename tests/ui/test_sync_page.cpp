#include "test_sync_support.h"

#include "common/DialogService.h"
#include "sync/BundleWriter.h"
#include "sync/SyncOverview.h"
#include "sync/SyncPage.h"
#include "sync/SyncPeerModel.h"
#include "sync/SyncSchemaVersion.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// Tomorrow morning: the files were created under the system clock, and hybrid clocks
// never go back, so the devices' own clocks must lie ahead of it to decide anything.
const QDateTime kMorning(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);

// The office the page shows, a laptop paired with it, and a folder standing for a USB key.
struct Fixture
{
    Fixture()
        : office(ReplicaRole::Office, kMorning), laptop(ReplicaRole::Laptop, kMorning.addSecs(60))
    {
        pair(office, QStringLiteral("Bureau UDAF 52"), laptop,
             QStringLiteral("Portable de Camille"));
        interventions = seedCasework(office, 6);
        assignCasesTo(office, laptop, QStringLiteral("TP-CAMILLE"));
        exchange(office, laptop, key.path());
        exchange(laptop, office, key.path());
    }

    QPushButton *button(SyncPage &page, const char *name)
    {
        auto *b = page.findChild<QPushButton *>(QLatin1String(name));
        REQUIRE(b);
        return b;
    }

    // Presses "Importer un paquet…" with `file` as the chosen file, and waits for the end.
    void importThroughPage(SyncPage &page, const QString &file)
    {
        dialogs.files = {file};
        QSignalSpy finished(&page, &SyncPage::exchangeFinished);
        QTest::mouseClick(button(page, "importBundle"), Qt::LeftButton);
        CHECK(page.isBusy());
        REQUIRE(finished.wait(30000));
        CHECK_FALSE(page.isBusy());
    }

    SyncDevice office;
    SyncDevice laptop;
    QTemporaryDir key;
    QList<Uuid> interventions;
    ScriptedDialogService dialogs;
};

} // namespace

TEST_CASE("Sync page: this device and the paired ones, with what waits for each", "[sync-page]")
{
    Fixture f;
    setNote(f.office, f.interventions[0], QStringLiteral("Point avec le CMP prévu mardi"));
    SyncPage page(f.office.db(), f.dialogs, f.office.clock);
    QAbstractItemModelTester tester(&page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();

    CHECK(page.findChild<QLabel *>(QStringLiteral("replicaId"))->text() ==
          SyncOverview::shortId(f.office.id()));
    REQUIRE(page.model().rowCount() == 1);
    const QModelIndex name = page.model().index(0, int(SyncPeerModel::Column::Name));
    CHECK(name.data().toString() == QStringLiteral("Portable de Camille"));
    CHECK(page.model().index(0, int(SyncPeerModel::Column::Role)).data().toString() ==
          label(ReplicaRole::Laptop));
    // The note edited since the last exchange is one transaction the laptop lacks.
    CHECK(page.model().index(0, int(SyncPeerModel::Column::Pending)).data().toString() ==
          QStringLiteral("1"));
    CHECK(page.model().index(0, int(SyncPeerModel::Column::LastExchange)).data().toString() !=
          QStringLiteral("jamais"));

    // The pairing and sync-folder actions are the main window's: they appear as buttons.
    QAction invite(QStringLiteral("Inviter un appareil…"));
    QSignalSpy triggered(&invite, &QAction::triggered);
    page.addSyncAction(&invite);
    QPushButton *inviteButton = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == invite.text())
            inviteButton = b;
    REQUIRE(inviteButton);
    QTest::mouseClick(inviteButton, Qt::LeftButton);
    CHECK(triggered.count() == 1);
}

TEST_CASE("Sync page: a good bundle is imported in the background, summarised, and the list "
          "updated",
          "[sync-page]")
{
    Fixture f;
    setNote(f.laptop, f.interventions[1], QStringLiteral("Visite faite, logement rangé"));
    setDuration(f.laptop, f.interventions[2], 90);
    const QString file = f.key.filePath(QStringLiteral("du-portable.passerelle-sync"));
    f.laptop.exportTo(f.office, file);
    f.office.clock.advanceMs(3600 * 1000);

    SyncPage page(f.office.db(), f.dialogs, f.office.clock);
    page.show();
    QSignalSpy imported(&page, &SyncPage::dataImported);
    f.importThroughPage(page, file);

    CHECK(imported.count() == 1);
    const QString summary = page.resultLabel()->text();
    CHECK(summary.contains(QStringLiteral("Paquet de « Portable de Camille » importé.")));
    CHECK(summary.contains(QStringLiteral("2 lignes reçues")));
    CHECK(page.resultLabel()->isVisible());
    CHECK_FALSE(page.resultLabel()->property("refused").toBool());
    CHECK(f.dialogs.asked.filter(QStringLiteral("warning")).isEmpty());
    CHECK(noteOf(f.office, f.interventions[1]) == QStringLiteral("Visite faite, logement rangé"));
    // The last exchange is the import's time (the page's clock).
    const QString contact =
        page.model().index(0, int(SyncPeerModel::Column::LastExchange)).data().toString();
    CHECK(contact == QLocale().toString(f.office.clock.now().toLocalTime(), QLocale::ShortFormat));

    // The same file again: already imported, said calmly, nothing changes.
    const QByteArray before = contentHash(f.office.db());
    f.importThroughPage(page, file);
    CHECK(page.resultLabel()->text().contains(QStringLiteral("déjà été appliqué")));
    CHECK(contentHash(f.office.db()) == before);
}

TEST_CASE("Sync page: a refused file shows its own message and changes nothing", "[sync-page]")
{
    Fixture f;
    setNote(f.laptop, f.interventions[3], QStringLiteral("Relance bailleur faite"));
    const QString good = f.key.filePath(QStringLiteral("du-portable.passerelle-sync"));
    f.laptop.exportTo(f.office, good);
    QFile in(good);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    in.close();

    SyncPage page(f.office.db(), f.dialogs, f.office.clock);
    page.show();
    const QByteArray before = contentHash(f.office.db());

    SECTION("cut short by an interrupted copy")
    {
        const QString cut = f.key.filePath(QStringLiteral("coupé.passerelle-sync"));
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        f.importThroughPage(page, cut);
        CHECK(page.resultLabel()->text().contains(QStringLiteral("incomplet")));
    }
    SECTION("altered on the way")
    {
        QByteArray altered = bytes;
        altered[altered.size() - 40] = char(altered[altered.size() - 40] ^ 0x20);
        const QString path = f.key.filePath(QStringLiteral("altéré.passerelle-sync"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(altered);
        out.close();
        f.importThroughPage(page, path);
        CHECK(page.resultLabel()->text().contains(QStringLiteral("altéré")));
    }
    SECTION("addressed to another device")
    {
        SyncDevice other(ReplicaRole::Laptop, kMorning);
        PeerDirectory(other.db()).pair(f.laptop.asPeer(QStringLiteral("Portable de Camille")));
        PeerDirectory(f.laptop.db()).pair(other.asPeer(QStringLiteral("Portable de Yanis")));
        const QString path = f.key.filePath(QStringLiteral("pour-yanis.passerelle-sync"));
        f.laptop.exportTo(other, path);
        f.importThroughPage(page, path);
        CHECK(page.resultLabel()->text().contains(QStringLiteral("destiné à un autre appareil")));
    }
    SECTION("written by a newer Passerelle")
    {
        BundleHeader header;
        header.schema = {SyncSchemaVersion::current().majorVersion + 1, 0};
        const QString path = f.key.filePath(QStringLiteral("futur.passerelle-sync"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        BundleWriter(*f.laptop.keys)
            .write(out, f.office.asPeer(QStringLiteral("Bureau")), header, {});
        out.close();
        f.importThroughPage(page, path);
        CHECK(page.resultLabel()->text().startsWith(QStringLiteral("Mise à jour requise")));
    }
    CHECK(page.resultLabel()->property("refused").toBool());
    CHECK(page.resultLabel()->text().contains(QStringLiteral("Rien n'a été importé.")));
    // Said in a dialog too, with the very same words.
    const QStringList warnings = f.dialogs.asked.filter(QStringLiteral("warning: "));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first() == QStringLiteral("warning: ") + page.resultLabel()->text());
    CHECK(contentHash(f.office.db()) == before);
}

TEST_CASE("Sync page: a bundle exported for the chosen device is one it accepts", "[sync-page]")
{
    Fixture f;
    setNote(f.office, f.interventions[4], QStringLiteral("Commission du 12/07 : accord"));
    SyncPage page(f.office.db(), f.dialogs, f.office.clock);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.peerView()->setFocus();
    page.peerView()->setCurrentIndex(page.peerView()->model()->index(0, 0));
    const QString file = f.key.filePath(QStringLiteral("pour-camille.passerelle-sync"));
    f.dialogs.files = {file};
    QSignalSpy finished(&page, &SyncPage::exchangeFinished);
    // Alt+E: "&Exporter un paquet pour…".
    QTest::keyClick(&page, Qt::Key_E, Qt::AltModifier);
    REQUIRE(finished.wait(30000));
    CHECK(f.dialogs.asked.first().startsWith(QStringLiteral("file:")));
    CHECK(page.resultLabel()->text().contains(QStringLiteral("Paquet pour « Portable de Camille » "
                                                             "enregistré")));
    const SyncImport read = f.laptop.importFile(file);
    REQUIRE(read.read.isVerified());
    CHECK(noteOf(f.laptop, f.interventions[4]) == QStringLiteral("Commission du 12/07 : accord"));
}

TEST_CASE("Sync page: revoking a lost laptop asks first, then refuses its bundles", "[sync-page]")
{
    Fixture f;
    const QString file = f.key.filePath(QStringLiteral("du-portable.passerelle-sync"));
    setNote(f.laptop, f.interventions[0], QStringLiteral("Saisie après la perte"));
    f.laptop.exportTo(f.office, file);
    SyncPage page(f.office.db(), f.dialogs, f.office.clock);
    page.show();
    page.peerView()->setCurrentIndex(page.peerView()->model()->index(0, 0));

    f.dialogs.answers = {DialogService::Answer::No};
    QTest::mouseClick(f.button(page, "revokePeer"), Qt::LeftButton);
    CHECK_FALSE(page.model().rowAt(0)->isRevoked());

    f.dialogs.answers = {DialogService::Answer::Yes};
    QTest::mouseClick(f.button(page, "revokePeer"), Qt::LeftButton);
    REQUIRE(page.model().rowAt(0)->isRevoked());
    CHECK(page.model()
              .index(0, int(SyncPeerModel::Column::State))
              .data()
              .toString()
              .startsWith(QStringLiteral("révoqué le")));
    CHECK_FALSE(f.button(page, "exportBundle")->isEnabled());
    CHECK_FALSE(f.button(page, "revokePeer")->isEnabled());

    f.importThroughPage(page, file);
    CHECK(page.resultLabel()->text().contains(QStringLiteral("appareil révoqué")));
}

TEST_CASE("Sync page: several files are imported one after the other, each with its outcome",
          "[sync-page]")
{
    Fixture f;
    setNote(f.laptop, f.interventions[5], QStringLiteral("Atelier GEM : inscrite"));
    const QString good = f.key.filePath(QStringLiteral("lundi.passerelle-sync"));
    f.laptop.exportTo(f.office, good);
    const QString junk = f.key.filePath(QStringLiteral("notes.passerelle-sync"));
    QFile out(junk);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("Ceci n'est pas un paquet.");
    out.close();

    SyncPage page(f.office.db(), f.dialogs, f.office.clock);
    page.show();
    QSignalSpy finished(&page, &SyncPage::exchangeFinished);
    QSignalSpy imported(&page, &SyncPage::dataImported);
    page.importFiles({junk, good});
    REQUIRE(finished.wait(30000));
    const QStringList lines = page.resultLabel()->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("notes.passerelle-sync : ")));
    CHECK(lines[0].contains(QStringLiteral("n'est pas un paquet de synchronisation")));
    CHECK(lines[1].startsWith(QStringLiteral("lundi.passerelle-sync : Paquet de « Portable de "
                                             "Camille » importé.")));
    CHECK(page.resultLabel()->property("refused").toBool());
    CHECK(f.dialogs.asked.filter(QStringLiteral("warning: ")).size() == 1);
    CHECK(imported.count() == 1);
    CHECK(noteOf(f.office, f.interventions[5]) == QStringLiteral("Atelier GEM : inscrite"));
}
