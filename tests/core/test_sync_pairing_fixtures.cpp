#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

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

} // namespace passerelle::test
