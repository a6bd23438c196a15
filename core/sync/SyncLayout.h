#pragma once

#include "storage/Schema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace passerelle {

// A group of columns merged as one: a field, or fields that must agree (a case's status
// and its dates, a date range) and so travel and win together, never cell by cell.
struct SyncUnit
{
    int index = 0;       // position among the table's units; stored in local_sync_cell.unit
    QStringList columns; // in table order
};

// How one replicated table is captured and merged.
struct SyncTable
{
    int index = 0; // local_sync_table.idx
    TableInfo info;
    QStringList primaryKey;
    // An entity (UUIDv7 `id`) is never re-created once deleted: its deletion is a tombstone.
    // Rows keyed by their content (links, reference codes, cells) may come and go: their
    // existence is merged like a field.
    bool isEntity = false;
    QList<SyncUnit> units; // every column outside the primary key, grouped
    // Key columns that name an entity (a link's two ends): once that entity is deleted the
    // row can never exist again, so no replica keeps or logs conflicts about it.
    struct KeyParent
    {
        int position = 0; // in primaryKey
        QString table;    // the entity table
    };
    QList<KeyParent> keyParents;

    // The unit holding `column`, or -1 (a key column or an unknown one).
    int unitOf(const QString &column) const;
    // unitOf's answers, once the units are known: asked for every unit of every merged row.
    QHash<QString, int> unitByColumn;
};

// The captured tables of a database, parents first (Schema::replicatedTables without the
// sync engine's own replicated tables, which every replica derives instead).
class SyncLayout
{
public:
    // Reads the schema and numbers the tables in local_sync_table. Throws StorageError.
    static SyncLayout load(sqlite3 *db);

    const QList<SyncTable> &tables() const { return m_tables; }
    const SyncTable *find(const QString &name) const;
    const SyncTable *byIndex(int index) const;

    // Columns whose concurrent edits are bookkeeping, never a conflict a person reviews.
    static bool isBookkeeping(const QString &column);

private:
    static SyncLayout read(sqlite3 *db);

    QList<SyncTable> m_tables;
    QHash<QString, int> m_byName;
    QHash<int, int> m_byIndex;
};

} // namespace passerelle
