#pragma once

#include "sync/BundleFormat.h"
#include "sync/BundleHeader.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace passerelle {

class ReplicaKeys;
struct ReplicaPeer;

// Writes .passerelle-sync bundles (docs/sync-bundle-format.md): a header signed with the
// sender's Ed25519 key, then the records, framed, cut into chunks, each compressed then
// encrypted with crypto_secretstream under a fresh file key sealed to the recipient.
// Records are opaque here: what they hold (changes, evictions, erasures) is the caller's.
class BundleWriter
{
public:
    explicit BundleWriter(const ReplicaKeys &sender, const Clock &clock = systemClock());

    // Plaintext bytes per chunk (tests use small chunks to get many of them).
    void setChunkSize(qsizetype bytes) { m_chunkSize = bytes; }
    // zlib level, 0–9 (-1: zlib's default).
    void setCompressionLevel(int level) { m_compressionLevel = level; }

    // Writes one bundle for `recipient` to `out` and returns its header as written: the
    // caller's fields plus what the writer sets (bundle id when null, sender, creation
    // time when 0, counts, keys). `header.recipient`, when set, must be `recipient`.
    // Throws ValidationError (a header value out of bounds, a record too large, a revoked
    // recipient) before writing anything, StorageError when `out` refuses bytes.
    BundleHeader write(QIODevice &out, const ReplicaPeer &recipient, BundleHeader header,
                       const QList<QByteArray> &records) const;
    // Same into a file that appears under `path` only once complete.
    BundleHeader writeFile(const QString &path, const ReplicaPeer &recipient, BundleHeader header,
                           const QList<QByteArray> &records) const;

private:
    BundleHeader complete(const ReplicaPeer &recipient, BundleHeader header,
                          const QList<QByteArray> &records) const;

    const ReplicaKeys &m_keys;
    const Clock &m_clock;
    qsizetype m_chunkSize = BundleFormat::kDefaultChunkSize;
    int m_compressionLevel = 6;
};

} // namespace passerelle
