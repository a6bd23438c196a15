#include "test_sync_fixtures.h"
#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/PeerDirectory.h"
#include "sync/SyncEngine.h"
#include "sync/SyncFolder.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace passerelle;
using namespace passerelle::test;

namespace {
Uuid addProgramme(PairingReplica &r)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(r.db().handle(),
                      "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                      "updated_at) VALUES (?, ?, 'PA', 'Pair-aidance', 1, 1)");
    q.bindBlob(1, id.bytes());
    q.bindBlob(2, r.organisation.bytes());
    q.execute();
    return id;
}

Uuid addIntervention(PairingReplica &r, const Uuid &programme, const QString &note)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement q(
        r.db().handle(),
        "INSERT INTO intervention(id, programme_id, date, status, channel, "
        "intervention_type, duration_min, note, created_at, updated_at) VALUES (?, ?, "
        "'2025-09-15', 'done', (SELECT min(code) FROM ref_channel), (SELECT min(code) "
        "FROM ref_intervention_type), 45, ?, 1, 1)");
    q.bindBlob(1, id.bytes());
    q.bindBlob(2, programme.bytes());
    q.bindText(3, note);
    q.execute();
    return id;
}

void setNote(PairingReplica &r, const Uuid &intervention, const QString &note)
{
    SqliteStatement q(r.db().handle(),
                      "UPDATE intervention SET note = ?, updated_at = 2 WHERE id = ?");
    q.bindText(1, note);
    q.bindBlob(2, intervention.bytes());
    q.execute();
}

SyncFolderReport syncNow(PairingReplica &r, const QString &folder,
                         const SyncFolder::ProgressCallback &progress = {},
                         const std::atomic_bool *cancel = nullptr)
{
    r.clock.advanceMs(60 * 1000);
    return SyncFolder(r.db(), *r.keys, r.clock).syncNow(folder, progress, cancel);
}

const SyncFolderPeerReport &peerIn(const SyncFolderReport &report, const Uuid &peer)
{
    for (const SyncFolderPeerReport &p : report.peers)
        if (p.peer == peer)
            return p;
    FAIL("no report for peer " << peer.toString().toStdString());
    return report.peers.first();
}

QStringList bundles(const QString &folder, const QString &pattern = QStringLiteral("*"))
{
    return QDir(folder).entryList({pattern + QStringLiteral(".passerelle-sync")}, QDir::Files,
                                  QDir::Name);
}

