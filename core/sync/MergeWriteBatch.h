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

// Rows the merge writes, many to a statement: rows new to this replica (INSERT … VALUES
// (…), (…)) or rows it holds taking new values (UPDATE … FROM (VALUES …)). Every
// replicated table carries capture triggers, and a trigger makes SQLite open a statement
// journal for each statement and copy into it every page the statement touches: one row
// per statement, a first sync spent more time in that bookkeeping than in writing the
// rows (bench-sync --timing: row writes 1.2 s for 100 000 new interventions, 0.41 s for the
// same rows in one statement in the sqlite3 shell; 0.92 s against 0.50 s for 100 000
// updates). A batch holds rows of one table, one kind and one list of columns, in the
// order they arrived; the merger flushes it before anything that could read or write
// those rows another way.
class MergeWriteBatch
{
public:
    enum class Kind
    {
        Insert, // a new row: its row metadata (local_sync_row) is written with it
        Update, // a held row: what the merge settles for it runs once it is written
    };
    struct Row
    {
        SyncRowAccess::NewRow values; // key, then the values of the batch's columns
        MergeDot dot;                 // Insert: the write that created the row
        std::function<void()> settle; // Update: conflicts and metadata, after the write
    };
    using Rejected =
        std::function<void(Kind kind, const SyncTable &t, const Row &row, const QString &why)>;

    MergeWriteBatch(SyncRowAccess &rows, MergeRowMetadata &metadata)
        : m_rows(rows), m_metadata(metadata)
    {
    }

    // Whether a row of `t` giving `columns` can join what is pending: nothing pending, or
    // fewer than kMaxPending rows of the same kind, table and columns with keys before
    // this one. A change set lists each table's rows by key, so a key met twice, or out
    // of order, ends the batch (one comparison per row instead of a lookup; an unordered
    // set is only written in more statements).
    bool accepts(Kind kind, const SyncTable &t, const QStringList &columns,
                 const QByteArray &key) const;
    bool holds(const SyncTable &t) const { return m_table == &t && !m_pending.isEmpty(); }
    // False when the key is surely not pending (after every pending key of its table).
    bool mayHold(const SyncTable &t, const QByteArray &key) const
    {
        return holds(t) && !(m_pending.last().values.key < key);
    }
    // The table of the pending rows, how many, and whether they are new (none: nullptr, 0).
    const SyncTable *table() const { return m_pending.isEmpty() ? nullptr : m_table; }
    qsizetype pending() const { return m_pending.size(); }
    Kind kind() const { return m_kind; }

    void add(Kind kind, const SyncTable &t, const QStringList &columns, Row row);
    // Writes what is pending; a full statement refused by a constraint is written again
    // row by row, and each row refused is passed to `rejected` (the others are written:
    // an inserted row with its metadata, an updated one then settled; a refused row gets
    // neither).
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
    Kind m_kind = Kind::Insert;
    const SyncTable *m_table = nullptr;
    QStringList m_columns;
    QList<Row> m_pending; // keys in increasing order
    // Contiguous copies for the statements (their keys and values are shared, not copied).
    QList<SyncRowAccess::NewRow> m_values;
    QList<MergeDot> m_dots;
};

} // namespace passerelle
