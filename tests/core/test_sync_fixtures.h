#pragma once

// Shared set-up of the sync bundle tests: replicas (each a fresh database with its keys),
// paired with one another as a test asks, and helpers to write a bundle into memory, read
// it back, and fingerprint a whole database (replica-local tables included).

#include "support/TestSupport.h"
#include "sync/BundleReadResult.h"
#include "sync/BundleWriter.h"
#include "sync/ReplicaKeys.h"
#include "sync/ReplicaPeer.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace passerelle::test {

struct SyncReplica
{
    explicit SyncReplica(ReplicaRole role = ReplicaRole::Laptop);

    Database &db() { return *temp.db; }
    // The record this replica's peers keep of it.
    ReplicaPeer asPeer(const QString &name = QStringLiteral("Appareil de test")) const;
    // Both sides record each other.
    void pairWith(SyncReplica &other);
    // This side only records `other` (the other side does not know this one).
    void trust(const SyncReplica &other);

    TempDatabase temp;
    ReplicaRole role;
    std::unique_ptr<ReplicaKeys> keys;
};

// `count` records of varied sizes and content (some repetitive, some random), reproducible
// from `seed`: the mix a compressor meets in real change records.
QList<QByteArray> sampleRecords(int count, quint32 seed, int maxSize = 400);

// Writes a bundle from `from` to `to` into memory.
QByteArray writeBundle(const SyncReplica &from, const SyncReplica &to,
                       const QList<QByteArray> &records, BundleHeader header = {},
                       qsizetype chunkSize = 0);

// Reads a bundle held in memory as `reader` would read a file.
BundleReadResult readBundle(SyncReplica &reader, const QByteArray &bytes);
// Applies it with a sink that stores each record as a reference item (so that a merge
// visibly changes replicated data); returns the result.
BundleReadResult applyBundle(SyncReplica &reader, const QByteArray &bytes);

// Records of a verified result, copied out for comparison.
QList<QByteArray> recordsOf(const BundleReadResult &result);

// Hash of every table of the file, replica-local ones included: "unchanged" means unchanged.
QByteArray fullHash(Database &db);

// Offset where the body starts (after magic, version, length, header and signature).
qsizetype bodyOffset(const QByteArray &bundle);
// Offsets of every message's length field in the body (data chunks then the trailer).
QList<qsizetype> messageOffsets(const QByteArray &bundle);

} // namespace passerelle::test
