#include "sync/SyncMetadata.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeCapture.h"

#include <QtEndian>

#include <algorithm>

namespace passerelle {

SyncMetadata::SyncMetadata(sqlite3 *db) : m_db(db)
{
    SqliteStatement q(db, "SELECT idx, replica_id FROM local_sync_replica");
    while (q.step()) {
        const int idx = int(q.int64(0));
        const Uuid id = Uuid::fromBytes(q.blob(1));
        m_indexes.insert(id, idx);
        m_replicas.insert(idx, id);
    }
    m_self = m_replicas.value(0);
}

int SyncMetadata::indexOf(const Uuid &replica)
{
    const auto it = m_indexes.constFind(replica);
    if (it != m_indexes.cend())
        return *it;
    SqliteStatement insert(m_db, "INSERT INTO local_sync_replica(replica_id) VALUES (?)");
    insert.bindBlob(1, replica.bytes());
    insert.execute();
    SqliteStatement find(m_db, "SELECT idx FROM local_sync_replica WHERE replica_id = ?");
    find.bindBlob(1, replica.bytes());
    find.step();
    const int idx = int(find.int64(0));
    m_indexes.insert(replica, idx);
    m_replicas.insert(idx, replica);
    return idx;
}

Uuid SyncMetadata::replicaAt(int index) const
{
    return m_replicas.value(index);
}

VersionVector SyncMetadata::versionVector() const
{
    VersionVector vv;
    SqliteStatement q(m_db, "SELECT r.replica_id, v.counter FROM local_sync_vv v JOIN "
                            "local_sync_replica r ON r.idx = v.origin WHERE v.origin <> 0");
    while (q.step())
        vv.insert(Uuid::fromBytes(q.blob(0)), q.int64(1));
    const qint64 own = ChangeCapture::lastCounter(m_db);
    if (own > 0)
        vv.insert(m_self, own);
    return vv;
}

void SyncMetadata::raise(const Uuid &origin, qint64 counter)
{
    if (origin == m_self)
        return;
    SqliteStatement q(m_db, "INSERT INTO local_sync_vv(origin, counter) VALUES (?, ?) "
                            "ON CONFLICT(origin) DO UPDATE SET counter = max(counter, "
                            "excluded.counter)");
    q.bind(1, qint64(indexOf(origin)));
    q.bind(2, counter);
    q.execute();
}

VersionVector SyncMetadata::peerKnowledge(const Uuid &peer) const
{
    VersionVector vv;
    SqliteStatement q(m_db, "SELECT origin, counter FROM local_sync_peer_vv WHERE peer = ?");
    q.bindBlob(1, peer.bytes());
    while (q.step())
        vv.insert(Uuid::fromBytes(q.blob(0)), q.int64(1));
    return vv;
}

void SyncMetadata::learnPeerKnowledge(const Uuid &peer, const VersionVector &known)
{
    SqliteStatement q(m_db, "INSERT INTO local_sync_peer_vv(peer, origin, counter) VALUES (?, ?, ?) "
                            "ON CONFLICT(peer, origin) DO UPDATE SET counter = max(counter, "
                            "excluded.counter)");
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        q.bindBlob(1, peer.bytes());
        q.bindBlob(2, it.key().bytes());
        q.bind(3, it.value());
        q.execute();
    }
}

QList<SyncEpoch> SyncMetadata::epochsFrom(const Uuid &origin, qint64 fromCounter) const
{
    QList<SyncEpoch> out;
    const auto it = m_indexes.constFind(origin);
    if (it == m_indexes.cend())
        return out;
    // The epoch in force at `fromCounter` (the last one below it) and every later one.
    SqliteStatement q(m_db, "SELECT floor, context FROM local_sync_epoch WHERE origin = ?1 AND "
                            "floor >= coalesce((SELECT max(floor) FROM local_sync_epoch WHERE "
                            "origin = ?1 AND floor < ?2), 0) ORDER BY floor");
    q.bind(1, qint64(*it));
    q.bind(2, fromCounter);
    while (q.step())
        out.append({origin, q.int64(0), decode(q.blob(1))});
    return out;
}

void SyncMetadata::storeEpoch(const SyncEpoch &epoch)
{
    // At its origin an epoch's context only grows (each merge before the next own write
    // raises it) and freezes with that write. Copies relayed by other replicas may be
    // older than the one held here, in any order: keeping the pointwise maximum makes the
    // result independent of the order copies arrive in. Replacing it instead let a stale
    // copy shrink the context of a write already known, so that a removal which had seen
    // an insertion looked concurrent with it on some replicas and not on others.
    const int origin = indexOf(epoch.origin);
    VersionVector context = epoch.context;
    {
        SqliteStatement held(m_db, "SELECT context FROM local_sync_epoch WHERE origin = ? AND "
                                   "floor = ?");
        held.bind(1, qint64(origin));
        held.bind(2, epoch.floor);
        if (held.step()) {
            const VersionVector known = decode(held.blob(0));
            for (auto it = known.cbegin(); it != known.cend(); ++it)
                context[it.key()] = std::max(context.value(it.key()), it.value());
            if (context == known)
                return;
        }
    }
    SqliteStatement q(m_db, "INSERT INTO local_sync_epoch(origin, floor, context) VALUES (?, ?, ?) "
                            "ON CONFLICT(origin, floor) DO UPDATE SET context = excluded.context");
    q.bind(1, qint64(origin));
    q.bind(2, epoch.floor);
    q.bindBlob(3, encode(context));
    q.execute();
    m_epochCache.remove(epoch.origin);
}

VersionVector SyncMetadata::contextOf(const Uuid &origin, qint64 counter)
{
    auto it = m_epochCache.find(origin);
    if (it == m_epochCache.end()) {
        QMap<qint64, VersionVector> epochs;
        SqliteStatement q(m_db, "SELECT floor, context FROM local_sync_epoch WHERE origin = ?");
        q.bind(1, qint64(indexOf(origin)));
        while (q.step())
            epochs.insert(q.int64(0), decode(q.blob(1)));
        it = m_epochCache.insert(origin, epochs);
    }
    // The last epoch whose floor is below the counter.
    auto e = it->lowerBound(counter);
    if (e == it->begin())
        return {};
    --e;
    return e.value();
}

QByteArray SyncMetadata::encode(const VersionVector &vv)
{
    QByteArray out;
    out.reserve(vv.size() * 24);
    for (auto it = vv.cbegin(); it != vv.cend(); ++it) {
        out.append(it.key().bytes());
        char counter[8];
        qToBigEndian(it.value(), counter);
        out.append(counter, 8);
    }
    return out;
}

VersionVector SyncMetadata::decode(const QByteArray &bytes)
{
    VersionVector vv;
    for (qsizetype pos = 0; pos + 24 <= bytes.size(); pos += 24)
        vv.insert(Uuid::fromBytes(bytes.mid(pos, 16)),
                  qFromBigEndian<qint64>(bytes.constData() + pos + 16));
    return vv;
}

} // namespace passerelle
