#include "sync/MergeOrphanRepair.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncKey.h"
#include "sync/SyncRowAccess.h"

#include <sqlite3.h>

#include <utility>

namespace passerelle {

MergeOrphanRepair::MergeOrphanRepair(sqlite3 *db, const SyncLayout &layout, SyncRowAccess &rows)
    : m_db(db), m_layout(layout), m_rows(rows)
{
}

MergeOrphanRepair::~MergeOrphanRepair() = default;

SqliteStatement &MergeOrphanRepair::cached(const QByteArray &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db, sql));
    (*it)->reset();
    return **it;
}

void MergeOrphanRepair::run(const SetAside &setAside)
{
    // SQLite counts, for the deferred foreign keys of this transaction, every child
    // written without its parent and every parent removed under its children. At zero
    // nothing this merge touched or removed lacks a parent (the database had no orphan
    // before: keys are enforced on every connection), and reading each touched row back
    // to look for one would find nothing: a first sync of 100 000 rows skips 100 000
    // reads and as many parent lookups per foreign key.
    int unresolved = 0;
    int highwater = 0;
    SqliteStatement enforced(m_db, "PRAGMA foreign_keys");
    if (enforced.step() && enforced.int64(0) != 0 &&
        sqlite3_db_status(m_db, SQLITE_DBSTATUS_DEFERRED_FKS, &unresolved, &highwater, 0) ==
            SQLITE_OK &&
        unresolved == 0) {
        m_touched.clear();
        m_removed.clear();
        return;
    }
    while (!m_touched.isEmpty() || !m_removed.isEmpty()) {
        // Children of removed rows lose their parent: check them too.
        const auto removedRows = std::exchange(m_removed, {});
        for (const auto &[parent, key] : removedRows) {
            const std::optional<QVariantList> parentKey = SyncKey::decode(key);
            if (!parentKey || parentKey->size() != 1)
                continue;
            for (const SyncTable &child : m_layout.tables())
                for (const ForeignKeyInfo &fk : child.info.foreignKeys) {
                    if (fk.parentTable != parent->info.name)
                        continue;
                    QByteArray sql = "SELECT sync_key(";
                    for (qsizetype i = 0; i < child.primaryKey.size(); ++i)
                        sql += (i ? ", \"" : "\"") + child.primaryKey[i].toUtf8() + '"';
                    sql += ") FROM \"" + child.info.name.toUtf8() + "\" WHERE \"" +
                           fk.column.toUtf8() + "\" = ?";
                    SqliteStatement &q = cached(sql);
                    SyncRowAccess::bind(q, 1, parentKey->first());
                    while (q.step())
                        m_touched.append({&child, q.blob(0)});
                }
        }
        const auto touchedRows = std::exchange(m_touched, {});
        for (const auto &[t, key] : touchedRows) {
            const std::optional<QVariantList> values = m_rows.read(*t, key);
            if (!values)
                continue;
            for (const ForeignKeyInfo &fk : t->info.foreignKeys) {
                qsizetype at = 0;
                while (at < t->info.columns.size() && t->info.columns[at].name != fk.column)
                    ++at;
                const QVariant value = values->value(at);
                if (value.isNull())
                    continue;
                const QString parentColumn =
                    fk.parentColumn.isEmpty() ? QStringLiteral("id") : fk.parentColumn;
                SqliteStatement &parent =
                    cached(QByteArray("SELECT 1 FROM \"" + fk.parentTable.toUtf8() + "\" WHERE \"" +
                                      parentColumn.toUtf8() + "\" = ?"));
                SyncRowAccess::bind(parent, 1, value);
                if (parent.step())
                    continue;
                setAside(*t, key, fk, *values);
                m_removed.append({t, key});
                break;
            }
        }
    }
}

} // namespace passerelle
