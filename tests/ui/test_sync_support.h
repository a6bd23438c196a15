#pragma once

// Shared set-up of the Sync window and Conflicts view tests (and their screenshots): an
// office database and the laptops paired with it, with realistic cases and interventions,
// and bundles written and read through the real engine.

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "sync/ChangeCapture.h"
#include "sync/InvitationLedger.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncEngine.h"
#include "util/Clock.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QWidget>

#include <memory>

namespace passerelle::test {

struct SyncDevice
{
    explicit SyncDevice(ReplicaRole deviceRole, QDateTime at)
        : role(deviceRole), keys(std::make_unique<ReplicaKeys>(ReplicaKeys::forDatabase(db()))),
          clock(std::move(at))
    {
        ChangeCapture::setClock(db().handle(), &clock);
    }
    ~SyncDevice() { ChangeCapture::setClock(db().handle(), nullptr); }

    Database &db() { return *temp.db; }
    sqlite3 *handle() { return temp.db->handle(); }
    const Uuid &id() const { return keys->replicaId(); }
    SyncEngine engine() { return SyncEngine(db(), *keys, clock); }

    ReplicaPeer asPeer(const QString &name) const
    {
        ReplicaPeer p;
        p.replicaId = keys->replicaId();
        p.role = role;
        p.displayName = name;
        p.signingKey = keys->signingPublicKey();
        p.boxKey = keys->boxPublicKey();
        return p;
    }

    // Writes what `to` has not acknowledged into `path`.
    void exportTo(const SyncDevice &to, const QString &path)
    {
        engine().exportToFile(to.id(), path);
    }
    SyncImport importFile(const QString &path) { return engine().importFile(path); }

    TempDatabase temp;
    ReplicaRole role;
    std::unique_ptr<ReplicaKeys> keys;
    FixedClock clock;
};

// Alt+`key` as a person types it: shortcuts go to the active window's focus widget.
inline bool altKey(QWidget &window, Qt::Key key)
{
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &window, key, Qt::AltModifier);
    return true;
}

// With PASSERELLE_SCREENSHOT_DIR set, saves `w` there as `name` (to look at a screen).
inline void saveShotIfAsked(QWidget &w, const QString &name)
{
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        w.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR")).filePath(name));
}

inline void pair(SyncDevice &a, const QString &aName, SyncDevice &b, const QString &bName)
{
    PeerDirectory(a.db()).pair(b.asPeer(bName));
    PeerDirectory(b.db()).pair(a.asPeer(aName));
}

// A bundle from `from` to `to` through a file in `dir`, imported at once.
inline SyncImport exchange(SyncDevice &from, SyncDevice &to, const QString &dir)
{
    const QString path = dir + QStringLiteral("/exchange.passerelle-sync");
    QFile::remove(path);
    from.exportTo(to, path);
    return to.importFile(path);
}

