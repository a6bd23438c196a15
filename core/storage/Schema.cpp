#include "storage/Schema.h"

#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace passerelle {

QStringList TableInfo::primaryKey() const
{
    QList<const ColumnInfo *> pk;
    for (const ColumnInfo &c : columns)
        if (c.primaryKeyPosition > 0)
            pk.append(&c);
    std::sort(pk.begin(), pk.end(), [](const ColumnInfo *a, const ColumnInfo *b) {
        return a->primaryKeyPosition < b->primaryKeyPosition;
    });
    QStringList names;
    for (const ColumnInfo *c : pk)
        names.append(c->name);
    return names;
}

const ColumnInfo *TableInfo::column(const QString &name) const
{
    for (const ColumnInfo &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

namespace {
ColumnInfo::Kind kindOf(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("BLOB")))
        return ColumnInfo::Kind::Uuid; // the only blobs we store are UUIDs
    if (t.contains(QLatin1String("INT")))
        return ColumnInfo::Kind::Integer;
    if (t.contains(QLatin1String("REAL")))
        return ColumnInfo::Kind::Real;
    return ColumnInfo::Kind::Text;
}

// This replica's keys, the peers it knows and the bundles it applied (core/sync): they
// describe this copy, not the organisation's data, and the secret keys must never leave it.
// The sync engine's conflict log and tombstones are alike: every replica derives the same
// rows by merging (they are never captured as changes), but they speak of dots and key
// hashes that mean something only inside one sync group, so they are neither exported to
// the interchange file nor part of the data a replica's content is compared on.
bool isReplicaLocal(const QString &table)
{
    return table == QLatin1String("replica_secret") || table == QLatin1String("replica_peer") ||
           table == QLatin1String("sync_applied_bundle") ||
           table == QLatin1String("sync_conflict") || table == QLatin1String("sync_tombstone");
}
} // namespace

QList<TableInfo> Schema::replicatedTables(sqlite3 *db)
{
    QList<TableInfo> tables;
    {
        SqliteStatement list(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                 "AND name NOT LIKE 'sqlite_%' AND name <> 'replica_meta' "
                                 "AND name NOT LIKE 'local\\_%' ESCAPE '\\' "
                                 "ORDER BY rowid");
        while (list.step()) {
            TableInfo t;
            t.name = list.text(0);
            if (isReplicaLocal(t.name))
                continue;
            t.isReferenceList = t.name.startsWith(QLatin1String("ref_"));
            t.hasRowid = !list.text(1).contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
            tables.append(t);
        }
    }
    for (TableInfo &t : tables) {
        const QByteArray quoted = "'" + t.name.toUtf8() + "'";
        SqliteStatement cols(db, QByteArray("SELECT name, type, \"notnull\", pk FROM pragma_table_info(" +
                                  quoted + ") ORDER BY cid"));
        while (cols.step())
            t.columns.append({cols.text(0), kindOf(cols.text(1)), cols.int64(2) != 0,
                              int(cols.int64(3))});
        SqliteStatement fks(db, QByteArray("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(" +
                                 quoted + ") ORDER BY id, seq"));
        while (fks.step())
            t.foreignKeys.append({fks.text(0), fks.text(1), fks.text(2)});
    }

    // Kahn's algorithm, stable on creation order; self references do not constrain order.
    QList<TableInfo> ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const TableInfo &t : tables) {
            if (placed.contains(t.name))
                continue;
            const bool ready = std::all_of(t.foreignKeys.cbegin(), t.foreignKeys.cend(),
                                           [&](const ForeignKeyInfo &fk) {
                                               return fk.parentTable == t.name ||
                                                      placed.contains(fk.parentTable);
                                           });
            if (ready) {
                ordered.append(t);
                placed.insert(t.name);
                progressed = true;
            }
        }
        if (!progressed) { // a cycle: keep the remaining tables in creation order
            for (const TableInfo &t : tables)
                if (!placed.contains(t.name)) {
                    ordered.append(t);
                    placed.insert(t.name);
                }
        }
    }
    return ordered;
}

} // namespace passerelle
