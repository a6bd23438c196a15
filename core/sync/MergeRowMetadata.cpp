#include "sync/MergeRowMetadata.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncMetadata.h"
#include "sync/SyncPhaseTimer.h"

#include <utility>

namespace passerelle {

MergeRowMetadata::MergeRowMetadata(sqlite3 *db, SyncMetadata &meta) : m_db(db), m_meta(meta) {}

MergeRowMetadata::~MergeRowMetadata() = default;

// Keyed by the literal's address: each call site passes its own literal, so a row costs
// no SQL string and no hashing of one.
SqliteStatement &MergeRowMetadata::cached(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db, sql));
    (*it)->reset();
    return **it;
}

SqliteStatement &MergeRowMetadata::keyed(const char *sql, const SyncTable &t, const QByteArray &key)
{
    SqliteStatement &q = cached(sql);
    q.bind(1, qint64(t.index));
    q.bindBlob(2, key);
    return q;
}

std::optional<MergeRowMeta> MergeRowMetadata::row(const SyncTable &t, const QByteArray &key)
{
    SyncPhaseTimer timer(SyncPhase::Lookup);
    SqliteStatement &q = keyed("SELECT alive, origin, counter, hlc FROM local_sync_row WHERE "
                               "tbl = ? AND pk = ?",
                               t, key);
    if (!q.step())
        return std::nullopt;
    return MergeRowMeta{q.int64(0) != 0,
                        {m_meta.replicaAt(int(q.int64(1))), q.int64(2), q.int64(3)}};
}

QHash<int, MergeDot> MergeRowMetadata::cells(const SyncTable &t, const QByteArray &key)
{
    writeHeldCells();
    SyncPhaseTimer timer(SyncPhase::Lookup);
    QHash<int, MergeDot> out;
    SqliteStatement &q = keyed("SELECT unit, origin, counter, hlc FROM local_sync_cell WHERE "
                               "tbl = ? AND pk = ?",
                               t, key);
    while (q.step())
        out.insert(int(q.int64(0)), {m_meta.replicaAt(int(q.int64(1))), q.int64(2), q.int64(3)});
    return out;
}

QList<QByteArray> MergeRowMetadata::keys(const SyncTable &t)
{
    SqliteStatement &q = cached("SELECT pk FROM local_sync_row WHERE tbl = ?");
    q.bind(1, qint64(t.index));
    QList<QByteArray> out;
    while (q.step())
        out.append(q.blob(0));
    return out;
}

void MergeRowMetadata::writeRow(const SyncTable &t, const QByteArray &key, bool alive,
                                const MergeDot &dot)
{
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    SqliteStatement &q = keyed("INSERT INTO local_sync_row(tbl, pk, alive, origin, counter, hlc) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(tbl, pk) DO UPDATE SET "
                               "alive = excluded.alive, origin = excluded.origin, counter = "
                               "excluded.counter, hlc = excluded.hlc",
                               t, key);
    q.bind(3, qint64(alive ? 1 : 0));
    q.bind(4, qint64(m_meta.indexOf(dot.origin)));
    q.bind(5, dot.counter);
    q.bind(6, dot.hlc);
    q.execute();
}

void MergeRowMetadata::writeNewRows(const SyncTable &t, const SyncRowAccess::NewRow *rows,
                                    const MergeDot *dots, qsizetype count)
{
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    std::shared_ptr<SqliteStatement> &q = m_newRows[count];
    if (!q) {
        QByteArray sql = "INSERT INTO local_sync_row(tbl, pk, alive, origin, counter, hlc) VALUES ";
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? "(?, ?, 1, ?, ?, ?)" : ", (?, ?, 1, ?, ?, ?)";
        q = std::make_shared<SqliteStatement>(m_db, sql);
    }
    q->reset();
    int at = 1;
    for (qsizetype i = 0; i < count; ++i) {
        q->bind(at++, qint64(t.index));
        q->bindBlob(at++, rows[i].key);
        q->bind(at++, qint64(m_meta.indexOf(dots[i].origin)));
        q->bind(at++, dots[i].counter);
        q->bind(at++, dots[i].hlc);
    }
    q->execute();
}

void MergeRowMetadata::writeCell(const SyncTable &t, const QByteArray &key, int unit,
                                 const MergeDot &dot)
{
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    if (m_holding) {
        m_held.append({qint64(t.index), key, qint64(unit), qint64(m_meta.indexOf(dot.origin)),
                       dot.counter, dot.hlc});
        return;
    }
    SqliteStatement &q = keyed("INSERT INTO local_sync_cell(tbl, pk, unit, origin, counter, hlc) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(tbl, pk, unit) DO UPDATE SET "
                               "origin = excluded.origin, counter = excluded.counter, hlc = "
                               "excluded.hlc",
                               t, key);
    q.bind(3, qint64(unit));
    q.bind(4, qint64(m_meta.indexOf(dot.origin)));
    q.bind(5, dot.counter);
    q.bind(6, dot.hlc);
    q.execute();
}

void MergeRowMetadata::holdCells()
{
    m_holding = true;
}

void MergeRowMetadata::writeHeldCells()
{
    m_holding = false;
    if (m_held.isEmpty())
        return;
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    const QList<HeldCell> held = std::exchange(m_held, {});
    // Full statements, then the rest by halves (at most seven shapes, each prepared once).
    constexpr qsizetype kPerStatement = 64;
    qsizetype size = kPerStatement;
    for (qsizetype at = 0; at < held.size(); at += size) {
        while (size > held.size() - at)
            size /= 2;
        std::shared_ptr<SqliteStatement> &q = m_heldCellWrites[size];
        if (!q) {
            // The same cell twice in one statement: the later write updates the earlier
            // one's row, as two statements in that order would.
            QByteArray sql = "INSERT INTO local_sync_cell(tbl, pk, unit, origin, counter, hlc) "
                             "VALUES ";
            for (qsizetype i = 0; i < size; ++i)
                sql += i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)";
            sql += " ON CONFLICT(tbl, pk, unit) DO UPDATE SET origin = excluded.origin, "
                   "counter = excluded.counter, hlc = excluded.hlc";
            q = std::make_shared<SqliteStatement>(m_db, sql);
        }
        q->reset();
        int bind = 1;
        for (qsizetype i = at; i < at + size; ++i) {
            const HeldCell &c = held[i];
            q->bind(bind++, c.table);
            q->bindBlob(bind++, c.key);
            q->bind(bind++, c.unit);
            q->bind(bind++, c.origin);
            q->bind(bind++, c.counter);
            q->bind(bind++, c.hlc);
        }
        q->execute();
    }
}

void MergeRowMetadata::dropCell(const SyncTable &t, const QByteArray &key, int unit)
{
    const bool holding = m_holding;
    writeHeldCells();
    m_holding = holding;
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    SqliteStatement &q =
        keyed("DELETE FROM local_sync_cell WHERE tbl = ? AND pk = ? AND unit = ?", t, key);
    q.bind(3, qint64(unit));
    q.execute();
}

void MergeRowMetadata::dropCells(const SyncTable &t, const QByteArray &key)
{
    const bool holding = m_holding;
    writeHeldCells();
    m_holding = holding;
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    keyed("DELETE FROM local_sync_cell WHERE tbl = ? AND pk = ?", t, key).execute();
}

void MergeRowMetadata::drop(const SyncTable &t, const QByteArray &key)
{
    SyncPhaseTimer timer(SyncPhase::WriteMeta);
    keyed("DELETE FROM local_sync_row WHERE tbl = ? AND pk = ?", t, key).execute();
    dropCells(t, key);
}

} // namespace passerelle
