#include "sync/CaptureTriggers.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncLayout.h"

namespace passerelle {

namespace {
QByteArray keyOf(const SyncTable &t, const char *row)
{
    QByteArray out = "sync_key(";
    for (qsizetype i = 0; i < t.primaryKey.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += QByteArray(row) + '.' + sqlIdentifier(t.primaryKey[i]);
    }
    return out + ')';
}

QByteArray sameKey(const SyncTable &t)
{
    QByteArray out;
    for (const QString &c : t.primaryKey) {
        if (!out.isEmpty())
            out += " AND ";
        out += "NEW." + sqlIdentifier(c) + " IS OLD." + sqlIdentifier(c);
    }
    return out;
}

QByteArray num(int n)
{
    return QByteArray::number(n);
}

// The statements recording that `row` (NEW) now exists with every column written.
QByteArray insertActions(const SyncTable &t, const char *row)
{
    const QByteArray key = keyOf(t, row);
    return "INSERT INTO local_sync_row(tbl, pk, alive, origin, counter, hlc) VALUES (" +
           num(t.index) + ", " + key +
           ", 1, 0, sync_dot(), sync_hlc()) ON CONFLICT(tbl, pk) DO UPDATE SET alive = 1, "
           "origin = 0, counter = excluded.counter, hlc = excluded.hlc;\n"
           "  DELETE FROM local_sync_cell WHERE tbl = " +
           num(t.index) + " AND pk = " + key + ";\n" +
           // Whoever writes a field had received every loser logged here: they are closed.
           "  DELETE FROM sync_conflict WHERE table_name = '" + t.info.name.toUtf8() +
           "' AND row_key = hex(" + key + ");\n";
}

// Rows keyed by the deleted entity `t` (its links) can never exist again: their conflicts
// go on every replica (ChangeMerger does the same when the tombstone arrives).
QByteArray keyChildrenActions(const SyncLayout &layout, const SyncTable &t, const char *row)
{
    QByteArray out;
    for (const SyncTable &child : layout.tables())
        for (const SyncTable::KeyParent &p : child.keyParents)
            if (p.table == t.info.name)
                out += "  DELETE FROM sync_conflict WHERE table_name = '" +
                       child.info.name.toUtf8() + "' AND sync_key_part(row_key, " +
                       num(p.position) + ") = hex(" + keyOf(t, row) + ");\n";
    return out;
}

// The statements recording that `row` (OLD) was deleted.
QByteArray deleteActions(const SyncLayout &layout, const SyncTable &t, const char *row)
{
    const QByteArray key = keyOf(t, row);
    const QByteArray name = "'" + t.info.name.toUtf8() + "'";
    QByteArray out;
    if (t.isEntity) {
        const QByteArray hash = "sync_key_hash(" + name + ", " + key + ")";
        out += "INSERT OR IGNORE INTO sync_tombstone(key_hash, table_name) VALUES (" + hash +
               ", " + name + ");\n";
        out += "  INSERT OR IGNORE INTO local_sync_tombstone(key_hash, tbl, origin, counter, hlc) "
               "VALUES (" +
               hash + ", " + num(t.index) + ", 0, sync_dot(), sync_hlc());\n";
        out += "  DELETE FROM local_sync_row WHERE tbl = " + num(t.index) + " AND pk = " + key +
               ";\n";
        out += keyChildrenActions(layout, t, row);
    } else {
        out += "INSERT INTO local_sync_row(tbl, pk, alive, origin, counter, hlc) VALUES (" +
               num(t.index) + ", " + key +
               ", 0, 0, sync_dot(), sync_hlc()) ON CONFLICT(tbl, pk) DO UPDATE SET alive = 0, "
               "origin = 0, counter = excluded.counter, hlc = excluded.hlc;\n";
    }
    out += "  DELETE FROM local_sync_cell WHERE tbl = " + num(t.index) + " AND pk = " + key + ";\n";
    out += "  DELETE FROM sync_conflict WHERE table_name = " + name + " AND row_key = hex(" + key +
           ");\n";
    return out;
}

QByteArray triggerName(const SyncTable &t, const char *suffix)
{
    return sqlIdentifier(
        QStringLiteral("local_sync_%1_%2").arg(t.info.name, QLatin1String(suffix)));
}
} // namespace

QByteArray CaptureTriggers::createSql(const SyncLayout &layout)
{
    QByteArray sql;
    for (const SyncTable &t : layout.tables()) {
        const QByteArray table = sqlIdentifier(t.info.name);
        sql += "CREATE TRIGGER " + triggerName(t, "ai") + " AFTER INSERT ON " + table +
               " WHEN sync_on() BEGIN\n  " + insertActions(t, "NEW") + "END;\n";

        sql += "CREATE TRIGGER " + triggerName(t, "ad") + " AFTER DELETE ON " + table +
               " WHEN sync_on() BEGIN\n  " + deleteActions(layout, t, "OLD") + "END;\n";

        // A changed key is the old row removed and a new one written.
        sql += "CREATE TRIGGER " + triggerName(t, "ak") + " AFTER UPDATE ON " + table +
               " WHEN sync_on() AND NOT (" + sameKey(t) + ") BEGIN\n  " +
               deleteActions(layout, t, "OLD") + "  " + insertActions(t, "NEW") + "END;\n";

        if (t.units.isEmpty())
            continue;
        QByteArray body;
        const QByteArray key = keyOf(t, "NEW");
        for (const SyncUnit &u : t.units) {
            QByteArray changed;
            for (const QString &c : u.columns) {
                if (!changed.isEmpty())
                    changed += " OR ";
                changed += "NEW." + sqlIdentifier(c) + " IS NOT OLD." + sqlIdentifier(c);
            }
            body += "  INSERT INTO local_sync_cell(tbl, pk, unit, origin, counter, hlc) SELECT " +
                    num(t.index) + ", " + key + ", " + num(u.index) +
                    ", 0, sync_dot(), sync_hlc() WHERE " + changed +
                    " ON CONFLICT(tbl, pk, unit) DO UPDATE SET origin = 0, counter = "
                    "excluded.counter, hlc = excluded.hlc;\n";
            body += "  DELETE FROM sync_conflict WHERE (" + changed + ") AND table_name = '" +
                    t.info.name.toUtf8() + "' AND row_key = hex(" + key + ") AND column_name = '" +
                    u.columns.join(QLatin1Char(',')).toUtf8() + "';\n";
        }
        sql += "CREATE TRIGGER " + triggerName(t, "au") + " AFTER UPDATE ON " + table +
               " WHEN sync_on() AND " + sameKey(t) + " BEGIN\n" + body + "END;\n";
    }
    return sql;
}

QByteArray CaptureTriggers::dropSql(sqlite3 *db)
{
    QByteArray sql;
    SqliteStatement q(db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                          "'local\\_sync\\_%' ESCAPE '\\'");
    while (q.step())
        sql += "DROP TRIGGER " + sqlIdentifier(q.text(0)) + ";\n";
    return sql;
}

QByteArray CaptureTriggers::backfillSql(const SyncLayout &layout)
{
    QByteArray sql;
    for (const SyncTable &t : layout.tables())
        sql += "INSERT OR IGNORE INTO local_sync_row(tbl, pk, alive, origin, counter, hlc) "
               "SELECT " +
               num(t.index) + ", " + keyOf(t, sqlIdentifier(t.info.name).constData()) +
               ", 1, 0, sync_dot(), sync_hlc() FROM " + sqlIdentifier(t.info.name) + ";\n";
    return sql;
}

QByteArray CaptureTriggers::backfillShippedSql(const SyncLayout &layout, int origin)
{
    QByteArray sql;
    for (const SyncTable &t : layout.tables())
        if (t.info.isReferenceList)
            sql += "INSERT OR IGNORE INTO local_sync_row(tbl, pk, alive, origin, counter, hlc) "
                   "SELECT " +
                   num(t.index) + ", " + keyOf(t, sqlIdentifier(t.info.name).constData()) +
                   ", 1, " + num(origin) + ", 1, 0 FROM " + sqlIdentifier(t.info.name) + ";\n";
    sql += "INSERT OR IGNORE INTO local_sync_vv(origin, counter) VALUES (" + num(origin) + ", 1);\n";
    return sql;
}

} // namespace passerelle