QByteArray bundleBytes(PairingReplica &from, PairingReplica &to)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    SyncEngine(from.db(), *from.keys, from.clock).exportTo(to.id(), out);
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("Sync folder: an office, a laptop and a second office PC converge through one folder")
{
    PairingReplica office, laptop, second;
    office.addOrganisation();
    office.pair(laptop);
    office.pair(second, ReplicaRole::Office);
    const Uuid programme = addProgramme(office);
    const Uuid visit = addIntervention(office, programme, QStringLiteral("Visite à domicile"));
    addIntervention(office, programme, QStringLiteral("Entretien téléphonique"));
    QTemporaryDir share;
    const QString folder = share.path();

    // The office drops one bundle for each paired replica.
    const SyncFolderReport first = syncNow(office, folder);
    CHECK(first.refused.isEmpty());
    CHECK(first.peers.size() == 2);
    const SyncFolderPeerReport &toLaptop = peerIn(first, laptop.id());
    CHECK(toLaptop.sentRows > 0);
    CHECK(toLaptop.sentFile.startsWith(office.id().toString() + QLatin1Char('_') +
                                       laptop.id().toString() + QLatin1Char('_')));
    CHECK(peerIn(first, second.id()).sentRows == toLaptop.sentRows);
    CHECK(bundles(folder).size() == 2);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 2); // no temporary left

    // The laptop takes the one addressed to it (by its header), leaves the other, answers.
    const SyncFolderReport atLaptop = syncNow(laptop, folder);
    CHECK(atLaptop.refused.isEmpty());
    CHECK(atLaptop.otherRecipients == 1);
    CHECK(peerIn(atLaptop, office.id()).receivedBundles == 1);
    // Organisation, two workers, programme, two interventions (the shipped reference lists
    // travel too, as "sent" rows, but every replica holds them already).
    CHECK(peerIn(atLaptop, office.id()).receivedRows == 6);
    CHECK_FALSE(peerIn(atLaptop, office.id()).sentFile.isEmpty()); // acknowledgement
    CHECK(contentHash(laptop.db()) == contentHash(office.db()));
    CHECK(QFile::exists(QDir(folder).filePath(SyncFolder::processedSubfolder() + QLatin1Char('/') +
                                              toLaptop.sentFile)));
    CHECK(PeerDirectory(laptop.db()).find(office.id())->lastContactAt == laptop.clock.now());

    // Both sides write; the laptop's newer bundle replaces its older one still waiting.
    addIntervention(laptop, programme, QStringLiteral("Accompagnement au CMP"));
    syncNow(laptop, folder);
    CHECK(bundles(folder, laptop.id().toString() + QStringLiteral("_*")).size() == 1);
    syncNow(second, folder);
    setNote(second, visit, QStringLiteral("Visite à domicile, logement encombré"));
    syncNow(second, folder);

    const SyncFolderReport atOffice = syncNow(office, folder);
    CHECK(atOffice.refused.isEmpty());
    CHECK(peerIn(atOffice, laptop.id()).receivedRows == 1);
    CHECK(peerIn(atOffice, second.id()).receivedRows == 1);
    syncNow(laptop, folder);
    syncNow(second, folder);

    const QByteArray hash = contentHash(office.db());
    CHECK(contentHash(laptop.db()) == hash);
    CHECK(contentHash(second.db()) == hash);
    SqliteStatement note(laptop.db().handle(), "SELECT note FROM intervention WHERE id = ?");
    note.bindBlob(1, visit.bytes());
    REQUIRE(note.step());
    CHECK(note.text(0) == QStringLiteral("Visite à domicile, logement encombré"));

    // Nothing new anywhere: a further round writes nothing and receives nothing.
    syncNow(office, folder);
    syncNow(laptop, folder);
    syncNow(second, folder);
    const SyncFolderReport quiet = syncNow(office, folder);
    CHECK(quiet.receivedRows() == 0);
    CHECK(quiet.sentRows() == 0);
    // At most one file per (sender, recipient) pair is ever waiting.
    CHECK(bundles(folder).size() <= 4);
}

