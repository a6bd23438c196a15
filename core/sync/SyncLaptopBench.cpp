#include "sync/SyncLaptopBench.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/InvitationLedger.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScope.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace passerelle {

namespace {
double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

ReplicaPeer peerOf(const ReplicaKeys &k, ReplicaRole role)
{
    ReplicaPeer p;
    p.replicaId = k.replicaId();
    p.role = role;
    p.displayName = QStringLiteral("bench");
    p.signingKey = k.signingPublicKey();
    p.boxKey = k.boxPublicKey();
    return p;
}

// A new peer worker of the office's organisation, assigned every n-th case so that the
// scope spreads over programmes, statuses and years. Returns the worker and its cases.
QPair<Uuid, QList<QByteArray>> assignWorker(Database &office, int scopeCases)
{
    sqlite3 *h = office.handle();
    QList<QByteArray> all;
    {
        SqliteStatement q(h, "SELECT id FROM case_file ORDER BY id");
        while (q.step())
            all.append(q.blob(0));
    }
    if (all.size() < scopeCases)
        throw ValidationError(
            QStringLiteral("laptop-scope"),
            QCoreApplication::translate("Sync", "Le bureau ne compte que %1 situations.")
                .arg(all.size()));
    const Uuid worker = Uuid::createV7();
    QList<QByteArray> scope;
    Transaction tx(h);
    SqliteStatement w(h, "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                         "created_at, updated_at) SELECT ?, id, 'BENCH-PORTABLE', "
                         "'Pair-aidant (banc d''essai)', 'peer_worker', 0, 0 FROM organisation "
                         "ORDER BY id LIMIT 1");
    w.bindBlob(1, worker.bytes());
    w.execute();
    SqliteStatement assign(h, "INSERT INTO case_worker(case_id, worker_id, pair_role, "
                              "assigned_on) VALUES (?, ?, 'peer', '2026-01-05')");
    const qsizetype step = all.size() / scopeCases;
    for (qsizetype i = 0; i < scopeCases; ++i) {
        const QByteArray &id = all.at(i * step);
        assign.bindBlob(1, id);
        assign.bindBlob(2, worker.bytes());
        assign.execute();
        scope.append(id);
    }
    tx.commit();
    std::sort(scope.begin(), scope.end());
    return {worker, scope};
}
} // namespace

SyncLaptopFigures SyncLaptopBench::run(const QString &directory, int scopeCases, int officeCases)
{
    const QDir dir(directory);
    for (const QString &name :
         {QStringLiteral("scope-office.sqlite"), QStringLiteral("scope-laptop.sqlite"),
          QStringLiteral("scope-bundle.passerelle-sync")})
        QFile::remove(dir.filePath(name));

    SyncLaptopFigures f;
    f.officeCases = officeCases;
    f.scopeCases = scopeCases;
    const auto office = Database::open(dir.filePath(QStringLiteral("scope-office.sqlite")));
    const auto laptop = Database::open(dir.filePath(QStringLiteral("scope-laptop.sqlite")));
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.cases = officeCases;
    options.today = QDate(2026, 6, 30); // fixed: the same file on every run
    DemoGenerator::generate(*office, options);
    const auto [worker, scope] = assignWorker(*office, scopeCases);
    f.generateSeconds = secondsOf(timer);

    // Paired as an accepted invitation for the worker leaves both sides.
    const ReplicaKeys officeKeys = ReplicaKeys::forDatabase(*office);
    const ReplicaKeys laptopKeys = ReplicaKeys::forDatabase(*laptop);
    PeerDirectory(*office).pair(peerOf(laptopKeys, ReplicaRole::Laptop));
    PeerDirectory(*laptop).pair(peerOf(officeKeys, ReplicaRole::Office));
    InvitationRecord invitation;
    invitation.id = Uuid::createV7();
    invitation.role = ReplicaRole::Laptop;
    invitation.workerId = worker;
    invitation.deviceName = QStringLiteral("bench");
    invitation.createdAtMs = systemClock().nowMs();
    invitation.expiresAtMs = invitation.createdAtMs + 3600 * 1000;
    invitation.usedAtMs = invitation.createdAtMs;
    invitation.usedBy = laptopKeys.replicaId();
    InvitationLedger(*office).record(invitation);
    {
        SqliteStatement org(office->handle(), "SELECT id FROM organisation ORDER BY id LIMIT 1");
        org.step();
        InvitationLedger(*laptop).setMembership(
            {Uuid::fromBytes(org.blob(0)), ReplicaRole::Laptop, worker});
    }

    const QString bundle = dir.filePath(QStringLiteral("scope-bundle.passerelle-sync"));
    timer.restart();
    const SyncExport exported =
        SyncEngine(*office, officeKeys).exportToFile(laptopKeys.replicaId(), bundle);
    f.exportSeconds = secondsOf(timer);
    f.bundleBytes = QFileInfo(bundle).size();
    f.bundleRecords = exported.header.recordCount;

    timer.restart();
    SyncPhaseTimes::start();
    const SyncImport imported = SyncEngine(*laptop, laptopKeys).importFile(bundle);
    f.importPhases = SyncPhaseTimes::stop();
    f.importSeconds = secondsOf(timer);
    if (!imported.read.isVerified())
        throw StorageError(imported.read.message);
    f.mergedRows = imported.merge.rowsInserted + imported.merge.rowsUpdated;

    SqliteStatement count(laptop->handle(), "SELECT count(*) FROM case_file");
    count.step();
    f.laptopCases = count.int64(0);
    QList<QByteArray> held;
    {
        SqliteStatement ids(laptop->handle(), "SELECT id FROM case_file ORDER BY id");
        while (ids.step())
            held.append(ids.blob(0));
    }
    f.scopeExact = held == scope && SyncScope::held(laptop->handle()).cases() == scope;
    return f;
}

} // namespace passerelle
