#include "sync/BundleWriter.h"

#include "sync/BundleCrypto.h"
#include "sync/ChunkCodec.h"
#include "sync/ReplicaKeys.h"
#include "sync/ReplicaPeer.h"
#include "sync/SecretStream.h"
#include "sync/SyncLogging.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>

namespace passerelle {

namespace {
QByteArray littleEndian32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian(value, out.data());
    return out;
}

QByteArray littleEndian64(quint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToLittleEndian(value, out.data());
    return out;
}

// Writes to the device, turning a short write (full disk, USB key pulled out) into an error.
class Output
{
public:
    explicit Output(QIODevice &device) : m_device(device) {}
    void write(const QByteArray &bytes)
    {
        if (m_device.write(bytes) != bytes.size())
            throw StorageError(SyncText::tr("Écriture du paquet de synchronisation impossible : %1")
                                   .arg(m_device.errorString()));
    }

private:
    QIODevice &m_device;
};

// Cuts the framed records into chunks of exactly `chunkSize` plaintext bytes (the last one
// shorter), then compresses, encrypts and writes each as soon as it is full, so that the
// plaintext is never held whole a second time.
class ChunkPipeline
{
public:
    ChunkPipeline(Output &out, SecretStream &stream, QByteArray headerHash, qsizetype chunkSize,
                  int compressionLevel)
        : m_out(out), m_stream(stream), m_headerHash(std::move(headerHash)), m_chunkSize(chunkSize),
          m_level(compressionLevel)
    {
        m_chunk.reserve(chunkSize);
    }

    void append(const char *data, qsizetype size)
    {
        while (size > 0) {
            const qsizetype take = std::min(size, m_chunkSize - m_chunk.size());
            m_chunk.append(data, take);
            data += take;
            size -= take;
            if (m_chunk.size() == m_chunkSize)
                flush();
        }
    }

    void flush()
    {
        if (m_chunk.isEmpty())
            return;
        writeMessage(ChunkCodec::encode(m_chunk, m_level), SecretStream::Tag::Message);
        m_chunk.clear();
        ++m_chunks;
    }

    // The TAG_FINAL message: without it a reader cannot tell a whole body from a cut one.
    void finish(const BundleHeader &header)
    {
        flush();
        QByteArray trailer;
        trailer.append(littleEndian64(quint64(m_chunks)));
        trailer.append(littleEndian64(quint64(header.recordCount)));
        trailer.append(littleEndian64(quint64(header.plaintextBytes)));
        trailer.append(m_headerHash);
        writeMessage(trailer, SecretStream::Tag::Final);
    }

    qint64 chunks() const { return m_chunks; }

private:
    void writeMessage(const QByteArray &plain, SecretStream::Tag tag)
    {
        // The header hash is the additional data of the first message only: the stream's
        // chaining carries it to every later one.
        const QByteArray cipher = m_stream.push(plain, m_first ? m_headerHash : QByteArray(), tag);
        m_first = false;
        m_out.write(littleEndian32(quint32(cipher.size())));
        m_out.write(cipher);
    }

    Output &m_out;
    SecretStream &m_stream;
    QByteArray m_headerHash;
    qsizetype m_chunkSize;
    int m_level;
    QByteArray m_chunk;
    qint64 m_chunks = 0;
    bool m_first = true;
};
} // namespace

BundleWriter::BundleWriter(const ReplicaKeys &sender, const Clock &clock)
    : m_keys(sender), m_clock(clock)
{
}

