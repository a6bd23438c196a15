#pragma once

#include "sync/BundleHeader.h"
#include "sync/BundleReadResult.h"
#include "sync/ChangeMerger.h"
#include "util/Clock.h"

#include <QList>
#include <QString>

class QIODevice;

namespace passerelle {

class Database;
class ReplicaKeys;
struct ReplicaPeer;

// What an export wrote.
struct SyncExport
{
    BundleHeader header;
    qint64 rowChanges = 0;
    qint64 tombstones = 0;
};

// What an import did: the reader's verdict and, when it merged, the merge's counts.
struct SyncImport
{
    BundleReadResult read;
    MergeReport merge;
};

// Where this replica stands with one peer.
struct SyncPeerStatus
{
    Uuid peer;
    VersionVector peerKnows; // what the peer said it holds
    qint64 pendingDots = 0;  // this replica's dots the peer has not acknowledged
};

// One logged conflict: the losing write of a field (the winner is the field's value now).
struct SyncConflict
{
    QByteArray id;
    QString table;
    QString rowKey; // hex of the encoded key
    QString columns;
    QString loserValue; // SQL literals
    Uuid loserReplica;
    qint64 loserCounter = 0;
    qint64 loserAtMs = 0; // from the losing write's clock
    QString currentValue; // SQL literals of the field now (the winner); "0" for a row gone
    // Two replicas wrote the same value concurrently: logged, but nothing was lost.
    bool sameAsCurrent() const { return loserValue == currentValue; }
};

// The sync engine's entry points: a change set for a peer into a bundle, a bundle merged
// in one transaction (BundleReader verifies everything before), and the state of things.
class SyncEngine
{
public:
    SyncEngine(Database &db, const ReplicaKeys &keys, const Clock &clock = systemClock());

    // Everything `peer` has not acknowledged. Throws ValidationError (unknown or revoked
    // peer), StorageError.
    SyncExport exportTo(const Uuid &peer, QIODevice &out) const;
    SyncExport exportToFile(const Uuid &peer, const QString &path) const;

    // Verifies, then merges in one IMMEDIATE transaction that also marks the bundle
    // applied. A refused bundle changes nothing (read.error says why).
    SyncImport import(QIODevice &in) const;
    SyncImport importFile(const QString &path) const;

    VersionVector versionVector() const;
    QList<SyncPeerStatus> status() const;
    // Every logged loser, oldest write first, with the field's current value.
    QList<SyncConflict> conflicts() const;
    qint64 reviewCount() const;

private:
    Database &m_db;
    const ReplicaKeys &m_keys;
    const Clock &m_clock;
};

} // namespace passerelle
