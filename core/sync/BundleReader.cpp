#include "sync/BundleReader.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/AppliedBundles.h"
#include "sync/BundleCrypto.h"
#include "sync/BundleFormat.h"
#include "sync/BundleMessages.h"
#include "sync/ChunkCodec.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SecretStream.h"
#include "sync/SyncLogging.h"
#include "sync/SyncPhaseTimer.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>

namespace passerelle {

namespace {
// One reason to refuse the file; thrown inside the parse, turned into the result once.
struct Refusal
{
    BundleError code;
    QString message;
};

[[noreturn]] void refuse(BundleError code, const QString &message)
{
    throw Refusal{code, message};
}

[[noreturn]] void tampered(const QString &where)
{
    refuse(BundleError::Tampered, BundleMessages::tampered(where));
}

// Reads the file front to back, never trusting a length before it was authenticated
// beyond what the format's limits allow.
class Input
{
public:
    explicit Input(QIODevice &device) : m_device(device) {}

    // Exactly `size` bytes, or Truncated.
    QByteArray take(qsizetype size)
    {
        QByteArray bytes = readUpTo(size);
        if (bytes.size() < size)
            refuse(BundleError::Truncated, BundleMessages::truncated(m_offset));
        return bytes;
    }
    quint32 takeU32() { return qFromLittleEndian<quint32>(take(4).constData()); }
    quint16 takeU16() { return qFromLittleEndian<quint16>(take(2).constData()); }
    // True when the file goes on after what was read.
    bool hasMore() { return !readUpTo(1).isEmpty(); }

    QByteArray readUpTo(qsizetype size)
    {
        QByteArray bytes = m_device.read(size);
        // A pipe may deliver less than asked before its end: keep reading until it says so.
        while (bytes.size() < size && m_device.isSequential() && m_device.waitForReadyRead(30000)) {
            const QByteArray more = m_device.read(size - bytes.size());
            if (more.isEmpty())
                break;
            bytes.append(more);
        }
        m_offset += bytes.size();
        return bytes;
    }

private:
    QIODevice &m_device;
    qint64 m_offset = 0;
};

// The body after the header: the bundle id, the sealed file key, the stream header, the
// data chunks and the trailer, ending exactly at the end of the file.
class BodyDecryptor
{
public:
    BodyDecryptor(Input &in, const BundleHeader &header, QByteArray headerHash)
        : m_in(in), m_header(header), m_headerHash(std::move(headerHash))
    {
    }

