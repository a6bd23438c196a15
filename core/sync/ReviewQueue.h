#pragma once

#include "util/Clock.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle {

class Database;

// One row a merge set aside (local_sync_review), as a coordinator reads it: the record by
// its case number or pseudonymous code — never a name: the row's values (first and last
// names included) are read only for those two fields and never shown —, the problem, when,
// and the device whose bundle brought it.
struct ReviewItem
{
    qint64 id = 0; // local_sync_review.id
    QString table;
    QString tableLabel;    // "Intervention", "Situation"…
    QString record;        // "PA-2025-0017", "P-0042", or the short key when nothing better
    Uuid caseId;           // the case the row belongs to, when it names one
    bool caseHere = false; // that case is in this database (it can be opened)
    QString reason;        // French, as the merge wrote it
    QDateTime detectedAt;
    Uuid fromReplica; // null when it cannot be told (see ReviewQueue)
    QString fromReplicaName;
    QDateTime treatedAt; // valid once a coordinator marked it treated
    bool isTreated() const { return treatedAt.isValid(); }
};

// The review queue of the sync engine, read and acted on (the Synchronisation page lists
// it). The queue table is replica-local, like the merge that fills it: each replica sets
// aside what its own merges could not place, so marking an item treated is a fact about
// this copy too. It is kept in replica_meta ("sync_review_treated:<id>", with the item's
// detection time so that a reused id is never taken for a treated one) rather than by
// deleting the row: what was set aside stays readable, and no schema change is needed.
//
// Which device brought a row is stored with it since schema 7 (the merge writes its bundle
// header's sender). A row set aside before that upgrade has none; for it the device is
// inferred from the bundle applied in the same transaction, stamped by the same clock: the
// sender of the last bundle applied at or before its detection, unless several senders share
// that instant (then the device is not named).
class ReviewQueue
{
public:
    explicit ReviewQueue(Database &db, const Clock &clock = systemClock());

    // Newest first; `includeTreated` adds the items already marked treated.
    QList<ReviewItem> items(bool includeTreated) const;
    qint64 pendingCount() const;

    // One transaction. Throws ValidationError("id") for an item that does not exist or is
    // already treated.
    void markTreated(qint64 id);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
