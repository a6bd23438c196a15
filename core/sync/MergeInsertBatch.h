#pragma once

#include "sync/MergeDot.h"
#include "sync/SyncRowAccess.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace passerelle {

class MergeRowMetadata;
struct SyncTable;

// Rows new to this replica, written many to a statement. Every replicated table carries
// capture triggers, and a trigger makes SQLite open a statement journal for each INSERT
// and copy into it every page the statement touches: one row per statement, a first sync
// spent more time in that bookkeeping than in writing the rows (bench-sync --timing:
// row writes 1.2 s for 100 000 interventions, 0.41 s for the same rows in one statement
// in the sqlite3 shell). A batch holds rows of one table with one list of columns, in the
// order they arrived; the merger flushes it before anything that could read or write
// those rows another way.
class MergeInsertBatch
{
public:
    using Rejected =
        std::function<void(const SyncTable &t, const QByteArray &key, const QString &why)>;

    MergeInsertBatch(SyncRowAccess &rows, MergeRowMetadata &metadata)
        : m_rows(rows), m_metadata(metadata)
    {
    }

    // Whether a row of `t` giving `columns` can join what is pending: nothing pending, or
    // fewer than kMaxPending rows of the same table and columns with keys before this one. A change set lists
    // each table's rows by key, so a key met twice, or out of order, ends the batch (one
    // comparison per row instead of a lookup; an unordered set is only written in more
    // statements).
    bool accepts(const SyncTable &t, const QStringList &columns, const QByteArray &key) const;
    bool holds(const SyncTable &t) const { return m_table == &t && !m_pending.isEmpty(); }
    // The table of the pending rows, and how many (none: nullptr, 0).
    const SyncTable *table() const { return m_pending.isEmpty() ? nullptr : m_table; }
    qsizetype pending() const { return m_pending.size(); }
    // False when the key is surely not pending (after every pending key of its table).
    bool mayHold(const SyncTable &t, const QByteArray &key) const
    {
        return holds(t) && !(m_pending.last().key < key);
    }
    // A row alive after the merge, `dot` being the write that created it: its values and
    // its row metadata (local_sync_row) are written together.
    void add(const SyncTable &t, const QByteArray &key, const QStringList &columns,
             const QVariantList &values, const MergeDot &dot);
    // Writes what is pending; a full statement refused by a constraint is written again
    // row by row, and each row refused is passed to `rejected` (the others are written,
    // with their metadata; a refused row gets none).
    void flush(const Rejected &rejected);

    // Forgets what is pending (a merge that failed: its transaction is rolled back).
    void clear();

    static constexpr qsizetype kRowsPerStatement = 64;
    // Written by then: the rows are written while the records after them are decoded
    // (MergeRecordStream), and a first sync holds no whole table in memory twice.
    static constexpr qsizetype kMaxPending = 16 * kRowsPerStatement;

private:
    void write(const Rejected &rejected, qsizetype from, qsizetype count);

    SyncRowAccess &m_rows;
    MergeRowMetadata &m_metadata;
    const SyncTable *m_table = nullptr;
    QStringList m_columns;
    QList<SyncRowAccess::NewRow> m_pending; // keys in increasing order
    QList<MergeDot> m_dots;
};

} // namespace passerelle