TEST_CASE("Sync folder: refused files are reported and left in place, the others are merged")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    addIntervention(office, addProgramme(office), QStringLiteral("Visite"));
    QTemporaryDir share;
    const QString folder = share.path();

    // A stranger's bundle, a copy cut short, a file that is no bundle, and the real one.
    PairingReplica stranger;
    PeerDirectory(stranger.db())
        .pair({laptop.id(),
               ReplicaRole::Laptop,
               QStringLiteral("Portable"),
               laptop.keys->signingPublicKey(),
               laptop.keys->boxPublicKey(),
               {},
               {},
               {},
               {}});
    writeFile(QDir(folder).filePath(QStringLiteral("inconnu.passerelle-sync")),
              bundleBytes(stranger, laptop));
    const QByteArray extra = bundleBytes(office, laptop);
    writeFile(QDir(folder).filePath(QStringLiteral("copie.passerelle-sync")),
              extra.left(extra.size() - 40));
    writeFile(QDir(folder).filePath(QStringLiteral("note.passerelle-sync")), "Bonjour");
    const SyncFolderPeerReport sent = peerIn(syncNow(office, folder), laptop.id());

    QList<SyncFolderProgress> steps;
    const SyncFolderReport report =
        syncNow(laptop, folder, [&](const SyncFolderProgress &p) { steps.append(p); });
    REQUIRE(report.refused.size() == 3);
    QStringList refused;
    for (const SyncFolderRefusal &r : report.refused) {
        refused.append(r.fileName + QLatin1Char(':') + r.code);
        CHECK(r.message.contains(QStringLiteral("Rien n'a été importé")));
        CHECK(QFile::exists(QDir(folder).filePath(r.fileName)));
    }
    refused.sort();
    CHECK(refused == QStringList{QStringLiteral("copie.passerelle-sync:truncated"),
                                 QStringLiteral("inconnu.passerelle-sync:unknown-sender"),
                                 QStringLiteral("note.passerelle-sync:bad-magic")});
    CHECK(peerIn(report, office.id()).receivedRows ==
          5); // organisation, 2 workers, programme, visit
    CHECK(sent.sentRows >= 5);
    CHECK(contentHash(laptop.db()) == contentHash(office.db()));

    // Progress: every file then every peer, ending with Finished and all steps done.
    REQUIRE(steps.size() >= 3);
    CHECK(steps.first().stage == SyncFolderStage::Scanning);
    CHECK(steps.last().stage == SyncFolderStage::Finished);
    CHECK(steps.last().done == steps.last().total);
    CHECK(steps.last().total == 4 + 1); // four files for the laptop, one peer
    int imports = 0;
    for (const SyncFolderProgress &p : steps)
        imports += p.stage == SyncFolderStage::Importing;
    CHECK(imports == 4);

    // The merged file, put back in the folder, is skipped silently and put away again.
    const QString processed =
        QDir(folder).filePath(SyncFolder::processedSubfolder() + QLatin1Char('/') + sent.sentFile);
    REQUIRE(QFile::copy(processed, QDir(folder).filePath(sent.sentFile)));
    const QByteArray before = fullHash(laptop.db());
    SyncFolder quiet(laptop.db(), *laptop.keys, laptop.clock);
    quiet.setProcessed(SyncFolder::Processed::Remove);
    const SyncFolderReport again = quiet.syncNow(folder);
    CHECK(again.alreadyApplied == 1);
    CHECK(again.refused.size() == 3);
    CHECK(again.receivedRows() == 0);
    CHECK_FALSE(QFile::exists(QDir(folder).filePath(sent.sentFile)));
    CHECK(fullHash(laptop.db()) == before);
}

TEST_CASE("Sync folder: cancellation stops between two files and keeps what was done")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    addIntervention(office, addProgramme(office), QStringLiteral("Visite"));
    QTemporaryDir share;
    const QString folder = share.path();
    writeFile(QDir(folder).filePath(QStringLiteral("note.passerelle-sync")), "Bonjour");
    syncNow(office, folder);

    std::atomic_bool cancel = false;
    const SyncFolderReport report = syncNow(
        laptop, folder,
        [&](const SyncFolderProgress &p) {
            if (p.stage == SyncFolderStage::Importing)
                cancel = true;
        },
        &cancel);
    CHECK(report.cancelled);
    CHECK(peerIn(report, office.id()).receivedBundles == 1); // the office's, read first
    CHECK(report.refused.isEmpty());                         // the other was never read
    CHECK(peerIn(report, office.id()).sentFile.isEmpty());   // nothing written
    CHECK(bundles(folder, laptop.id().toString() + QStringLiteral("_*")).isEmpty());
    CHECK(contentHash(laptop.db()) == contentHash(office.db()));
}

