#include "sync/PeerScopeLedger.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeSetBuilder.h"

#include <algorithm>

namespace passerelle {

namespace {
QByteArray keyOf(const Uuid &peer)
{
    return "sync_scope:" + peer.toString().toLatin1();
}
} // namespace

PeerScopeLedger::PeerScopeLedger(sqlite3 *db) : m_db(db) {}

QList<QByteArray> PeerScopeLedger::sent(const Uuid &peer) const
{
    SqliteStatement q(m_db, "SELECT value FROM replica_meta WHERE key = ?");
    q.bindUtf8(1, keyOf(peer));
    QList<QByteArray> cases;
    if (!q.step())
        return cases;
    const QByteArray packed = q.blob(0);
    for (qsizetype at = 0; at + 16 <= packed.size(); at += 16)
        cases.append(packed.mid(at, 16));
    return cases;
}

void PeerScopeLedger::recordSent(const Uuid &peer, const QList<QByteArray> &cases)
{
    // replica_meta.value is NOT NULL, and an empty blob binds NULL: a marker byte first
    // would change the format, so an empty scope is stored as no row at all.
    if (cases.isEmpty()) {
        forget(peer);
        return;
    }
    SqliteStatement q(m_db, "INSERT OR REPLACE INTO replica_meta(key, value) VALUES (?, ?)");
    q.bindUtf8(1, keyOf(peer));
    q.bindBlob(2, cases.join());
    q.execute();
}

void PeerScopeLedger::forget(const Uuid &peer)
{
    SqliteStatement q(m_db, "DELETE FROM replica_meta WHERE key = ?");
    q.bindUtf8(1, keyOf(peer));
    q.execute();
}

bool PeerScopeLedger::checkReported(const Uuid &peer, const QByteArray &scopeHash)
{
    if (scopeHash.isEmpty() || SyncScope::hashOf(sent(peer)) == scopeHash)
        return false;
    forget(peer);
    return true;
}

SyncScope PeerScopeLedger::prepare(ChangeSetBuilder &builder, const Uuid &peer,
                                   const Uuid &worker) const
{
    const SyncScope scope = SyncScope::ofWorker(m_db, worker);
    const QList<QByteArray> before = sent(peer);
    QList<QByteArray> entering;
    for (const QByteArray &id : scope.cases())
        if (!std::binary_search(before.cbegin(), before.cend(), id))
            entering.append(id);
    builder.setScope(scope, SyncScope::ofCases(m_db, entering));
    return scope;
}

} // namespace passerelle
