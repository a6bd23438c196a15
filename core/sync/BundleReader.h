#pragma once

#include "sync/BundleReadResult.h"
#include "sync/SyncSchemaVersion.h"
#include "util/Clock.h"

#include <QString>

#include <functional>

class QIODevice;

namespace passerelle {

class Database;
class ReplicaKeys;

// Merges the records of a verified bundle; runs inside the transaction apply() opened.
using BundleSink = std::function<void(const BundleHeader &header, const BundleRecords &records)>;

// Reads .passerelle-sync bundles addressed to this replica. Everything is checked before
// anything is handed over: the signature against the key pinned when the sender was
// paired, the recipient, the schema, the registry of applied bundles, then the whole body
// is decrypted and its every chunk, the final tag and the trailer's counts verified. A
// file cut short, altered, spliced from two bundles, replayed or addressed to another
// replica is refused whole, with one BundleError and a French message saying why.
class BundleReader
{
public:
    // `program` is the schema this program reads; tests pass another to simulate upgrades.
    BundleReader(Database &db, const ReplicaKeys &keys,
                 SyncSchemaVersion program = SyncSchemaVersion::current());

    // Verifies and decrypts the whole bundle into memory. Applies nothing, writes nothing.
    BundleReadResult read(QIODevice &in) const;
    // Same from a file; throws StorageError when it cannot be opened.
    BundleReadResult readFile(const QString &path) const;

    // Reads as above; only if the bundle is verified, opens one IMMEDIATE transaction,
    // calls `sink` with the records, marks the bundle applied and commits. A bundle applied
    // meanwhile by another process gives AlreadyApplied with nothing changed. If `sink`
    // throws, everything rolls back and the exception goes on to the caller.
    BundleReadResult apply(QIODevice &in, const BundleSink &sink,
                           const Clock &clock = systemClock()) const;
    BundleReadResult applyFile(const QString &path, const BundleSink &sink,
                               const Clock &clock = systemClock()) const;

    // For callers that merge inside a transaction of their own: records the bundle as
    // applied in that transaction (see AppliedBundles::markApplied).
    static void markApplied(Database &db, const BundleHeader &header,
                            const Clock &clock = systemClock());

private:
    Database &m_db;
    const ReplicaKeys &m_keys;
    SyncSchemaVersion m_program;
};

} // namespace passerelle