    QByteArray decrypt(const ReplicaKeys &keys)
    {
        if (Uuid::fromBytes(m_in.take(BundleFormat::kBundleIdBytes)) != m_header.bundleId)
            refuse(BundleError::Spliced, BundleMessages::spliced());
        const QByteArray sealedKey = m_in.take(BundleFormat::kSealedKeyBytes);
        const QByteArray streamHeader = m_in.take(BundleFormat::kStreamHeaderBytes);
        const SecretBytes fileKey = keys.unseal(sealedKey, BundleFormat::kFileKeyBytes);
        if (fileKey.isEmpty())
            tampered(SyncText::tr("clé du fichier"));
        // A key that opens but is not the one the sender signed for: the body comes from
        // another bundle (or from someone who only knows this replica's public key).
        if (!BundleCrypto::equal(BundleCrypto::keyCommitment(fileKey), m_header.fileKeyCommitment))
            refuse(BundleError::Spliced, BundleMessages::spliced());
        std::optional<SecretStream> stream = SecretStream::forPull(fileKey, streamHeader);
        if (!stream)
            tampered(SyncText::tr("en-tête du flux chiffré"));

        QByteArray body;
        body.reserve(std::min<qint64>(m_header.plaintextBytes, 64 * 1024 * 1024));
        for (qint64 i = 0; i < m_header.chunkCount; ++i) {
            const QString where =
                SyncText::tr("bloc %1 sur %2").arg(i + 1).arg(m_header.chunkCount);
            const QByteArray plain = next(*stream, BundleFormat::maxCipherBytes(m_header.chunkSize),
                                          SecretStream::Tag::Message, where);
            const qint64 expected = i + 1 < m_header.chunkCount
                                        ? m_header.chunkSize
                                        : m_header.plaintextBytes - i * m_header.chunkSize;
            SyncPhaseTimer timer(SyncPhase::Decompress);
            const std::optional<QByteArray> chunk = ChunkCodec::decode(plain, expected);
            if (!chunk)
                tampered(where);
            body.append(*chunk);
        }
        checkTrailer(next(*stream, BundleFormat::kTrailerBytes + BundleFormat::kStreamOverheadBytes,
                          SecretStream::Tag::Final, SyncText::tr("fin du paquet")));
        if (m_in.hasMore())
            tampered(SyncText::tr("octets après la fin du paquet"));
        return body;
    }

private:
    // The next message of the stream: its length, then its ciphertext, which must decrypt
    // with the expected tag. A TAG_FINAL too early means chunks were cut off or the counts
    // lie; a missing one, that the end was cut off.
    QByteArray next(SecretStream &stream, qsizetype maxCipher, SecretStream::Tag expectedTag,
                    const QString &where)
    {
        SyncPhaseTimer timer(SyncPhase::Decrypt);
        const qint64 length = m_in.takeU32();
        if (length <= BundleFormat::kStreamOverheadBytes || length > maxCipher)
            tampered(where);
        const QByteArray cipher = m_in.take(length);
        QByteArray plain;
        SecretStream::Tag tag = SecretStream::Tag::Other;
        if (!stream.pull(cipher, m_first ? m_headerHash : QByteArray(), &plain, &tag) ||
            tag != expectedTag)
            tampered(where);
        m_first = false;
        return plain;
    }

    void checkTrailer(const QByteArray &trailer)
    {
        const char *p = trailer.constData();
        const bool counts = trailer.size() == BundleFormat::kTrailerBytes &&
                            qFromLittleEndian<quint64>(p) == quint64(m_header.chunkCount) &&
                            qFromLittleEndian<quint64>(p + 8) == quint64(m_header.recordCount) &&
                            qFromLittleEndian<quint64>(p + 16) == quint64(m_header.plaintextBytes);
        if (!counts || !BundleCrypto::equal(QByteArrayView(trailer).sliced(24), m_headerHash))
            tampered(SyncText::tr("compteurs de fin"));
    }

