#pragma once

#include "sync/SyncLayout.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

struct sqlite3;

namespace passerelle {

// What a worker's laptop holds (partial replication, docs/sync-engine.md "Scope"): every
// row of the tables not bound to cases, and, of the case-bound tables, only the rows
// hanging off the cases assigned to its worker. The case-bound tables and how a row
// hangs off a case are fixed here, from the schema: a test checks that every table with a
// foreign key to a case-bound table is listed, so that a new one cannot leak unnoticed.
class SyncScope
{
public:
    SyncScope() = default;

    // The cases assigned to `worker` now (a case_worker row without unassigned_on), with
    // the rows hanging off them. Throws StorageError.
    static SyncScope ofWorker(sqlite3 *db, const Uuid &worker);
    // The cases this replica holds (on a laptop: what it received and kept).
    static SyncScope held(sqlite3 *db);
    // What a laptop reports in its bundles' scope hash: the cases it holds, less the stale
    // ones — kept out of scope (eviction deferred) while the sender held their writes back,
    // so that a sender who believes it sent them whole ships them whole again. A stale case
    // is fresh again once a change set carries it whole (ScopeChange::entering).
    static QByteArray heldHash(sqlite3 *db);
    static QList<QByteArray> stale(sqlite3 *db);
    static void setStale(sqlite3 *db, const QList<QByteArray> &cases);
    // Given cases (16-byte ids) with the rows hanging off them in this database.
    static SyncScope ofCases(sqlite3 *db, QList<QByteArray> caseIds);

    // Tables whose rows belong to cases, children after parents.
    static const QStringList &caseBoundTables();
    static bool isCaseBound(const QString &table);

    const QList<QByteArray> &cases() const { return m_cases; } // sorted 16-byte ids
    bool containsCase(const QByteArray &caseId) const;
    // BLAKE2b-256 of the sorted case ids: the same set gives the same hash anywhere.
    QByteArray hash() const { return hashOf(m_cases); }
    static QByteArray hashOf(const QList<QByteArray> &sortedCaseIds);

    // Whether a row goes with this scope: any row of a table not bound to cases, and any
    // intervention linked to no case; a row of a case-bound table when it hangs off one of
    // the cases now, or when a column of its key names a case-bound row of the scope (a
    // removed link still travels).
    bool includes(const SyncTable &t, const QByteArray &key) const;
    // Encoded keys of the live rows hanging off the cases, per case-bound table.
    QSet<QByteArray> rows(const QString &table) const { return m_rows.value(table); }

private:
    QList<QByteArray> m_cases;
    QHash<QString, QSet<QByteArray>> m_rows;
    QSet<QByteArray> m_outsideInterventions; // linked to cases, none of the scope's
};

} // namespace passerelle
