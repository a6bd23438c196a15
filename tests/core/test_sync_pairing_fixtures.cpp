#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QBuffer>

namespace passerelle::test {

PairingReplica::PairingReplica()
    : keys(std::make_unique<ReplicaKeys>(ReplicaKeys::forDatabase(db()))),
      clock(QDateTime(QDate(2025, 9, 15), QTime(9, 30), Qt::UTC))
{
}

void PairingReplica::addOrganisation(const QString &name)
{
    organisation = Uuid::createV7();
    peerWorker = Uuid::createV7();
    Transaction tx(db().handle());
    SqliteStatement o(db().handle(), "INSERT INTO organisation(id, name, created_at, updated_at) "
                                     "VALUES (?, ?, 1, 1)");
    o.bindBlob(1, organisation.bytes());
    o.bindText(2, name);
    o.execute();
    SqliteStatement w(db().handle(),
                      "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1)");
    w.bindBlob(1, Uuid::createV7().bytes());
    w.bindBlob(2, organisation.bytes());
    w.bindText(3, QStringLiteral("COORD"));
    w.bindText(4, QStringLiteral("Coordinatrice"));
    w.bindText(5, QStringLiteral("coordinator"));
    w.execute();
    w.bindBlob(1, peerWorker.bytes());
    w.bindBlob(2, organisation.bytes());
    w.bindText(3, QStringLiteral("TP1"));
    w.bindText(4, QStringLiteral("Travailleur pair 1"));
    w.bindText(5, QStringLiteral("peer_worker"));
    w.execute();
    tx.commit();
}

void PairingReplica::pair(PairingReplica &device, ReplicaRole role)
{
    InvitationRequest request;
    request.role = role;
    request.workerId = role == ReplicaRole::Laptop ? peerWorker : Uuid();
    request.deviceName = role == ReplicaRole::Laptop ? QStringLiteral("Portable de test")
                                                     : QStringLiteral("Second poste");
    const IssuedInvitation issued = invitations().invite(request);
    const JoinedInvitation joined = device.invitations().join(issued.file, issued.code);
    invitations().accept(joined.reply);
}

Uuid PairingReplica::addIntervention()
{
    const Uuid programme = Uuid::createV7();
    SqliteStatement p(db().handle(),
                      "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                      "updated_at) VALUES (?, ?, 'PA', 'Pair-aidance', 1, 1)");
    p.bindBlob(1, programme.bytes());
    p.bindBlob(2, organisation.bytes());
    p.execute();
    const Uuid id = Uuid::createV7();
    SqliteStatement q(db().handle(),
                      "INSERT INTO intervention(id, programme_id, date, status, channel, "
                      "intervention_type, duration_min, created_at, updated_at) VALUES (?, ?, "
                      "'2025-09-15', 'done', (SELECT min(code) FROM ref_channel), (SELECT "
                      "min(code) FROM ref_intervention_type), 45, 1, 1)");
    q.bindBlob(1, id.bytes());
    q.bindBlob(2, programme.bytes());
    q.execute();
    return id;
}

SyncImport carry(PairingReplica &from, PairingReplica &to, SyncExport *exported)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const SyncExport sent = SyncEngine(from.db(), *from.keys, from.clock).exportTo(to.id(), out);
    if (exported)
        *exported = sent;
    QBuffer in(&out.buffer());
    in.open(QIODevice::ReadOnly);
    return SyncEngine(to.db(), *to.keys, to.clock).import(in);
}

} // namespace passerelle::test