BundleHeader BundleWriter::complete(const ReplicaPeer &recipient, BundleHeader header,
                                    const QList<QByteArray> &records) const
{
    const QString record = QStringLiteral("bundle");
    if (recipient.isRevoked())
        throw ValidationError(
            QStringLiteral("recipient"),
            SyncText::tr("Cet appareil a été révoqué : aucun paquet ne lui est plus "
                         "envoyé."),
            record);
    if (recipient.boxKey.size() != ReplicaKeys::kPublicKeyBytes)
        throw ValidationError(
            QStringLiteral("box_key"),
            SyncText::tr("La clé de chiffrement de l'appareil destinataire est invalide."), record);
    if (header.recipient.isNull())
        header.recipient = recipient.replicaId;
    if (header.recipient != recipient.replicaId)
        throw ValidationError(
            QStringLiteral("recipient"),
            SyncText::tr("Le destinataire de l'en-tête n'est pas l'appareil choisi."), record);
    if (m_chunkSize < BundleFormat::kTrailerBytes || m_chunkSize > BundleFormat::kMaxChunkSize)
        throw ValidationError(
            QStringLiteral("chunk_size"),
            SyncText::tr("La taille des blocs doit être comprise entre %1 et %2 octets.")
                .arg(BundleFormat::kTrailerBytes)
                .arg(BundleFormat::kMaxChunkSize),
            record);

    if (header.bundleId.isNull())
        header.bundleId = Uuid::createV7();
    if (header.createdAtMs == 0)
        header.createdAtMs = m_clock.nowMs();
    header.sender = m_keys.replicaId();
    header.senderSigningKey = m_keys.signingPublicKey();
    // Acknowledgements are a set: sorted and without repeats, as the canonical form wants.
    std::sort(header.acks.begin(), header.acks.end());
    header.acks.erase(std::unique(header.acks.begin(), header.acks.end()), header.acks.end());

    qint64 bytes = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records[i].size() > BundleFormat::kMaxRecordBytes)
            throw ValidationError(QStringLiteral("records"),
                                  SyncText::tr("L'enregistrement n° %1 dépasse %2 Mio.")
                                      .arg(i + 1)
                                      .arg(BundleFormat::kMaxRecordBytes / (1024 * 1024)),
                                  record);
        bytes += BundleFormat::kRecordFrameBytes + records[i].size();
    }
    header.chunkSize = m_chunkSize;
    header.recordCount = records.size();
    header.plaintextBytes = bytes;
    header.chunkCount = (bytes + m_chunkSize - 1) / m_chunkSize;
    return header;
}

BundleHeader BundleWriter::write(QIODevice &device, const ReplicaPeer &recipient,
                                 BundleHeader header, const QList<QByteArray> &records) const
{
    header = complete(recipient, std::move(header), records);
    const SecretBytes fileKey = BundleCrypto::newFileKey();
    header.fileKeyCommitment = BundleCrypto::keyCommitment(fileKey);
    if (const QString defect = header.defect(); !defect.isEmpty())
        throw ValidationError(QStringLiteral("header"),
                              SyncText::tr("En-tête de paquet invalide : %1.").arg(defect),
                              QStringLiteral("bundle"));

    const QByteArray cbor = header.toCbor();
    const QByteArray signedBytes = BundleFormat::signedPart(cbor);
    const QByteArray sealedKey = BundleCrypto::seal(fileKey, recipient.boxKey);
    if (sealedKey.isEmpty())
        throw ValidationError(
            QStringLiteral("box_key"),
            SyncText::tr("La clé de chiffrement de l'appareil destinataire est invalide."),
            QStringLiteral("bundle"));

    Output out(device);
    out.write(signedBytes);
    out.write(m_keys.sign(signedBytes));
    out.write(header.bundleId.bytes());
    out.write(sealedKey);
    QByteArray streamHeader;
    SecretStream stream = SecretStream::forPush(fileKey, &streamHeader);
    out.write(streamHeader);

    ChunkPipeline chunks(out, stream, BundleCrypto::headerHash(signedBytes), m_chunkSize,
                         m_compressionLevel);
    for (const QByteArray &record : records) {
        const QByteArray frame = littleEndian32(quint32(record.size()));
        chunks.append(frame.constData(), frame.size());
        chunks.append(record.constData(), record.size());
    }
    chunks.finish(header);
    Q_ASSERT(chunks.chunks() == header.chunkCount);
    qCInfo(lcSync) << "wrote bundle" << header.bundleId.toString() << "for"
                   << header.recipient.toString() << header.recordCount << "records in"
                   << header.chunkCount << "chunks";
    return header;
}

BundleHeader BundleWriter::writeFile(const QString &path, const ReplicaPeer &recipient,
                                     BundleHeader header, const QList<QByteArray> &records) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(SyncText::tr("Impossible de créer le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    header = write(file, recipient, std::move(header), records);
    if (!file.commit())
        throw StorageError(SyncText::tr("Impossible d'enregistrer le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return header;
}

} // namespace passerelle
