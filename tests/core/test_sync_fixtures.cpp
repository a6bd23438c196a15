#include "test_sync_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"
#include "sync/PeerDirectory.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

namespace passerelle::test {

SyncReplica::SyncReplica(ReplicaRole replicaRole)
    : role(replicaRole), keys(std::make_unique<ReplicaKeys>(ReplicaKeys::forDatabase(db())))
{
}

ReplicaPeer SyncReplica::asPeer(const QString &name) const
{
    ReplicaPeer peer;
    peer.replicaId = keys->replicaId();
    peer.role = role;
    peer.displayName = name;
    peer.signingKey = keys->signingPublicKey();
    peer.boxKey = keys->boxPublicKey();
    return peer;
}

void SyncReplica::pairWith(SyncReplica &other)
{
    trust(other);
    other.trust(*this);
}

void SyncReplica::trust(const SyncReplica &other)
{
    PeerDirectory(db()).pair(other.asPeer());
}

QList<QByteArray> sampleRecords(int count, quint32 seed, int maxSize)
{
    QRandomGenerator random(seed);
    QList<QByteArray> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int size = int(random.bounded(maxSize + 1));
        QByteArray r(size, Qt::Uninitialized);
        if (i % 3 == 0) {
            for (int b = 0; b < size; ++b)
                r[b] = char(random.bounded(256));
        } else {
            for (int b = 0; b < size; ++b)
                r[b] = "intervention;visite;2025-06-30;"[(b + i) % 31];
        }
        records.append(r);
    }
    return records;
}

QByteArray writeBundle(const SyncReplica &from, const SyncReplica &to,
                       const QList<QByteArray> &records, BundleHeader header, qsizetype chunkSize)
{
    BundleWriter writer(*from.keys);
    if (chunkSize > 0)
        writer.setChunkSize(chunkSize);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writer.write(buffer, to.asPeer(), std::move(header), records);
    return bytes;
}

BundleReadResult readBundle(SyncReplica &reader, const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return BundleReader(reader.db(), *reader.keys).read(buffer);
}

BundleReadResult applyBundle(SyncReplica &reader, const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Database &db = reader.db();
    return BundleReader(db, *reader.keys)
        .apply(buffer, [&db](const BundleHeader &, const BundleRecords &records) {
            SqliteStatement insert(db.handle(),
                                   "INSERT INTO ref_partner_type(code, label_fr, label_en,"
                                   " position, created_at, updated_at) VALUES (?, ?, ?, 0, 1, 1)");
            for (qsizetype i = 0; i < records.count(); ++i) {
                const QByteArray digest =
                    QCryptographicHash::hash(records.at(i), QCryptographicHash::Sha1).toHex();
                insert.bindUtf8(1, "sync-" + digest.left(20) + "-" + QByteArray::number(i));
                insert.bindUtf8(2, "Reçu par synchronisation");
                insert.bindUtf8(3, "Received by sync");
                insert.execute();
            }
        });
}

QList<QByteArray> recordsOf(const BundleReadResult &result)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < result.records.count(); ++i)
        out.append(result.records.at(i).toByteArray());
    return out;
}

QByteArray fullHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    {
        SqliteStatement list(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (list.step())
            tables.append(list.text(0));
    }
    for (const QString &table : tables) {
        SqliteStatement rows(db.handle(), QByteArray("SELECT * FROM \"" + table.toUtf8() + "\""));
        QList<QByteArray> lines;
        while (rows.step()) {
            QByteArray line;
            for (int c = 0; c < rows.columnCount(); ++c)
                line += QByteArray::number(rows.columnType(c)) + ':' + rows.blob(c).toHex() + ';';
            lines.append(line);
        }
        std::sort(lines.begin(), lines.end());
        hash.addData(table.toUtf8());
        for (const QByteArray &line : std::as_const(lines))
            hash.addData(line);
    }
    return hash.result().toHex();
}

qsizetype bodyOffset(const QByteArray &bundle)
{
    const quint32 headerLength =
        qFromLittleEndian<quint32>(bundle.constData() + BundleFormat::kMagicBytes + 2);
    return BundleFormat::kPreambleBytes + headerLength + BundleFormat::kSignatureBytes;
}

QList<qsizetype> messageOffsets(const QByteArray &bundle)
{
    QList<qsizetype> offsets;
    qsizetype pos = bodyOffset(bundle) + BundleFormat::kBundleIdBytes +
                    BundleFormat::kSealedKeyBytes + BundleFormat::kStreamHeaderBytes;
    while (pos + 4 <= bundle.size()) {
        offsets.append(pos);
        pos += 4 + qFromLittleEndian<quint32>(bundle.constData() + pos);
    }
    return offsets;
}

} // namespace passerelle::test
