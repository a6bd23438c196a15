#include "sync/PeerDirectory.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <algorithm>

namespace passerelle {

namespace {
constexpr auto kColumns = "replica_id, role, display_name, signing_key, box_key, last_contact_at,"
                          " revoked_at, created_at, updated_at";

QString recordOf(const Uuid &id)
{
    return QStringLiteral("replica_peer %1").arg(id.toString());
}

QDateTime timestamp(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QDateTime()
                            : QDateTime::fromMSecsSinceEpoch(q.int64(column), Qt::UTC);
}

ReplicaPeer read(const SqliteStatement &q)
{
    ReplicaPeer p;
    p.replicaId = Uuid::fromBytes(q.blob(0));
    // The CHECK constraint admits only known codes.
    p.role = replicaRoleFromCode(q.text(1)).value_or(ReplicaRole::Laptop);
    p.displayName = q.text(2);
    p.signingKey = q.blob(3);
    p.boxKey = q.blob(4);
    p.lastContactAt = timestamp(q, 5);
    p.revokedAt = timestamp(q, 6);
    p.createdAt = timestamp(q, 7);
    p.updatedAt = timestamp(q, 8);
    return p;
}
} // namespace

PeerDirectory::PeerDirectory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

void PeerDirectory::pair(const ReplicaPeer &peer)
{
    validate(peer);
    if (peer.replicaId == m_db.replicaId())
        throw ValidationError(
            QStringLiteral("replica_id"),
            ValidationText::tr("Un appareil ne peut pas être appairé avec lui-même."),
            recordOf(peer.replicaId));
    Transaction tx(m_db.handle());
    const qint64 now = m_clock.nowMs();
    if (const auto known = find(peer.replicaId)) {
        if (known->signingKey != peer.signingKey || known->boxKey != peer.boxKey)
            throw ValidationError(
                QStringLiteral("signing_key"),
                ValidationText::tr(
                    "Cet appareil est déjà appairé avec d'autres clés. Révoquez puis retirez "
                    "l'ancien appairage avant d'appairer l'appareil à nouveau."),
                recordOf(peer.replicaId));
        if (known->isRevoked())
            throw ValidationError(
                QStringLiteral("revoked_at"),
                ValidationText::tr("Cet appareil a été révoqué ; il ne peut plus être appairé "
                                   "avec les mêmes clés."),
                recordOf(peer.replicaId));
        SqliteStatement update(m_db.handle(), "UPDATE replica_peer SET role = ?, display_name = ?,"
                                              " updated_at = ? WHERE replica_id = ?");
        update.bindText(1, toCode(peer.role));
        update.bindText(2, peer.displayName.trimmed());
        update.bind(3, now);
        update.bindBlob(4, peer.replicaId.bytes());
        update.execute();
    } else {
        SqliteStatement insert(
            m_db.handle(), "INSERT INTO replica_peer(replica_id, role, display_name, signing_key,"
                           " box_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bindBlob(1, peer.replicaId.bytes());
        insert.bindText(2, toCode(peer.role));
        insert.bindText(3, peer.displayName.trimmed());
        insert.bindBlob(4, peer.signingKey);
        insert.bindBlob(5, peer.boxKey);
        insert.bind(6, now);
        insert.bind(7, now);
        insert.execute();
    }
    tx.commit();
}

std::optional<ReplicaPeer> PeerDirectory::find(const Uuid &replicaId) const
{
    SqliteStatement q(m_db.handle(),
                      QByteArray("SELECT ") + kColumns + " FROM replica_peer WHERE replica_id = ?");
    q.bindBlob(1, replicaId.bytes());
    if (replicaId.isNull() || !q.step())
        return std::nullopt;
    return read(q);
}

QList<ReplicaPeer> PeerDirectory::list() const
{
    SqliteStatement q(m_db.handle(), QByteArray("SELECT ") + kColumns + " FROM replica_peer");
    QList<ReplicaPeer> peers;
    while (q.step())
        peers.append(read(q));
    std::sort(peers.begin(), peers.end(), [](const ReplicaPeer &a, const ReplicaPeer &b) {
        const int byName = QString::localeAwareCompare(a.displayName, b.displayName);
        return byName != 0 ? byName < 0 : a.replicaId < b.replicaId;
    });
    return peers;
}

void PeerDirectory::recordContact(const Uuid &replicaId)
{
    SqliteStatement update(m_db.handle(),
                           "UPDATE replica_peer SET last_contact_at = ? WHERE replica_id = ?");
    update.bind(1, m_clock.nowMs());
    update.bindBlob(2, replicaId.bytes());
    update.execute();
}

ReplicaPeer PeerDirectory::require(const Uuid &replicaId) const
{
    auto peer = find(replicaId);
    if (!peer)
        throw ValidationError(QStringLiteral("replica_id"),
                              ValidationText::tr("Cet appareil n'est pas appairé."),
                              recordOf(replicaId));
    return *peer;
}

void PeerDirectory::revoke(const Uuid &replicaId)
{
    Transaction tx(m_db.handle());
    if (require(replicaId).isRevoked())
        return;
    SqliteStatement update(m_db.handle(), "UPDATE replica_peer SET revoked_at = ?, updated_at = ?"
                                          " WHERE replica_id = ?");
    const qint64 now = m_clock.nowMs();
    update.bind(1, now);
    update.bind(2, now);
    update.bindBlob(3, replicaId.bytes());
    update.execute();
    tx.commit();
}

void PeerDirectory::remove(const Uuid &replicaId)
{
    Transaction tx(m_db.handle());
    if (!require(replicaId).isRevoked())
        throw ValidationError(QStringLiteral("revoked_at"),
                              ValidationText::tr("Révoquez l'appareil avant de le retirer."),
                              recordOf(replicaId));
    SqliteStatement del(m_db.handle(), "DELETE FROM replica_peer WHERE replica_id = ?");
    del.bindBlob(1, replicaId.bytes());
    del.execute();
    tx.commit();
}

} // namespace passerelle
