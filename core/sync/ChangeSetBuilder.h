#pragma once

#include "sync/BundleHeader.h"
#include "sync/SyncLayout.h"
#include "sync/SyncScope.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

struct sqlite3;

namespace passerelle {

// What a peer lacks, ready to go into a bundle body: the records and the header fields
// that describe them (the dots they cover, the sender's knowledge).
struct ChangeSet
{
    QMap<Uuid, DotRange> ranges;
    VersionVector versionVector;
    QList<QByteArray> records;
    qint64 rowChanges = 0;
    qint64 tombstones = 0;
};

// Builds, from the capture metadata, everything a peer has not acknowledged: for each
// replica, the dots above what the peer said it holds. Rows travel as they are now (a
// cell overwritten since carries its last write only), parents before children.
class ChangeSetBuilder
{
public:
    // A later scope filter (partial replication): whether a row goes to this peer.
    using RowFilter = std::function<bool(const SyncTable &table, const QByteArray &key)>;

    explicit ChangeSetBuilder(sqlite3 *db);
    void setRowFilter(RowFilter filter) { m_filter = std::move(filter); }
    // Partial replication (a worker's laptop): only the rows `scope` includes go, a
    // ScopeChange record lists the cases the peer keeps, and the rows of `entering` (the
    // scope's cases the peer does not hold yet) go whole with the dots of their current
    // values, whatever the peer's version vector says: they were held back before.
    void setScope(const SyncScope &scope, const SyncScope &entering);
    // On a worker's laptop: only its own writes go. It holds a part of the others' writes
    // (its scope), so relaying their dots would tell a full replica it has everything up to
    // them. They go only to a peer that holds every write the laptop had seen (causal
    // delivery, which the merger relies on) and, once own writes of evicted cases left
    // with them, only to a peer that already has those (a range must be complete).
    void setOwnChangesOnly(bool ownOnly) { m_ownOnly = ownOnly; }
    // replica_meta row: the highest own counter among the rows evicted here.
    static constexpr const char *kEvictedOwnKey = "sync_scope_evicted_own";

    ChangeSet build(const Uuid &peer) const;
    // Same against an explicit knowledge (tests, and a first exchange with nothing known).
    ChangeSet build(const VersionVector &peerKnows) const;

private:
    sqlite3 *m_db;
    RowFilter m_filter;
    std::optional<SyncScope> m_scope;
    SyncScope m_entering;
    bool m_ownOnly = false;
};

} // namespace passerelle
