#pragma once

#include "sync/MergeDot.h"
#include "sync/SyncLayout.h"
#include "sync/SyncRowAccess.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

struct sqlite3;

namespace passerelle {

class SqliteStatement;
class SyncMetadata;

// The merge's reads and writes of the per-row sync metadata: local_sync_row (the write
// that last said the row exists or not) and local_sync_cell (units written after it).
// The capture triggers keep the same tables for local writes; the merge, with capture
// suspended, writes the incoming winners here itself. Statements are prepared once.
class MergeRowMetadata
{
public:
    MergeRowMetadata(sqlite3 *db, SyncMetadata &meta);
    ~MergeRowMetadata();

    std::optional<MergeRowMeta> row(const SyncTable &t, const QByteArray &key);
    QHash<int, MergeDot> cells(const SyncTable &t, const QByteArray &key);
    // Keys of every row of `t` this replica has metadata for.
    QList<QByteArray> keys(const SyncTable &t);

    void writeRow(const SyncTable &t, const QByteArray &key, bool alive, const MergeDot &dot);
    // Rows new here (no metadata yet), alive, last written by `dots`: one statement for
    // all of them (MergeWriteBatch writes their values the same way).
    void writeNewRows(const SyncTable &t, const SyncRowAccess::NewRow *rows, const MergeDot *dots,
                      qsizetype count);
    void writeCell(const SyncTable &t, const QByteArray &key, int unit, const MergeDot &dot);
    // From holdCells() to writeHeldCells(), writeCell only collects, and the cells are then
    // written many to a statement (the rows of one MergeWriteBatch statement settle
    // together: one statement per cell was a sixth of an update merge). Any other read or
    // write of cells writes what is held first, so the order of writes is kept.
    void holdCells();
    void writeHeldCells();
    void dropCell(const SyncTable &t, const QByteArray &key, int unit);
    void dropCells(const SyncTable &t, const QByteArray &key);
    // The row's metadata and its cells.
    void drop(const SyncTable &t, const QByteArray &key);

private:
    SqliteStatement &cached(const char *sql);
    SqliteStatement &keyed(const char *sql, const SyncTable &t, const QByteArray &key);

    sqlite3 *m_db;
    SyncMetadata &m_meta;
    QHash<const char *, std::shared_ptr<SqliteStatement>> m_statements;
    QHash<qsizetype, std::shared_ptr<SqliteStatement>> m_newRows;        // by number of rows
    QHash<qsizetype, std::shared_ptr<SqliteStatement>> m_heldCellWrites; // likewise
    struct HeldCell
    {
        qint64 table;
        QByteArray key;
        qint64 unit;
        qint64 origin; // index in this replica's replica table
        qint64 counter;
        qint64 hlc;
    };
    bool m_holding = false;
    QList<HeldCell> m_held;
};

} // namespace passerelle
