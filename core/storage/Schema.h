#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace passerelle {

// The replicated tables as SQLite describes them (sqlite_schema + pragmas), in an order
// where every parent comes before its children. Export, import, stats and check are
// written once against this description instead of once per table.
struct ColumnInfo
{
    enum class Kind
    {
        Uuid,
        Integer,
        Real,
        Text
    };
    QString name;
    Kind kind = Kind::Text;
    bool notNull = false;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 when not part of it
};

struct ForeignKeyInfo
{
    QString column;
    QString parentTable;
    QString parentColumn;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    QList<ForeignKeyInfo> foreignKeys;
    bool isReferenceList = false; // ref_* tables, keyed by a text code
    bool hasRowid = true;

    QStringList primaryKey() const;
    const ColumnInfo *column(const QString &name) const;
};

class Schema
{
public:
    // Every table except replica-local ones, parents first. Throws StorageError.
    static QList<TableInfo> replicatedTables(sqlite3 *db);
};

} // namespace passerelle
