#pragma once

#include "sync/BundleHeader.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>

struct sqlite3;

namespace passerelle {

// One causal context step: every dot of a replica above `floor` (until its next epoch) was
// written having seen `context`.
struct SyncEpoch
{
    Uuid origin;
    qint64 floor = 0;
    VersionVector context;
};

// The replica-local bookkeeping of the sync engine: replica numbering, this replica's
// version vector, what each peer said it holds, and the causal contexts (epochs).
class SyncMetadata
{
public:
    explicit SyncMetadata(sqlite3 *db);

    const Uuid &self() const { return m_self; }
    // The compact local number of a replica (0 is this one), created when first met.
    int indexOf(const Uuid &replica);
    Uuid replicaAt(int index) const;

    // This replica's knowledge: its own counter and, per other replica, the highest dot
    // it holds (all dots below it included).
    VersionVector versionVector() const;
    void raise(const Uuid &origin, qint64 counter);

    // What `peer` said it holds, as of its last bundle read here.
    VersionVector peerKnowledge(const Uuid &peer) const;
    void learnPeerKnowledge(const Uuid &peer, const VersionVector &known);

    // Epochs of `origin` that give the context of its dots from `fromCounter` on.
    QList<SyncEpoch> epochsFrom(const Uuid &origin, qint64 fromCounter) const;
    // Merged with the copy held here (pointwise maximum): relayed copies arrive in any order.
    void storeEpoch(const SyncEpoch &epoch);
    // The context of `origin`'s dot `counter`.
    VersionVector contextOf(const Uuid &origin, qint64 counter);

    static QByteArray encode(const VersionVector &vv);
    static VersionVector decode(const QByteArray &bytes);

private:
    sqlite3 *m_db;
    Uuid m_self;
    QHash<Uuid, int> m_indexes;
    QHash<int, Uuid> m_replicas;
    QHash<Uuid, QMap<qint64, VersionVector>> m_epochCache;
};

} // namespace passerelle
