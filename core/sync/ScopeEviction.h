#pragma once

#include "sync/SyncLayout.h"
#include "sync/SyncRowAccess.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace passerelle {

// Drops from a worker's laptop the cases that left its scope and the rows hanging off
// them (SyncScope), locally only: the caller suspends capture, so no tombstone is written
// and nothing is deleted on any other replica. Their sync metadata and logged conflicts go
// with them, so that the case arrives whole again if it is reassigned.
class ScopeEviction
{
public:
    struct Result
    {
        qint64 evicted = 0;  // cases dropped
        qint64 deferred = 0; // cases kept: they carry edits of this replica not yet sent
        QList<QByteArray> deferredCases;
    };

    ScopeEviction(sqlite3 *db, const SyncLayout &layout, SyncRowAccess &rows);

    // Every case held here and not in `keep` (sorted 16-byte ids) is evicted, except a
    // case with a write of this replica above `senderKnowsOwn` (the sender's version
    // vector entry for this replica): dropping it would lose work nobody else has. A row
    // still needed by a kept case (a shared household) or still referenced stays.
    Result evict(const QList<QByteArray> &keep, qint64 senderKnowsOwn);

private:
    bool hasUnsentWrite(const SyncTable &t, const QByteArray &key, qint64 senderKnowsOwn);
    bool isReferenced(const SyncTable &t, const QByteArray &key);
    void drop(const SyncTable &t, const QByteArray &key);

    sqlite3 *m_db;
    const SyncLayout &m_layout;
    SyncRowAccess &m_rows;
};

} // namespace passerelle
