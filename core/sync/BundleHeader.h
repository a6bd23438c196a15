#pragma once

#include "sync/SyncSchemaVersion.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <optional>

namespace passerelle {

// Counters of the local transactions (dots) of one replica: first..last, inclusive.
struct DotRange
{
    qint64 first = 0;
    qint64 last = 0;
    friend bool operator==(const DotRange &, const DotRange &) = default;
};

// Replica id → highest counter seen from it.
using VersionVector = QMap<Uuid, qint64>;

// The clear, signed part of a .passerelle-sync bundle. It carries ids and counters only,
// never a record: whoever holds the file may read it, nobody may alter it unnoticed.
struct BundleHeader
{
    // Chosen by the caller (BundleWriter fills what is left empty).
    Uuid bundleId;  // UUIDv7; made by the writer when null
    Uuid recipient; // the one replica that can open the body
    SyncSchemaVersion schema = SyncSchemaVersion::current();
    qint64 createdAtMs = 0;      // Unix ms UTC; the writer's clock when 0
    QByteArray scopeHash;        // digest of the recipient's scope as the sender sees it
    VersionVector versionVector; // the sender's knowledge once this bundle is applied
    QMap<Uuid, DotRange> ranges; // the dots whose changes the body carries, per replica
    QList<Uuid> acks;            // bundles of the recipient the sender has applied

    // Set by BundleWriter.
    Uuid sender;
    QByteArray senderSigningKey;  // Ed25519 public key the signature verifies with
    QByteArray fileKeyCommitment; // binds the sealed file key (and so the body) to this header
    qint64 chunkSize = 0;         // plaintext bytes per chunk (the last may be shorter)
    qint64 chunkCount = 0;        // data chunks, the trailer not counted
    qint64 recordCount = 0;
    qint64 plaintextBytes = 0; // framed records, before compression

    // Canonical CBOR (RFC 8949 §4.2.1: definite lengths, shortest integers, map keys in
    // bytewise order of their encoding), so that a header has exactly one encoding.
    QByteArray toCbor() const;
    // Decodes a header. Empty when the bytes are not exactly the canonical encoding of a
    // well-formed header; `why` then says which part is wrong (for logs: no content).
    static std::optional<BundleHeader> fromCbor(const QByteArray &bytes, QString *why = nullptr);
    // The reason this header cannot be written or read, empty when it is well formed.
    QString defect() const;

    friend bool operator==(const BundleHeader &, const BundleHeader &) = default;
};

} // namespace passerelle
