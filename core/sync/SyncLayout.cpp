#include "sync/SyncLayout.h"

#include "storage/SqliteStatement.h"

#include <QMutex>

#include <sqlite3.h>

namespace passerelle {

namespace {
// Columns a CHECK constraint ties together: merged field by field, two edits could each
// be valid and together break the rule (a case "closed" by one replica while another
// clears its closing date). Kept in one unit, they win or lose together.
const QHash<QString, QList<QStringList>> &groups()
{
    static const QHash<QString, QList<QStringList>> g = {
        {QStringLiteral("case_file"),
         {{QStringLiteral("status"), QStringLiteral("identified_on"), QStringLiteral("oriented_on"),
           QStringLiteral("accompanied_on"), QStringLiteral("closed_on"),
           QStringLiteral("close_reason")}}},
        {QStringLiteral("programme"), {{QStringLiteral("start_date"), QStringLiteral("end_date")}}},
        {QStringLiteral("action_sheet"),
         {{QStringLiteral("start_year"), QStringLiteral("end_year")},
          {QStringLiteral("period_start"), QStringLiteral("period_end")}}},
        {QStringLiteral("communication_material"),
         {{QStringLiteral("quantity_made"), QStringLiteral("quantity_distributed")}}},
        {QStringLiteral("case_worker"),
         {{QStringLiteral("assigned_on"), QStringLiteral("unassigned_on")}}},
    };
    return g;
}
} // namespace

int SyncTable::unitOf(const QString &column) const
{
    if (!unitByColumn.isEmpty())
        return unitByColumn.value(column, -1);
    for (const SyncUnit &u : units)
        if (u.columns.contains(column))
            return u.index;
    return -1;
}

bool SyncLayout::isBookkeeping(const QString &column)
{
    return column == QLatin1String("created_at") || column == QLatin1String("updated_at");
}

SyncLayout SyncLayout::load(sqlite3 *db)
{
    // Reading the schema costs a few hundred pragma queries; it only changes with a
    // migration, which bumps schema_version. Keyed by file too: the numbering is per file.
    struct Cached
    {
        QByteArray file;
        qint64 schemaVersion = -1;
        SyncLayout layout;
    };
    static QMutex mutex;
    static QHash<sqlite3 *, Cached> cache;
    const QByteArray file(sqlite3_db_filename(db, "main"));
    qint64 version = 0;
    {
        SqliteStatement q(db, "PRAGMA schema_version");
        version = q.step() ? q.int64(0) : 0;
    }
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(db);
        if (it != cache.cend() && it->file == file && it->schemaVersion == version)
            return it->layout;
    }
    SyncLayout layout = read(db);
    QMutexLocker lock(&mutex);
    cache.insert(db, {file, version, layout});
    return layout;
}

SyncLayout SyncLayout::read(sqlite3 *db)
{
    SyncLayout layout;
    SqliteStatement find(db, "SELECT idx FROM local_sync_table WHERE name = ?");
    SqliteStatement add(db, "INSERT INTO local_sync_table(name) VALUES (?)");
    for (const TableInfo &info : Schema::replicatedTables(db)) {
        SyncTable t;
        t.info = info;
        t.primaryKey = info.primaryKey();
        t.isEntity = info.hasRowid && t.primaryKey == QStringList{QStringLiteral("id")};
        find.bindText(1, info.name);
        if (find.step()) {
            t.index = int(find.int64(0));
        } else {
            add.bindText(1, info.name);
            add.execute();
            find.reset();
            find.bindText(1, info.name);
            find.step();
            t.index = int(find.int64(0));
        }
        find.reset();
        // Parents come first (Schema orders them so): their kind is already known.
        for (const ForeignKeyInfo &fk : info.foreignKeys) {
            const qsizetype position = t.primaryKey.indexOf(fk.column);
            const SyncTable *parent = layout.find(fk.parentTable);
            if (position >= 0 && parent && parent->isEntity &&
                (fk.parentColumn.isEmpty() || fk.parentColumn == QLatin1String("id")))
                t.keyParents.append({int(position), fk.parentTable});
        }

        const QList<QStringList> tableGroups = groups().value(info.name);
        for (const ColumnInfo &c : info.columns) {
            if (c.primaryKeyPosition > 0 || t.unitOf(c.name) >= 0)
                continue;
            SyncUnit unit;
            unit.index = int(t.units.size());
            unit.columns.append(c.name);
            for (const QStringList &group : tableGroups)
                if (group.contains(c.name))
                    for (const ColumnInfo &other : info.columns)
                        if (other.name != c.name && group.contains(other.name))
                            unit.columns.append(other.name);
            t.units.append(unit);
        }
        for (const SyncUnit &u : std::as_const(t.units))
            for (const QString &c : u.columns)
                t.unitByColumn.insert(c, u.index);
        layout.m_byName.insert(t.info.name, int(layout.m_tables.size()));
        layout.m_byIndex.insert(t.index, int(layout.m_tables.size()));
        layout.m_tables.append(t);
    }
    return layout;
}

const SyncTable *SyncLayout::find(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_tables[*it];
}

const SyncTable *SyncLayout::byIndex(int index) const
{
    const auto it = m_byIndex.constFind(index);
    return it == m_byIndex.cend() ? nullptr : &m_tables[*it];
}

} // namespace passerelle
