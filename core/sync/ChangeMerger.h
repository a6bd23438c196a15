#pragma once

#include "sync/BundleHeader.h"
#include "sync/ChangeRecord.h"
#include "sync/MergeConflictLog.h"
#include "sync/MergeDot.h"
#include "sync/MergeIndexDeferral.h"
#include "sync/MergeOrphanRepair.h"
#include "sync/MergeRecordStream.h"
#include "sync/MergeRowMetadata.h"
#include "sync/MergeSettlement.h"
#include "sync/MergeWriteBatch.h"
#include "sync/SyncLayout.h"
#include "sync/SyncMetadata.h"
#include "sync/SyncRowAccess.h"
#include "util/Clock.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace passerelle {

class BundleRecords;
class SqliteStatement;
class Database;

// What a merge did, in counts (never content).
struct MergeReport
{
    qint64 rowsInserted = 0;
    qint64 rowsUpdated = 0;
    qint64 rowsRemoved = 0;
    qint64 unitsTaken = 0;        // incoming writes that won
    qint64 unitsKept = 0;         // local writes that won against concurrent incoming ones
    qint64 conflictsRecorded = 0; // concurrent writes with different values: the loser logged
    qint64 conflictsClosed = 0;   // losers overwritten by someone who had received them
    qint64 tombstones = 0;
    qint64 reviewed = 0;     // rows sent to the review queue
    qint64 alreadyKnown = 0; // records whose writes were all known here
    qint64 futureStamped = 0; // writes stamped more than a day ahead of this clock
    qint64 indexesRebuilt = 0; // set aside while a table was filled from empty
    // Partial replication (a laptop): cases dropped because they left its scope, cases
    // kept although they left it (edits made here the sender has not received yet), and
    // whether the cases held here differ from the sender's view (the header scope hash).
    qint64 casesEvicted = 0;
    qint64 evictionsDeferred = 0;
    bool scopeDrift = false;
    // Time the merge itself took, from the first record decoded to the version vector
    // raised: the import around it also reads, verifies, decrypts and commits the file.
    qint64 mergeNanos = 0;
};

// Applies a change set (ChangeSetBuilder's records) to this replica, inside the caller's
// transaction, with capture suspended. Per unit of a row: a write that had seen the local
// one replaces it; a local write that had seen the incoming one stays (cannot happen for
// a new write: dots arrive in causal order); otherwise they are concurrent, the higher
// (HLC, replica id) wins and the loser goes to sync_conflict unless both wrote the same
// value. Deleted entities never come back; rows whose parent is missing, or that a CHECK
// refuses, go to the review queue (local_sync_review) instead of aborting the merge.
class ChangeMerger
{
public:
    explicit ChangeMerger(Database &db, const Clock &clock = systemClock());

    // Throws ValidationError when the records are malformed or skip dots this replica
    // lacks (a gap: the sender believes this replica knows more than it does).
    MergeReport merge(const BundleHeader &header, const BundleRecords &records);
    // Same from decoded parts (tests and benchmarks).
    MergeReport merge(const BundleHeader &header, const QList<QByteArray> &records);

private:
    // A write held here and one arriving are compared alike (MergeDot); the names say
    // which side each comes from.
    using LocalDot = MergeDot;
    using Incoming = MergeDot;
    using RowMeta = MergeRowMeta;

    void begin(const BundleHeader &header);
    MergeReport merge(const BundleHeader &header, qsizetype count,
                      const MergeRecordStream::RecordAt &recordAt);
    void apply(std::optional<ChangeRecord> &record);
    void startRows();
    void finish(const BundleHeader &header);

    void applyTombstones();
    void applyRow(const RowChange &row);
    void applyLoser(const LoserChange &loser);
    bool localDominates(const LocalDot &x, const Incoming &l);
    void repairForeignKeys();
    void flushWrites();

    Incoming incoming(const ChangeDot &dot) const;
    bool isNew(const Incoming &dot) const;
    bool dominates(const Incoming &w, const LocalDot &v);
    static bool later(const Incoming &w, const LocalDot &v);
    SqliteStatement &cached(const QByteArray &sql);
    void purgeRow(const SyncTable &t, const QByteArray &key);
    void review(const QString &table, const QByteArray &key, const QString &reason,
                const QString &values);
    static LocalDot toLocal(const Incoming &dot) { return dot; }

    Database &m_db;
    const Clock &m_clock;
    QHash<QByteArray, std::shared_ptr<SqliteStatement>> m_statements;
    SyncMetadata m_meta;
    SyncLayout m_layout;
    SyncRowAccess m_rows;
    MergeReport m_report;
    MergeConflictLog m_conflicts;
    MergeRowMetadata m_rowMetadata;
    MergeOrphanRepair m_orphans;
    MergeWriteBatch m_writes;     // rows written many to a statement
    MergeIndexDeferral m_indexes; // of tables filled from empty, built once at the end
    MergeSettlement m_settlement; // a row's conflicts and metadata, once it is written
    VersionVector m_before;
    QList<Uuid> m_replicas; // the change set's replica table
    QList<qint64> m_knownBefore; // by position in it: the last counter known before
    QList<TombstoneChange> m_tombstones;
    qint64 m_rowCount = 0;      // row records applied
    bool m_rowsStarted = false; // the first row applied: the records before it are settled
    QList<LoserChange> m_losersPending;
    qint64 m_maxHlc = 0;
    qint64 m_futureLimit = 0;   // writes stamped later are counted as from the future
    bool m_anyTombstone = true; // sync_tombstone holds a row (checked after the tombstones)
    bool m_sawReplicas = false;
    std::optional<ScopeChange> m_scope; // set when the sender treats this replica as a laptop
    // The bundle being merged, written with every row set aside so that the review queue
    // names the device that sent it (null when merging records without a bundle).
    Uuid m_sender;
    Uuid m_bundleId;
};

} // namespace passerelle