// An organisation, its pair-aidance programme, `cases` cases (PA-2025-0001…) each with one
// home visit. Returns the intervention ids, case by case.
inline QList<Uuid> seedCasework(SyncDevice &office, int cases)
{
    sqlite3 *db = office.handle();
    const Uuid org = Uuid::createV7();
    const Uuid programme = Uuid::createV7();
    Transaction tx(db);
    SqliteStatement o(db, "INSERT INTO organisation(id, name, created_at, updated_at) VALUES "
                          "(?, 'UDAF 52', 1, 1)");
    o.bindBlob(1, org.bytes());
    o.execute();
    SqliteStatement p(db, "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                          "updated_at) VALUES (?, ?, 'PA', 'Pair-aidance Pays de Langres', 1, 1)");
    p.bindBlob(1, programme.bytes());
    p.bindBlob(2, org.bytes());
    p.execute();
    QList<Uuid> interventions;
    for (int i = 1; i <= cases; ++i) {
        const Uuid caseId = Uuid::createV7();
        SqliteStatement c(db,
                          "INSERT INTO case_file(id, programme_id, number, status, "
                          "identified_on, accompanied_on, created_at, updated_at) VALUES (?, ?, "
                          "?, 'accompanied', '2025-03-04', '2025-03-18', 1, 1)");
        c.bindBlob(1, caseId.bytes());
        c.bindBlob(2, programme.bytes());
        c.bindText(3, QStringLiteral("PA-2025-%1").arg(i, 4, 10, QLatin1Char('0')));
        c.execute();
        const Uuid visit = Uuid::createV7();
        SqliteStatement v(db, "INSERT INTO intervention(id, programme_id, date, status, channel, "
                              "intervention_type, duration_min, note, created_at, updated_at) "
                              "VALUES (?, ?, ?, 'done', (SELECT min(code) FROM ref_channel), "
                              "(SELECT min(code) FROM ref_intervention_type), 60, "
                              "'Visite à domicile avec le binôme', 1, 1)");
        v.bindBlob(1, visit.bytes());
        v.bindBlob(2, programme.bytes());
        v.bindText(3, QStringLiteral("2025-06-%1").arg(2 + i % 27, 2, 10, QLatin1Char('0')));
        v.execute();
        SqliteStatement link(db, "INSERT INTO intervention_case(intervention_id, case_id) "
                                 "VALUES (?, ?)");
        link.bindBlob(1, visit.bytes());
        link.bindBlob(2, caseId.bytes());
        link.execute();
        interventions.append(visit);
    }
    tx.commit();
    return interventions;
}

// A laptop holds only its worker's cases (partial replication): gives `laptop` a peer worker
// on the office, assigns every case to that worker, and records the laptop as having joined
// through an invitation for that worker, as pairing does. Call after seedCasework.
inline Uuid assignCasesTo(SyncDevice &office, SyncDevice &laptop, const QString &code)
{
    sqlite3 *db = office.handle();
    const Uuid worker = Uuid::createV7();
    Transaction tx(db);
    SqliteStatement w(db, "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                          "created_at, updated_at) SELECT ?, id, ?, ?, 'peer_worker', 1, 1 "
                          "FROM organisation LIMIT 1");
    w.bindBlob(1, worker.bytes());
    w.bindText(2, code);
    w.bindText(3, code);
    w.execute();
    SqliteStatement a(db, "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on) "
                          "SELECT id, ?, 'peer', '2025-03-18' FROM case_file");
    a.bindBlob(1, worker.bytes());
    a.execute();
    tx.commit();
    InvitationRecord invitation;
    invitation.id = Uuid::createV7();
    invitation.role = ReplicaRole::Laptop;
    invitation.workerId = worker;
    invitation.deviceName = code;
    invitation.fileHash = QByteArray(32, 'f');
    invitation.secretHash = QByteArray(32, 's');
    invitation.createdAtMs = 1;
    invitation.expiresAtMs = 2;
    invitation.usedAtMs = 2;
    invitation.usedBy = laptop.id();
    InvitationLedger(office.db()).record(invitation);
    return worker;
}

inline void setNote(SyncDevice &device, const Uuid &intervention, const QString &note)
{
    SqliteStatement q(device.handle(), "UPDATE intervention SET note = ? WHERE id = ?");
    q.bindText(1, note);
    q.bindBlob(2, intervention.bytes());
    q.execute();
}

inline void setDuration(SyncDevice &device, const Uuid &intervention, int minutes)
{
    SqliteStatement q(device.handle(), "UPDATE intervention SET duration_min = ? WHERE id = ?");
    q.bind(1, qint64(minutes));
    q.bindBlob(2, intervention.bytes());
    q.execute();
}

inline QString noteOf(SyncDevice &device, const Uuid &intervention)
{
    SqliteStatement q(device.handle(), "SELECT note FROM intervention WHERE id = ?");
    q.bindBlob(1, intervention.bytes());
    return q.step() ? q.text(0) : QString();
}

} // namespace passerelle::test
