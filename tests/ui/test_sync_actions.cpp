// Pairing and sync-folder actions of the Sync window, driven through their real dialogs:
// invite on an office, join on a second database (wrong code refused and nothing written,
// right code gives the reply), accept on the office, then a folder sync both ways.

#include "common/DialogService.h"
#include "repositories/WorkerRepository.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "sync/InvitationService.h"
#include "sync/InviteDialog.h"
#include "sync/JoinDialog.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncActions.h"
#include "sync/SyncPage.h"
#include "sync/SyncPeerModel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
qint64 count(Database &db, const char *table)
{
    SqliteStatement q(db.handle(),
                      QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData());
    q.step();
    return q.int64(0);
}

void saveShot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

TEST_CASE("Sync actions: invite, join (wrong code, then right), accept, sync through a folder",
          "[ui][sync-actions]")
{
    QTemporaryDir exchange;
    REQUIRE(exchange.isValid());
    const QString invitePath = exchange.filePath(QStringLiteral("portable.passerelle-invite"));
    const QString replyPath = exchange.filePath(QStringLiteral("portable.passerelle-join"));
    const QString folder = exchange.filePath(QStringLiteral("partage"));
    REQUIRE(QDir().mkpath(folder));

    // The office: an organisation and its peer worker.
    TempDatabase office;
    const Uuid org = Uuid::createV7();
    {
        SqliteStatement o(office.db->handle(), "INSERT INTO organisation(id, name, created_at, "
                                               "updated_at) VALUES (?, 'UDAF 52', 1, 1)");
        o.bindBlob(1, org.bytes());
        o.execute();
    }
    Worker camille;
    camille.organisationId = org;
    camille.code = QStringLiteral("TP1");
    camille.displayName = QStringLiteral("Camille Martin");
    camille.role = WorkerRole::PeerWorker;
    camille.fte = 0.5;
    WorkerRepository(*office.db).create(camille);
    const ReplicaKeys officeKeys = ReplicaKeys::forDatabase(*office.db);
    const InvitationService officeService(*office.db, officeKeys);

    // 1. Invitation: the worker is offered by name, the code is shown large, the file written.
    ScriptedDialogService officeDialogs;
    InviteDialog invite(*office.db, officeService, officeDialogs);
    invite.show();
    REQUIRE(invite.workerBox()->count() == 1);
    CHECK(invite.workerBox()->currentText() == QStringLiteral("Camille Martin"));
    QTest::mouseClick(invite.createButton(), Qt::LeftButton);
    CHECK(invite.errorLabel()->isVisible()); // no device name yet
    CHECK_FALSE(QFile::exists(invitePath));
    QTest::keyClicks(invite.deviceNameEdit(), QStringLiteral("Portable de Camille"));
    officeDialogs.files << invitePath;
    QSignalSpy created(&invite, &InviteDialog::invitationCreated);
    QTest::mouseClick(invite.createButton(), Qt::LeftButton);
    REQUIRE(created.count() == 1);
    const QString code = invite.codeLabel()->text();
    CHECK(code.size() >= 9);
    CHECK(code.contains(QLatin1Char('-')));
    CHECK(QFile::exists(invitePath));
    CHECK(invite.codeLabel()->isVisible());
    saveShot(invite, QStringLiteral("sync-invite.png"));

    // 2. Join on a fresh database: a wrong code is refused beside the field, nothing written.
    TempDatabase laptop;
    const ReplicaKeys laptopKeys = ReplicaKeys::forDatabase(*laptop.db);
    const InvitationService laptopService(*laptop.db, laptopKeys);
    ScriptedDialogService laptopDialogs;
    {
        JoinDialog join(invitePath, *laptop.db, laptopService, laptopDialogs);
        join.show();
        CHECK(join.summaryLabel()->text().contains(QStringLiteral("UDAF 52")));
        CHECK(join.summaryLabel()->text().contains(QStringLiteral("pas encore")));
        QTest::keyClicks(join.codeEdit(), QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
        laptopDialogs.files << replyPath;
        QTest::mouseClick(join.joinButton(), Qt::LeftButton);
        CHECK(join.errorLabel()->isVisible());
        CHECK_FALSE(join.errorLabel()->text().isEmpty());
        CHECK_FALSE(QFile::exists(replyPath));
        CHECK(PeerDirectory(*laptop.db).list().isEmpty());
        saveShot(join, QStringLiteral("sync-join.png"));
        CHECK_FALSE(laptopService.membership().has_value());

        // The right code, typed in lower case with spaces, gives the reply.
        join.codeEdit()->clear();
        QTest::keyClicks(join.codeEdit(),
                         code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        laptopDialogs.files << replyPath;
        QTest::mouseClick(join.joinButton(), Qt::LeftButton);
        CHECK(join.result() == QDialog::Accepted);
        CHECK(QFile::exists(replyPath));
        CHECK(laptopService.membership().has_value());
    }

    // 3. Accept on the office: confirmed, the laptop is listed on the Sync page.
    QTemporaryDir settingsDir;
    QSettings officeSettings(settingsDir.filePath(QStringLiteral("office.ini")),
                             QSettings::IniFormat);
    SyncPage officePage(*office.db, officeDialogs, systemClock());
    SyncActions officeActions(*office.db, officeDialogs, officeSettings, systemClock(),
                              &officePage);
    officeActions.install(officePage);
    CHECK(officeActions.inviteAction()->isVisible());
    CHECK_FALSE(officeActions.joinAction()->isVisible());
    officeDialogs.files << replyPath; // declined at the confirmation: nothing recorded
    officeDialogs.answers << DialogService::Answer::No;
    officeActions.acceptReply();
    CHECK(officeDialogs.asked.last().startsWith(QStringLiteral("question:")));
    CHECK(officeDialogs.asked.last().contains(QStringLiteral("Camille Martin")));
    CHECK(PeerDirectory(*office.db).list().isEmpty());
    officeDialogs.files << replyPath;
    officeDialogs.answers << DialogService::Answer::Yes;
    officeActions.acceptReply();
    REQUIRE(PeerDirectory(*office.db).list().size() == 1);
    REQUIRE(QTest::qWaitFor([&] { return officePage.model().rowCount() == 1; }));
    officeDialogs.files << replyPath; // the invitation is spent: refused with its reason
    officeActions.acceptReply();
    CHECK(officeDialogs.asked.last().startsWith(QStringLiteral("warning:")));
    CHECK(PeerDirectory(*office.db).list().size() == 1);

    // 4. Folder sync: the office drops a bundle, the laptop picks it up.
    officeDialogs.files << folder;
    QSignalSpy officeDone(&officeActions, &SyncActions::folderSyncFinished);
    officeActions.syncFolder(); // asks for the folder once, remembers it
    CHECK(officeSettings.value(QStringLiteral("sync/folder")).toString() == folder);
    REQUIRE(officeDone.wait(20000));
    CHECK(officeActions.lastReportText().contains(QStringLiteral("Portable de Camille")));

    QSettings laptopSettings(settingsDir.filePath(QStringLiteral("laptop.ini")),
                             QSettings::IniFormat);
    laptopSettings.setValue(QStringLiteral("sync/folder"), folder);
    SyncPage laptopPage(*laptop.db, laptopDialogs, systemClock());
    SyncActions laptopActions(*laptop.db, laptopDialogs, laptopSettings, systemClock(),
                              &laptopPage);
    laptopActions.install(laptopPage);
    CHECK_FALSE(laptopActions.inviteAction()->isVisible());
    CHECK_FALSE(laptopActions.joinAction()->isVisible());
    CHECK(count(*laptop.db, "organisation") == 0);
    QSignalSpy imported(&laptopActions, &SyncActions::dataImported);
    QSignalSpy laptopDone(&laptopActions, &SyncActions::folderSyncFinished);
    laptopActions.syncFolder();
    REQUIRE(laptopDone.wait(20000));
    CHECK(imported.count() == 1);
    CHECK(count(*laptop.db, "organisation") == 1);
    CHECK(count(*laptop.db, "worker") == 1);
    CHECK(laptopActions.lastReportText().contains(QStringLiteral("reçu")));
    CHECK(laptopDialogs.asked.last().startsWith(QStringLiteral("information:")));
    laptopPage.resize(1000, 600);
    laptopPage.show();
    saveShot(laptopPage, QStringLiteral("sync-folder.png"));
}

TEST_CASE("Sync actions: the folder report names refusals, unsent bundles and cancellation",
          "[ui][sync-actions]")
{
    SyncFolderReport report;
    SyncFolderPeerReport peer;
    peer.peer = Uuid::createV7();
    peer.peerName = QStringLiteral("Poste de l'accueil");
    peer.receivedRows = 12;
    peer.conflicts = 2;
    peer.sentFile = QStringLiteral("a_b_c.passerelle-sync");
    peer.sentRows = 3;
    report.peers << peer;
    report.refused << SyncFolderRefusal{QStringLiteral("x.passerelle-sync"),
                                        QStringLiteral("unknown-sender"),
                                        QStringLiteral("Expéditeur inconnu")};
    report.unsent << SyncFolderUnsent{peer.peer, QStringLiteral("Dossier en lecture seule")};
    report.cancelled = true;
    const QString text = SyncActions::describe(report);
    CHECK(text.contains(QStringLiteral("interrompue")));
    CHECK(text.contains(QStringLiteral("Poste de l'accueil")));
    CHECK(text.contains(QStringLiteral("x.passerelle-sync — Expéditeur inconnu")));
    CHECK(text.contains(QStringLiteral("non déposé pour Poste de l'accueil : Dossier en lecture")));
    CHECK(text.contains(QStringLiteral("12")));
}

TEST_CASE("Sync actions: a file that is not an invitation is refused before any dialog",
          "[ui][sync-actions]")
{
    TempDatabase device;
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("faux.passerelle-invite"));
    {
        QFile f(bogus);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("pas une invitation");
    }
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ScriptedDialogService dialogs;
    SyncActions actions(*device.db, dialogs, settings, systemClock());
    CHECK(actions.joinAction()->isVisible()); // not a member yet
    dialogs.files << bogus;
    actions.join();
    REQUIRE(dialogs.asked.size() == 2);
    CHECK(dialogs.asked.last().startsWith(QStringLiteral("warning:")));
    CHECK_FALSE(ReplicaKeys::forDatabase(*device.db).replicaId().isNull());
    CHECK_FALSE(InvitationService(*device.db, ReplicaKeys::forDatabase(*device.db))
                    .membership()
                    .has_value());

    // Cancelling the folder choice starts nothing.
    QSignalSpy done(&actions, &SyncActions::folderSyncFinished);
    actions.syncFolder();
    CHECK_FALSE(actions.isSyncing());
    CHECK(dialogs.asked.last().startsWith(QStringLiteral("folder:")));
    CHECK(settings.value(QStringLiteral("sync/folder")).toString().isEmpty());
    CHECK(done.isEmpty());
}
