#include "sync/SyncBench.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/CaptureTriggers.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncEngine.h"
#include "util/Uuid.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace passerelle {

namespace {
QString textOf(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    return q.step() ? q.text(0) : QString();
}

// One organisation, one programme, then `rows` interventions in one transaction, as a
// bulk import would write them.
double insertInterventions(Database &db, qint64 rows)
{
    sqlite3 *h = db.handle();
    const QString channel = textOf(h, "SELECT code FROM ref_channel ORDER BY code LIMIT 1");
    const QString type = textOf(h, "SELECT code FROM ref_intervention_type ORDER BY code LIMIT 1");
    const Uuid org = Uuid::createV7();
    const Uuid programme = Uuid::createV7();
    {
        Transaction tx(h);
        SqliteStatement o(h, "INSERT INTO organisation(id, name, created_at, updated_at) VALUES "
                             "(?, 'Bench', 0, 0)");
        o.bindBlob(1, org.bytes());
        o.execute();
        SqliteStatement p(h, "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                             "updated_at) VALUES (?, ?, 'PA', 'Bench', 0, 0)");
        p.bindBlob(1, programme.bytes());
        p.bindBlob(2, org.bytes());
        p.execute();
        tx.commit();
    }
    QElapsedTimer timer;
    timer.start();
    Transaction tx(h);
    SqliteStatement insert(h, "INSERT INTO intervention(id, programme_id, date, start_time, status, "
                              "channel, intervention_type, duration_min, note, created_at, "
                              "updated_at) VALUES (?, ?, ?, '10:00', 'done', ?, ?, ?, ?, ?, ?)");
    const QDate first(2025, 1, 1);
    for (qint64 i = 0; i < rows; ++i) {
        insert.bindBlob(1, Uuid::createV7().bytes());
        insert.bindBlob(2, programme.bytes());
        insert.bindText(3, first.addDays(i % 365).toString(Qt::ISODate));
        insert.bindText(4, channel);
        insert.bindText(5, type);
        insert.bind(6, qint64(30 + i % 90));
        insert.bindText(7, QStringLiteral("Visite à domicile n° %1").arg(i));
        insert.bind(8, qint64(1750000000000 + i));
        insert.bind(9, qint64(1750000000000 + i));
        insert.execute();
    }
    tx.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

SyncBenchFigures SyncBench::run(const QString &directory, qint64 rows)
{
    const QDir dir(directory);
    for (const QString &name : {QStringLiteral("plain.sqlite"), QStringLiteral("office.sqlite"),
                                QStringLiteral("laptop.sqlite"),
                                QStringLiteral("bundle.passerelle-sync")})
        QFile::remove(dir.filePath(name));

    SyncBenchFigures f;
    f.rows = rows;
    {
        const auto plain = Database::open(dir.filePath(QStringLiteral("plain.sqlite")));
        execSql(plain->handle(), CaptureTriggers::dropSql(plain->handle()));
        f.insertPlainSeconds = insertInterventions(*plain, rows);
    }
    const auto office = Database::open(dir.filePath(QStringLiteral("office.sqlite")));
    const auto laptop = Database::open(dir.filePath(QStringLiteral("laptop.sqlite")));
    f.insertCapturedSeconds = insertInterventions(*office, rows);

    const ReplicaKeys officeKeys = ReplicaKeys::forDatabase(*office);
    const ReplicaKeys laptopKeys = ReplicaKeys::forDatabase(*laptop);
    auto peerOf = [](const ReplicaKeys &k, ReplicaRole role) {
        ReplicaPeer p;
        p.replicaId = k.replicaId();
        p.role = role;
        p.displayName = QStringLiteral("bench");
        p.signingKey = k.signingPublicKey();
        p.boxKey = k.boxPublicKey();
        return p;
    };
    PeerDirectory(*office).pair(peerOf(laptopKeys, ReplicaRole::Laptop));
    PeerDirectory(*laptop).pair(peerOf(officeKeys, ReplicaRole::Office));

    const QString bundle = dir.filePath(QStringLiteral("bundle.passerelle-sync"));
    auto send = [&](SyncBenchRound &round) {
        QElapsedTimer timer;
        timer.start();
        SyncEngine(*office, officeKeys).exportToFile(laptopKeys.replicaId(), bundle);
        round.exportSeconds = double(timer.nsecsElapsed()) / 1e9;
        round.bundleBytes = QFileInfo(bundle).size();
        timer.restart();
        SyncPhaseTimes::start();
        const SyncImport imported = SyncEngine(*laptop, laptopKeys).importFile(bundle);
        round.importPhases = SyncPhaseTimes::stop();
        round.importSeconds = double(timer.nsecsElapsed()) / 1e9;
        round.mergedRows = imported.merge.rowsInserted + imported.merge.rowsUpdated;
        round.mergeSeconds = double(imported.merge.mergeNanos) / 1e9;
    };
    send(f);

    // Next: every row edited at the office, as a year-end correction would.
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(office->handle());
        execSql(office->handle(), "UPDATE intervention SET duration_min = duration_min % 1440 + 1, "
                                  "updated_at = updated_at + 1");
        tx.commit();
    }
    f.editSeconds = double(timer.nsecsElapsed()) / 1e9;
    send(f.edited);
    return f;
}

} // namespace passerelle
