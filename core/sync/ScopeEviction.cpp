#include "sync/ScopeEviction.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeSetBuilder.h"
#include "sync/SyncKey.h"
#include "sync/SyncLogging.h"
#include "sync/SyncScope.h"

#include <algorithm>

namespace passerelle {

ScopeEviction::ScopeEviction(sqlite3 *db, const SyncLayout &layout, SyncRowAccess &rows)
    : m_db(db), m_layout(layout), m_rows(rows)
{
}

ScopeEviction::Result ScopeEviction::evict(const QList<QByteArray> &keep, qint64 senderKnowsOwn)
{
    Result result;
    const QList<QByteArray> held = SyncScope::held(m_db).cases();
    QList<QByteArray> leaving;
    QList<QByteArray> staying;
    for (const QByteArray &id : held) {
        if (std::binary_search(keep.cbegin(), keep.cend(), id)) {
            staying.append(id);
            continue;
        }
        const SyncScope one = SyncScope::ofCases(m_db, {id});
        bool unsent = false;
        for (const QString &name : SyncScope::caseBoundTables()) {
            const SyncTable *t = m_layout.find(name);
            const QSet<QByteArray> keys = one.rows(name);
            unsent = t && std::any_of(keys.cbegin(), keys.cend(), [&](const QByteArray &key) {
                         return hasUnsentWrite(*t, key, senderKnowsOwn);
                     });
            if (unsent)
                break;
        }
        if (unsent) {
            staying.append(id);
            ++result.deferred;
            result.deferredCases.append(id);
        } else {
            leaving.append(id);
        }
    }
    if (leaving.isEmpty())
        return result;

    const SyncScope gone = SyncScope::ofCases(m_db, leaving);
    const SyncScope kept = SyncScope::ofCases(m_db, staying);
    QList<QString> tables = SyncScope::caseBoundTables();
    std::reverse(tables.begin(), tables.end()); // children first
    for (const QString &name : std::as_const(tables)) {
        const SyncTable *t = m_layout.find(name);
        if (!t)
            continue;
        const QSet<QByteArray> needed = kept.rows(name);
        QList<QByteArray> keys = gone.rows(name).values();
        std::sort(keys.begin(), keys.end());
        for (const QByteArray &key : std::as_const(keys))
            if (!needed.contains(key) && !isReferenced(*t, key))
                drop(*t, key);
    }
    for (const QByteArray &id : std::as_const(leaving)) {
        SqliteStatement q(m_db, "SELECT 1 FROM case_file WHERE id = ?");
        q.bindBlob(1, id);
        if (!q.step())
            ++result.evicted;
    }
    qCInfo(lcSync) << "scope:" << result.evicted << "cases evicted," << result.deferred
                   << "kept with unsent edits";
    return result;
}

bool ScopeEviction::hasUnsentWrite(const SyncTable &t, const QByteArray &key, qint64 senderKnowsOwn)
{
    // Index 0 of the local replica numbering is this replica.
    SqliteStatement q(m_db,
                      "SELECT 1 FROM local_sync_row WHERE tbl = ?1 AND pk = ?2 AND origin = 0 "
                      "AND counter > ?3 UNION ALL SELECT 1 FROM local_sync_cell WHERE "
                      "tbl = ?1 AND pk = ?2 AND origin = 0 AND counter > ?3 LIMIT 1");
    q.bind(1, qint64(t.index));
    q.bindBlob(2, key);
    q.bind(3, senderKnowsOwn);
    return q.step();
}

bool ScopeEviction::isReferenced(const SyncTable &t, const QByteArray &key)
{
    if (!t.isEntity)
        return false;
    const std::optional<QVariantList> id = SyncKey::decode(key);
    if (!id || id->size() != 1)
        return false;
    for (const SyncTable &child : m_layout.tables())
        for (const ForeignKeyInfo &fk : child.info.foreignKeys) {
            if (fk.parentTable != t.info.name)
                continue;
            SqliteStatement q(m_db,
                              QByteArray("SELECT 1 FROM \"" + child.info.name.toUtf8() +
                                         "\" WHERE \"" + fk.column.toUtf8() + "\" = ? LIMIT 1"));
            SyncRowAccess::bind(q, 1, id->first());
            if (q.step())
                return true;
        }
    return false;
}

void ScopeEviction::drop(const SyncTable &t, const QByteArray &key)
{
    // Own writes leaving with the row: remember the highest (ChangeSetBuilder::setOwnChangesOnly).
    SqliteStatement own(m_db, "SELECT max(counter) FROM (SELECT counter FROM local_sync_row WHERE "
                              "tbl = ?1 AND pk = ?2 AND origin = 0 UNION ALL SELECT counter FROM "
                              "local_sync_cell WHERE tbl = ?1 AND pk = ?2 AND origin = 0)");
    own.bind(1, qint64(t.index));
    own.bindBlob(2, key);
    if (own.step() && !own.isNull(0)) {
        SqliteStatement keep(m_db, "INSERT INTO replica_meta(key, value) VALUES (?1, ?2) ON "
                                   "CONFLICT(key) DO UPDATE SET value = max(CAST(value AS "
                                   "INTEGER), CAST(?2 AS INTEGER))");
        keep.bindUtf8(1, ChangeSetBuilder::kEvictedOwnKey);
        keep.bindUtf8(2, QByteArray::number(own.int64(0)));
        keep.execute();
    }
    m_rows.remove(t, key);
    for (const char *sql : {"DELETE FROM local_sync_row WHERE tbl = ? AND pk = ?",
                            "DELETE FROM local_sync_cell WHERE tbl = ? AND pk = ?"}) {
        SqliteStatement q(m_db, sql);
        q.bind(1, qint64(t.index));
        q.bindBlob(2, key);
        q.execute();
    }
    SqliteStatement conflicts(m_db,
                              "DELETE FROM sync_conflict WHERE table_name = ? AND row_key = ?");
    conflicts.bindText(1, t.info.name);
    conflicts.bindText(2, QString::fromLatin1(key.toHex().toUpper()));
    conflicts.execute();
}

} // namespace passerelle
