#include "test_sync_support.h"

#include "common/DialogService.h"
#include "sync/ConflictModel.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncPage.h"
#include "sync/SyncPeerModel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace passerelle;
using namespace passerelle::test;

// An office with a second office PC and three laptops (one lost and revoked), a week of
// offline edits and the conflicts they made: the two screens as a coordinator sees them.
// With PASSERELLE_SCREENSHOT_DIR set, they are saved as packaging/screenshots shows them.
TEST_CASE("Sync screens on an office with several devices", "[sync-screens]")
{
    // Ahead of the system clock, under which the files were created (hybrid clocks never go
    // back): the dates on screen are then the devices' own.
    const QDateTime monday(QDate::currentDate().addDays(1), QTime(8, 30), Qt::UTC);
    SyncDevice office(ReplicaRole::Office, monday);
    SyncDevice accueil(ReplicaRole::Office, monday);
    SyncDevice camille(ReplicaRole::Laptop, monday.addSecs(120));
    SyncDevice yanis(ReplicaRole::Laptop, monday.addSecs(240));
    SyncDevice lost(ReplicaRole::Laptop, monday);
    pair(office, QStringLiteral("Bureau coordination UDAF 52"), accueil,
         QStringLiteral("PC accueil Chaumont"));
    pair(office, QStringLiteral("Bureau coordination UDAF 52"), camille,
         QStringLiteral("Portable de Camille (pair-aidance)"));
    pair(office, QStringLiteral("Bureau coordination UDAF 52"), yanis,
         QStringLiteral("Portable de Yanis (équipe mobile)"));
    pair(office, QStringLiteral("Bureau coordination UDAF 52"), lost,
         QStringLiteral("Ancien portable Langres"));
    QTemporaryDir key;
    const QList<Uuid> visits = seedCasework(office, 40);
    assignCasesTo(office, camille, QStringLiteral("TP-CAMILLE"));
    assignCasesTo(office, yanis, QStringLiteral("TP-YANIS"));
    for (SyncDevice *d : {&accueil, &camille, &yanis}) {
        exchange(office, *d, key.path());
        exchange(*d, office, key.path());
    }
    PeerDirectory(office.db(), office.clock).revoke(lost.id());

    // A week offline: the laptops and the office edit the same visits.
    for (SyncDevice *d : {&office, &camille, &yanis})
        d->clock.advanceMs(4 * 24 * 3600 * 1000LL);
    setNote(office, visits[3], QStringLiteral("Bailleur rappelé : plan d'apurement accepté"));
    setNote(camille, visits[3], QStringLiteral("Plan d'apurement à signer jeudi avec la CESF"));
    setDuration(office, visits[7], 45);
    setDuration(camille, visits[7], 150);
    setNote(yanis, visits[12], QStringLiteral("Accompagnement CMP fait, prochain RDV le 15"));
    // The office's correction comes later in the day: there the laptop's value loses.
    office.clock.advanceMs(3 * 3600 * 1000);
    setNote(office, visits[12], QStringLiteral("Accompagnement CMP reporté au 22 (CMP fermé)"));
    setNote(yanis, visits[21], QStringLiteral("Désencombrement : deuxième passage fait"));
    setNote(camille, visits[30], QStringLiteral("Appel GEM : inscription à l'atelier"));
    exchange(camille, office, key.path());
    yanis.exportTo(office, key.filePath(QStringLiteral("yanis.passerelle-sync")));
    office.clock.advanceMs(2 * 3600 * 1000);

    ScriptedDialogService dialogs;
    SyncPage sync(office.db(), dialogs, office.clock);
    sync.setReplicaName(QStringLiteral("Bureau coordination UDAF 52"));
    sync.setReplicaRole(ReplicaRole::Office);
    QAction invite(QStringLiteral("Inviter un appareil…"));
    QAction folder(QStringLiteral("Synchroniser le dossier"));
    sync.addSyncAction(&invite);
    sync.addSyncAction(&folder);
    sync.resize(1000, 640);
    sync.show();
    QSignalSpy finished(&sync, &SyncPage::exchangeFinished);
    sync.importFile(key.filePath(QStringLiteral("yanis.passerelle-sync")));
    REQUIRE(finished.wait(30000));
    REQUIRE(sync.model().rowCount() == 4);
    CHECK(sync.resultLabel()->text().contains(QStringLiteral("1 conflit trouvé")));
    sync.peerView()->setCurrentIndex(sync.peerView()->model()->index(2, 0));

    ConflictsPage conflicts(office.db(), dialogs, office.clock);
    conflicts.resize(1100, 620);
    conflicts.show();
    REQUIRE(conflicts.model().rowCount() == 3);

    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR")) {
        const QDir dir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"));
        sync.grab().save(dir.filePath(QStringLiteral("sync.png")));
        conflicts.grab().save(dir.filePath(QStringLiteral("conflicts.png")));
    }
}