TEST_CASE("Sync folder through the command line")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    addIntervention(office, addProgramme(office), QStringLiteral("Visite"));
    const QString officePath = office.temp.path;
    const QString laptopPath = laptop.temp.path;
    office.temp.db.reset();
    laptop.temp.db.reset();
    QTemporaryDir share;

    QString out, err;
    REQUIRE(runCli({QStringLiteral("sync"), QStringLiteral("folder"), share.path(),
                    QStringLiteral("--db"), officePath},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Portable de test")));
    CHECK(out.contains(QStringLiteral("Synchronisation terminée : 0 ligne(s) reçue(s)")));
    writeFile(QDir(share.path()).filePath(QStringLiteral("note.passerelle-sync")), "Bonjour");
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("folder"), share.path(),
                  QStringLiteral("--db"), laptopPath},
                 &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("reçu : 1 paquet(s)")));
    CHECK(err.contains(QStringLiteral("note.passerelle-sync")));
    CHECK(err.contains(QStringLiteral("[bad-magic]")));
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("folder"),
                  share.filePath(QStringLiteral("absent")), QStringLiteral("--db"), laptopPath},
                 &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("introuvable")));
}

TEST_CASE("Sync folder: a bundle that cannot be written is reported, what was merged stays")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    addIntervention(office, addProgramme(office), QStringLiteral("Visite"));
    QTemporaryDir share;
    const QString folder = share.path();
    syncNow(office, folder);
    // Where the laptop writes its bundle for the office, something that is not a file.
    REQUIRE(QDir(folder).mkdir(QLatin1Char('.') + laptop.id().toString() + QLatin1Char('_') +
                               office.id().toString() + QStringLiteral(".part")));

    const SyncFolderReport report = syncNow(laptop, folder);
    CHECK(peerIn(report, office.id()).receivedBundles == 1);
    CHECK(contentHash(laptop.db()) == contentHash(office.db()));
    REQUIRE(report.unsent.size() == 1);
    CHECK(report.unsent.first().peer == office.id());
    CHECK_FALSE(report.unsent.first().message.isEmpty());
    CHECK(peerIn(report, office.id()).sentFile.isEmpty());
}

TEST_CASE("Sync folder: bundles put away in « traité » are removed after the retention, by "
          "the clock, counted from the day they were put away")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    addIntervention(office, addProgramme(office), QStringLiteral("Visite"));
    QTemporaryDir share;
    const QString folder = share.path();
    const QDir processed(QDir(folder).filePath(SyncFolder::processedSubfolder()));

    const SyncFolderReport sent = syncNow(office, folder);
    const QString name = peerIn(sent, laptop.id()).sentFile;
    // Written long ago by the office's clock: its age in « traité » starts when read.
    QFile written(QDir(folder).filePath(name));
    REQUIRE(written.open(QIODevice::ReadWrite));
    REQUIRE(
        written.setFileTime(laptop.clock.now().addDays(-90), QFileDevice::FileModificationTime));
    written.close();
    syncNow(laptop, folder);
    REQUIRE(processed.exists(name));
    // Something a person keeps there is never removed.
    QFile note(processed.filePath(QStringLiteral("à garder.txt")));
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("notes");
    note.close();
    REQUIRE(note.open(QIODevice::ReadWrite));
    REQUIRE(note.setFileTime(laptop.clock.now().addDays(-400), QFileDevice::FileModificationTime));
    note.close();

    SyncFolder sync(laptop.db(), *laptop.keys, laptop.clock);
    CHECK(sync.retentionDays() == 30);
    laptop.clock.advanceMs(29LL * 24 * 3600 * 1000);
    CHECK(sync.pruneProcessed(folder) == 0);
    CHECK(processed.exists(name));
    laptop.clock.advanceMs(2LL * 24 * 3600 * 1000);
    sync.setRetentionDays(0); // kept forever
    CHECK(sync.pruneProcessed(folder) == 0);
    sync.setRetentionDays(SyncFolder::kDefaultRetentionDays);
    // The next « Sync now » prunes, and says so.
    const SyncFolderReport later = sync.syncNow(folder);
    CHECK(later.pruned == 1);
    CHECK_FALSE(processed.exists(name));
    CHECK(processed.exists(QStringLiteral("à garder.txt")));
    CHECK(sync.pruneProcessed(folder) == 0);
}
