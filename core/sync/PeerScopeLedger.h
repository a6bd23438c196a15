#pragma once

#include "sync/SyncScope.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace passerelle {

class ChangeSetBuilder;

// What an office last sent each worker laptop of its scope: the cases that laptop should
// hold. Kept in the replica-local table replica_meta (row "sync_scope:<peer>"): a fact of
// this copy about one peer, never exported nor replicated, and no schema change.
class PeerScopeLedger
{
public:
    explicit PeerScopeLedger(sqlite3 *db);

    QList<QByteArray> sent(const Uuid &peer) const; // sorted 16-byte case ids
    void recordSent(const Uuid &peer, const QList<QByteArray> &cases);
    // The laptop holds something else than what was sent (a bundle lost, an eviction
    // deferred): the next export ships every case of its scope whole again.
    void forget(const Uuid &peer);
    // A laptop's bundle reports (scope hash) the cases it holds; when that is not what
    // was sent to it, forgets what was sent. True when it did.
    bool checkReported(const Uuid &peer, const QByteArray &scopeHash);

    // Sets `builder` up for the laptop `peer` of `worker`: its scope now, and the cases of
    // it not sent before as entering. Returns the scope (to record once the bundle is out).
    SyncScope prepare(ChangeSetBuilder &builder, const Uuid &peer, const Uuid &worker) const;

private:
    sqlite3 *m_db;
};

} // namespace passerelle
