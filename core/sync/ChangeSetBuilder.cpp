#include "sync/ChangeSetBuilder.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeRecord.h"
#include "sync/SyncMetadata.h"
#include "sync/SyncRowAccess.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

#include <optional>

namespace passerelle {

namespace {
struct PendingRow
{
    std::optional<ChangeDot> rowDot;
    bool alive = true;
    QMap<int, ChangeDot> units; // unit index → its write, for writes in range only
};
} // namespace

ChangeSetBuilder::ChangeSetBuilder(sqlite3 *db) : m_db(db) {}

void ChangeSetBuilder::setScope(const SyncScope &scope, const SyncScope &entering)
{
    m_scope = scope;
    m_entering = entering;
    m_filter = [this](const SyncTable &t, const QByteArray &key) {
        return m_scope->includes(t, key);
    };
}

ChangeSet ChangeSetBuilder::build(const Uuid &peer) const
{
    return build(SyncMetadata(m_db).peerKnowledge(peer));
}

ChangeSet ChangeSetBuilder::build(const VersionVector &peerKnows) const
{
    SyncMetadata meta(m_db);
    const SyncLayout layout = SyncLayout::load(m_db);
    ChangeSet set;
    set.versionVector = meta.versionVector();

    qint64 evictedOwn = 0;
    if (m_ownOnly) {
        SqliteStatement q(m_db, "SELECT value FROM replica_meta WHERE key = ?");
        q.bindUtf8(1, kEvictedOwnKey);
        if (q.step())
            evictedOwn = q.blob(0).toLongLong();
    }
    // Own writes go only to a peer that holds every write this laptop had seen (as the
    // peer last said): merges rely on writes arriving after those they had seen, and a
    // laptop cannot relay the others' writes (it holds a part of them).
    bool ownAllowed = peerKnows.value(meta.self()) >= evictedOwn;
    for (auto it = set.versionVector.cbegin(); m_ownOnly && it != set.versionVector.cend(); ++it)
        if (it.key() != meta.self() && peerKnows.value(it.key()) < it.value())
            ownAllowed = false;
    ReplicaTable replicas;
    QHash<int, int> position; // local replica index → position in the change set
    for (auto it = set.versionVector.cbegin(); it != set.versionVector.cend(); ++it) {
        if (m_ownOnly && (it.key() != meta.self() || !ownAllowed))
            continue;
        const qint64 from = peerKnows.value(it.key()) + 1;
        if (from > it.value())
            continue;
        set.ranges.insert(it.key(), {from, it.value()});
        position.insert(meta.indexOf(it.key()), int(replicas.replicas.size()));
        replicas.replicas.append(it.key().bytes());
    }
    // The replica table goes first; rows shipped whole may add replicas to it below.
    set.records.append(QByteArray());
    auto finishReplicas = [&] { set.records[0] = ChangeRecordCodec::encode(replicas); };
    if (m_scope)
        set.records.append(
            ChangeRecordCodec::encode(ScopeChange{m_scope->cases(), m_entering.cases()}));
    if (set.ranges.isEmpty() && m_entering.cases().isEmpty()) {
        finishReplicas();
        return set;
    }

    for (auto it = set.ranges.cbegin(); it != set.ranges.cend(); ++it)
        for (const SyncEpoch &e : meta.epochsFrom(it.key(), it.value().first))
            set.records.append(ChangeRecordCodec::encode(EpochChange{
                position.value(meta.indexOf(e.origin)), e.floor, SyncMetadata::encode(e.context)}));

    // Every write in range, grouped by row.
    QHash<int, QHash<QByteArray, PendingRow>> rows;
    SqliteStatement rowQ(m_db, "SELECT tbl, pk, alive, counter, hlc FROM local_sync_row "
                               "WHERE origin = ? AND counter BETWEEN ? AND ?");
    SqliteStatement cellQ(m_db, "SELECT tbl, pk, unit, counter, hlc FROM local_sync_cell "
                                "WHERE origin = ? AND counter BETWEEN ? AND ?");
    SqliteStatement tombQ(m_db, "SELECT key_hash, tbl, counter, hlc FROM local_sync_tombstone "
                                "WHERE origin = ? AND counter BETWEEN ? AND ?");
    for (auto it = set.ranges.cbegin(); it != set.ranges.cend(); ++it) {
        const int local = meta.indexOf(it.key());
        const int pos = position.value(local);
        for (SqliteStatement *q : {&rowQ, &cellQ, &tombQ}) {
            q->reset();
            q->bind(1, qint64(local));
            q->bind(2, it.value().first);
            q->bind(3, it.value().last);
        }
        while (rowQ.step()) {
            PendingRow &p = rows[int(rowQ.int64(0))][rowQ.blob(1)];
            p.alive = rowQ.int64(2) != 0;
            p.rowDot = ChangeDot{pos, rowQ.int64(3), rowQ.int64(4)};
        }
        while (cellQ.step())
            rows[int(cellQ.int64(0))][cellQ.blob(1)].units.insert(
                int(cellQ.int64(2)), ChangeDot{pos, cellQ.int64(3), cellQ.int64(4)});
        while (tombQ.step()) {
            const SyncTable *t = layout.byIndex(int(tombQ.int64(1)));
            if (!t)
                continue;
            set.records.append(ChangeRecordCodec::encode(TombstoneChange{
                t->info.name, tombQ.blob(0), ChangeDot{pos, tombQ.int64(2), tombQ.int64(3)}}));
            ++set.tombstones;
        }
    }

    // Rows of the cases entering the peer's scope: whole, each unit with its last write.
    auto positionOf = [&](int local) {
        auto at = position.constFind(local);
        if (at != position.cend())
            return *at;
        const int pos = int(replicas.replicas.size());
        position.insert(local, pos);
        replicas.replicas.append(meta.replicaAt(local).bytes());
        return pos;
    };
    SqliteStatement wholeRow(m_db, "SELECT alive, origin, counter, hlc FROM local_sync_row "
                                   "WHERE tbl = ? AND pk = ?");
    SqliteStatement wholeCells(m_db, "SELECT unit, origin, counter, hlc FROM local_sync_cell "
                                     "WHERE tbl = ? AND pk = ?");
    for (const QString &name : SyncScope::caseBoundTables()) {
        const SyncTable *t = layout.find(name);
        if (!t)
            continue;
        for (const QByteArray &key : m_entering.rows(name)) {
            wholeRow.reset();
            wholeRow.bind(1, qint64(t->index));
            wholeRow.bindBlob(2, key);
            if (!wholeRow.step())
                continue; // not captured (cannot happen for a case-bound row)
            PendingRow &p = rows[t->index][key];
            p.alive = wholeRow.int64(0) != 0;
            p.rowDot =
                ChangeDot{positionOf(int(wholeRow.int64(1))), wholeRow.int64(2), wholeRow.int64(3)};
            wholeCells.reset();
            wholeCells.bind(1, qint64(t->index));
            wholeCells.bindBlob(2, key);
            while (wholeCells.step())
                p.units.insert(int(wholeCells.int64(0)),
                               ChangeDot{positionOf(int(wholeCells.int64(1))), wholeCells.int64(2),
                                         wholeCells.int64(3)});
        }
    }

    QList<QByteArray> loserRecords;
    // Losers logged here whose write the peer lacks: it may receive only the winner.
    SqliteStatement losers(m_db, "SELECT table_name, row_key, column_name, loser_value, "
                                 "loser_counter, loser_hlc FROM sync_conflict WHERE "
                                 "loser_replica = ? AND loser_counter BETWEEN ? AND ?");
    for (auto it = set.ranges.cbegin(); it != set.ranges.cend(); ++it) {
        losers.reset();
        losers.bindBlob(1, it.key().bytes());
        losers.bind(2, it.value().first);
        losers.bind(3, it.value().last);
        const int pos = position.value(meta.indexOf(it.key()));
        while (losers.step()) {
            const QByteArray key = QByteArray::fromHex(losers.utf8(1));
            const SyncTable *t = layout.find(losers.text(0));
            if (!t || (m_filter && !m_filter(*t, key)))
                continue;
            loserRecords.append(ChangeRecordCodec::encode(
                LoserChange{losers.text(0), key, losers.text(2), losers.text(3),
                            ChangeDot{pos, losers.int64(4), losers.int64(5)}}));
        }
    }

    SyncRowAccess access(m_db);
    SqliteStatement ownCells(m_db, "SELECT unit FROM local_sync_cell WHERE tbl = ? AND pk = ?");
    for (const SyncTable &t : layout.tables()) {
        const auto tableRows = rows.constFind(t.index);
        if (tableRows == rows.cend())
            continue;
        QList<QByteArray> keys = tableRows->keys();
        std::sort(keys.begin(), keys.end()); // one order for one state: reproducible bundles
        for (const QByteArray &key : keys) {
            const PendingRow &p = tableRows->value(key);
            if (m_filter && !m_filter(t, key))
                continue;
            RowChange change;
            change.table = t.info.name;
            change.key = key;
            change.rowDot = p.rowDot;
            change.alive = p.alive;
            if (!(p.rowDot && !p.alive)) {
                const std::optional<QVariantList> values = access.read(t, key);
                if (!values) // held back here (review queue): nothing to send
                    continue;
                // Units with a later write of their own carry that write, not the row's.
                QSet<int> ownWrite;
                if (p.rowDot) {
                    ownCells.reset();
                    ownCells.bind(1, qint64(t.index));
                    ownCells.bindBlob(2, key);
                    while (ownCells.step())
                        ownWrite.insert(int(ownCells.int64(0)));
                }
                for (const SyncUnit &u : t.units) {
                    std::optional<ChangeDot> dot;
                    if (p.units.contains(u.index))
                        dot = p.units.value(u.index);
                    else if (p.rowDot && !ownWrite.contains(u.index))
                        dot = p.rowDot;
                    if (!dot)
                        continue;
                    UnitChange uc;
                    uc.dot = *dot;
                    uc.columns = u.columns;
                    for (const QString &c : u.columns) {
                        int at = 0;
                        while (t.info.columns[at].name != c)
                            ++at;
                        uc.values.append(values->at(at));
                    }
                    change.units.append(uc);
                }
            }
            set.records.append(ChangeRecordCodec::encode(change));
            ++set.rowChanges;
        }
    }
    set.records.append(loserRecords);
    finishReplicas();
    return set;
}

} // namespace passerelle
