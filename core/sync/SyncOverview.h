#pragma once

#include "sync/ReplicaPeer.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle {

class Database;

// One paired replica as the Sync window lists it.
struct SyncPeerRow
{
    Uuid replicaId;
    QString displayName;
    ReplicaRole role = ReplicaRole::Laptop;
    QDateTime lastContactAt;   // invalid: never exchanged
    qint64 pendingChanges = 0; // this replica's transactions the peer has not acknowledged
    QDateTime revokedAt;       // valid: a lost or retired device
    bool isRevoked() const { return revokedAt.isValid(); }
};

// One logged conflict as a coordinator reads it: the record named by its case number or
// code (never a person's name), the field and both values in words.
struct SyncConflictRow
{
    QByteArray id; // sync_conflict.conflict_id, for ConflictResolution
    QString table;
    QString tableLabel;   // "Intervention", "Situation"…
    QString record;       // "PA-2025-0017", "P-0042", "intervention du 30/06/2025"…
    QString fieldLabel;   // "Note", "Durée (min)"…
    QString currentValue; // the value that won, as shown on screen
    QString otherValue;   // the value that lost
    Uuid otherReplica;
    QString otherReplicaName;   // a paired device's name, "cet appareil" or a short id
    QDateTime otherAt;          // when the losing value was written
    QString currentReplicaName; // who wrote the value kept now, named the same way
    QDateTime currentAt;        // and when (invalid when the row is gone)
    bool sameAsCurrent = false; // nothing was lost: both wrote the same value
};

// The read model of the Sync window and the Conflicts view: what a person needs in words,
// computed from the sync engine's state (SyncEngine, PeerDirectory, SyncMetadata).
class SyncOverview
{
public:
    explicit SyncOverview(Database &db);

    Uuid replicaId() const;
    QList<SyncPeerRow> peers() const; // by display name
    // Every logged loser, oldest first; `includeSettled` adds those equal to the current
    // value (two replicas wrote the same thing: nothing to decide).
    QList<SyncConflictRow> conflicts(bool includeSettled) const;
    qint64 pendingConflicts() const; // those a coordinator has to decide
    qint64 reviewCount() const;      // rows a merge set aside (local_sync_review)

    // French words for a replicated table, and for a column or a unit ("a,b") of columns.
    static QString tableLabel(const QString &table);
    static QString fieldLabel(const QString &columns);
    // A logged value (SQL literals) in words: text as is, "(vide)" for NULL…
    static QString valueText(const QString &literals);
    // The first eight hex digits of a replica id, as the window shows it.
    static QString shortId(const Uuid &id);

private:
    Database &m_db;
};

} // namespace passerelle