    Input &m_in;
    const BundleHeader &m_header;
    QByteArray m_headerHash;
    bool m_first = true;
};
} // namespace

BundleReader::BundleReader(Database &db, const ReplicaKeys &keys, SyncSchemaVersion program)
    : m_db(db), m_keys(keys), m_program(program)
{
}

BundleReadResult BundleReader::read(QIODevice &device) const
{
    BundleReadResult result;
    Input in(device);
    try {
        std::optional<SyncPhaseTimer> verifying(std::in_place, SyncPhase::Verify);
        // The container: magic, then the format version, before anything else is believed.
        const QByteArray magic = in.readUpTo(BundleFormat::kMagicBytes);
        // An empty file or the beginning of the magic only: a copy that stopped early.
        if (!BundleFormat::magic().startsWith(magic))
            refuse(BundleError::BadMagic, BundleMessages::badMagic());
        if (magic.size() < BundleFormat::kMagicBytes)
            refuse(BundleError::Truncated, BundleMessages::truncated(magic.size()));
        const quint16 version = in.takeU16();
        if (version != BundleFormat::kVersion)
            refuse(BundleError::UnsupportedVersion,
                   BundleMessages::unsupportedVersion(version, BundleFormat::kVersion));
        const quint32 headerLength = in.takeU32();
        if (headerLength == 0 || headerLength > BundleFormat::kMaxHeaderBytes)
            tampered(SyncText::tr("longueur de l'en-tête"));
        const QByteArray cbor = in.take(headerLength);
        const QByteArray signature = in.take(BundleFormat::kSignatureBytes);

        // The header, its signature, its sender.
        QString why;
        const std::optional<BundleHeader> header = BundleHeader::fromCbor(cbor, &why);
        if (!header)
            tampered(SyncText::tr("en-tête : %1").arg(why));
        // version and length were checked equal to what signedPart() writes.
        const QByteArray signedBytes = BundleFormat::signedPart(cbor);
        if (!BundleCrypto::verify(signedBytes, signature, header->senderSigningKey))
            refuse(BundleError::BadSignature, BundleMessages::badSignature());
        const std::optional<ReplicaPeer> peer = PeerDirectory(m_db).find(header->sender);
        if (!peer)
            refuse(BundleError::UnknownSender, BundleMessages::unknownSender(header->sender));
        if (!BundleCrypto::equal(peer->signingKey, header->senderSigningKey))
            refuse(BundleError::BadSignature, BundleMessages::signedWithOtherKey(header->sender));
        if (peer->isRevoked())
            refuse(BundleError::UnknownSender, BundleMessages::revokedSender(header->sender));
        result.header = header;

        // Whether it is for us, readable by this program, and new.
        if (header->recipient != m_keys.replicaId())
            refuse(BundleError::WrongRecipient,
                   BundleMessages::wrongRecipient(header->recipient, m_keys.replicaId()));
        if (header->schema.majorVersion > m_program.majorVersion)
            refuse(BundleError::NewerSchema,
                   BundleMessages::newerSchema(header->schema, m_program));
        if (header->schema.majorVersion < m_program.majorVersion)
            refuse(BundleError::OlderSchema,
                   BundleMessages::olderSchema(header->schema, m_program));
        if (const auto at = AppliedBundles::appliedAt(m_db, header->bundleId))
            refuse(BundleError::AlreadyApplied,
                   BundleMessages::alreadyApplied(header->bundleId, *at));

        verifying.reset();

        // The body, whole, before anyone sees a record.
        BodyDecryptor body(in, *header, BundleCrypto::headerHash(signedBytes));
        QByteArray plain = body.decrypt(m_keys);
        SyncPhaseTimer splitting(SyncPhase::Split);
        if (!result.records.assign(std::move(plain), header->recordCount))
            tampered(SyncText::tr("découpage des enregistrements"));
    } catch (const Refusal &refusal) {
        result.error = refusal.code;
        result.message = refusal.message;
        result.records = {};
        qCInfo(lcSync) << "bundle refused:" << toCode(refusal.code)
                       << (result.header ? result.header->bundleId.toString() : QString());
        return result;
    }
    qCInfo(lcSync) << "bundle verified" << result.header->bundleId.toString() << "from"
                   << result.header->sender.toString() << result.records.count() << "records";
    return result;
}

BundleReadResult BundleReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(SyncText::tr("Impossible d'ouvrir le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return read(file);
}

BundleReadResult BundleReader::apply(QIODevice &in, const BundleSink &sink,
                                     const Clock &clock) const
{
    BundleReadResult result = read(in);
    if (!result.isVerified())
        return result;
    try {
        Transaction tx(m_db.handle(), Transaction::Mode::Immediate);
        // Checked again under the write lock, before the merge: another process may have
        // applied the same file since it was read.
        {
            SyncPhaseTimer timer(SyncPhase::Bookkeeping);
            markApplied(m_db, *result.header, clock);
        }
        sink(*result.header, result.records);
        SyncPhaseTimer timer(SyncPhase::Commit);
        tx.commit();
    } catch (const BundleRejectedError &e) {
        result.error = e.code();
        result.message = e.message();
        result.records = {};
    }
    return result;
}

BundleReadResult BundleReader::applyFile(const QString &path, const BundleSink &sink,
                                         const Clock &clock) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(SyncText::tr("Impossible d'ouvrir le paquet %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return apply(file, sink, clock);
}

void BundleReader::markApplied(Database &db, const BundleHeader &header, const Clock &clock)
{
    AppliedBundles::markApplied(db, header.bundleId, header.sender, clock);
}

} // namespace passerelle
