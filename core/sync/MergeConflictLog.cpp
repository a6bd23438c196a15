#include "sync/MergeConflictLog.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeMerger.h"
#include "sync/SyncKey.h"
#include "sync/SyncMetadata.h"
#include "sync/SyncPhaseTimer.h"

#include <QtEndian>

#include <sqlite3.h>

namespace passerelle {

MergeConflictLog::MergeConflictLog(sqlite3 *db, const SyncLayout &layout, SyncMetadata &meta,
                                   MergeReport &report)
    : m_db(db), m_layout(layout), m_meta(meta), m_report(report)
{
}

MergeConflictLog::~MergeConflictLog() = default;

// Keyed by the literal's address: every call site passes one of the few literals below.
SqliteStatement &MergeConflictLog::cached(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db, sql));
    (*it)->reset();
    return **it;
}

bool MergeConflictLog::mayHold(const SyncTable &t)
{
    auto it = m_holdsLosers.constFind(&t);
    if (it != m_holdsLosers.cend())
        return *it;
    SqliteStatement &q = cached("SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE table_name = ?)");
    q.bindText(1, t.info.name);
    const bool holds = q.step() && q.int64(0) != 0;
    q.reset();
    m_holdsLosers.insert(&t, holds);
    return holds;
}

void MergeConflictLog::closeDominated(const SyncTable &t, const QByteArray &key,
                                      const QString &column, const MergeDot &w)
{
    SyncPhaseTimer timer(SyncPhase::Conflicts);
    if (!mayHold(t))
        return;
    SqliteStatement &q = cached("SELECT conflict_id, loser_replica, loser_counter FROM "
                                "sync_conflict WHERE table_name = ? AND row_key = ? AND "
                                "column_name = ?");
    q.bindText(1, t.info.name);
    q.bindText(2, rowKeyText(key));
    q.bindText(3, column);
    QList<QByteArray> closed;
    while (q.step())
        if (hadSeen(m_meta, w, {Uuid::fromBytes(q.blob(1)), q.int64(2), 0}))
            closed.append(q.blob(0));
    SqliteStatement &del = cached("DELETE FROM sync_conflict WHERE conflict_id = ?");
    for (const QByteArray &id : closed) {
        del.bindBlob(1, id);
        del.execute();
        ++m_report.conflictsClosed;
    }
}

QList<MergeDot> MergeConflictLog::losers(const SyncTable &t, const QByteArray &key,
                                         const QString &column)
{
    if (!mayHold(t))
        return {};
    SqliteStatement &q = cached("SELECT loser_replica, loser_counter FROM sync_conflict "
                                "WHERE table_name = ? AND row_key = ? AND column_name = ?");
    q.bindText(1, t.info.name);
    q.bindText(2, rowKeyText(key));
    q.bindText(3, column);
    QList<MergeDot> out;
    while (q.step())
        out.append({Uuid::fromBytes(q.blob(0)), q.int64(1), 0});
    return out;
}

void MergeConflictLog::dropKeyChildren(const SyncTable &parent, const QByteArray &key)
{
    const QString hexKey = rowKeyText(key);
    for (const SyncTable &child : m_layout.tables())
        for (const SyncTable::KeyParent &p : child.keyParents) {
            if (p.table != parent.info.name)
                continue;
            SqliteStatement &q = cached("DELETE FROM sync_conflict WHERE table_name = ? AND "
                                        "sync_key_part(row_key, ?) = ?");
            q.bindText(1, child.info.name);
            q.bind(2, qint64(p.position));
            q.bindText(3, hexKey);
            q.execute();
        }
}

void MergeConflictLog::dropRow(const SyncTable &t, const QByteArray &key, bool fieldsOnly)
{
    SqliteStatement &q =
        fieldsOnly ? cached("DELETE FROM sync_conflict WHERE table_name = ? AND row_key = ? AND "
                            "column_name <> '*'")
                   : cached("DELETE FROM sync_conflict WHERE table_name = ? AND row_key = ?");
    q.bindText(1, t.info.name);
    q.bindText(2, rowKeyText(key));
    q.execute();
}

bool MergeConflictLog::keyParentDeleted(const SyncTable &t, const QByteArray &key)
{
    for (const SyncTable::KeyParent &p : t.keyParents) {
        const std::optional<QByteArray> parentKey = SyncKey::component(key, p.position);
        if (!parentKey)
            continue;
        SqliteStatement &q = cached("SELECT 1 FROM sync_tombstone WHERE key_hash = ?");
        q.bindBlob(1, SyncKey::hash(p.table, *parentKey));
        if (q.step())
            return true;
    }
    return false;
}

void MergeConflictLog::record(const SyncTable &t, const QByteArray &key, const QString &column,
                              const QString &loserValue, const MergeDot &loser)
{
    SyncPhaseTimer timer(SyncPhase::Conflicts);
    // Whichever came first here, the deletion of an entity the row is keyed by or this
    // loser, no conflict about the row remains: the same end on every replica.
    if (keyParentDeleted(t, key))
        return;
    // Named by the cell and the losing write, so every replica that sees the same two
    // writes records the very same row.
    QByteArray name = key + '\0' + column.toUtf8() + '\0' + loser.origin.bytes();
    char c[8];
    qToBigEndian(loser.counter, c);
    name.append(c, 8);
    SqliteStatement &q = cached("INSERT OR IGNORE INTO sync_conflict(conflict_id, table_name, "
                                "row_key, column_name, loser_value, loser_replica, "
                                "loser_counter, loser_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindBlob(1, SyncKey::hash(QStringLiteral("sync_conflict:") + t.info.name, name));
    q.bindText(2, t.info.name);
    q.bindText(3, rowKeyText(key));
    q.bindText(4, column);
    q.bindText(5, loserValue);
    q.bindBlob(6, loser.origin.bytes());
    q.bind(7, loser.counter);
    q.bind(8, loser.hlc);
    q.execute();
    m_holdsLosers.insert(&t, true);
    if (sqlite3_changes(m_db) > 0)
        ++m_report.conflictsRecorded;
}

} // namespace passerelle
