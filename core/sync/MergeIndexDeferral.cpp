#include "sync/MergeIndexDeferral.h"

#include "storage/SqliteStatement.h"
#include "sync/SyncLayout.h"
#include "sync/SyncLogging.h"
#include "sync/SyncPhaseTimer.h"
#include "util/Errors.h"

namespace passerelle {

void MergeIndexDeferral::writing(const SyncTable &t, qsizetype count)
{
    auto it = m_tables.find(&t);
    if (it == m_tables.end()) {
        SqliteStatement any(m_db,
                            "SELECT EXISTS (SELECT 1 FROM " + sqlIdentifier(t.info.name) + ")");
        TableState state;
        state.wasEmpty = any.step() && any.int64(0) == 0;
        it = m_tables.insert(&t, state);
    }
    it->written += count;
    if (it->wasEmpty && !it->deferred && it->written >= kDeferFrom) {
        it->deferred = true;
        defer(t);
    }
}

void MergeIndexDeferral::defer(const SyncTable &t)
{
    SyncPhaseTimer timer(SyncPhase::Indexes);
    // Indexes written by a CREATE INDEX (origin 'c'), not UNIQUE; those behind a
    // PRIMARY KEY or UNIQUE constraint have no SQL of their own and stay.
    SqliteStatement list(m_db, "SELECT m.name, m.sql FROM pragma_index_list(?1) AS l "
                               "JOIN sqlite_schema AS m ON m.type = 'index' AND m.name = l.name "
                               "WHERE l.origin = 'c' AND l.\"unique\" = 0 AND m.sql IS NOT NULL "
                               "ORDER BY m.name");
    list.bindText(1, t.info.name);
    QList<QPair<QString, QByteArray>> indexes;
    while (list.step())
        indexes.append({list.text(0), list.utf8(1)});
    list.reset();
    for (const auto &[name, sql] : std::as_const(indexes)) {
        try {
            execSql(m_db, "DROP INDEX " + sqlIdentifier(name));
        } catch (const StorageError &) {
            // A statement still reading somewhere on the connection locks the schema:
            // the rows are then written with this index kept, only slower.
            qCWarning(lcSync) << "index kept during the merge of table" << t.index;
            continue;
        }
        m_setAside.append(sql);
    }
    qCDebug(lcSync) << "table" << t.index << ":" << m_setAside.size()
                    << "indexes set aside while it is filled";
}

qsizetype MergeIndexDeferral::restore()
{
    if (m_setAside.isEmpty())
        return 0;
    SyncPhaseTimer timer(SyncPhase::Indexes);
    const QList<QByteArray> indexes = std::exchange(m_setAside, {});
    for (const QByteArray &sql : indexes)
        execSql(m_db, sql);
    return indexes.size();
}

void MergeIndexDeferral::clear()
{
    m_tables.clear();
    m_setAside.clear();
}

} // namespace passerelle
