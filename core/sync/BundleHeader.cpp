#include "sync/BundleHeader.h"

#include "sync/BundleFormat.h"
#include "sync/CanonicalCbor.h"
#include "util/TrContext.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>

namespace passerelle {

namespace {
// Map keys of the encoded header (docs/sync-bundle-format.md).
const QString kId = QStringLiteral("id");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kSigningKey = QStringLiteral("spk");
const QString kKeyCommitment = QStringLiteral("kc");
const QString kSchema = QStringLiteral("schema");
const QString kCreated = QStringLiteral("created");
const QString kScope = QStringLiteral("scope");
const QString kVersionVector = QStringLiteral("vv");
const QString kRanges = QStringLiteral("ranges");
const QString kAcks = QStringLiteral("acks");
const QString kChunkSize = QStringLiteral("chunk");
const QString kChunkCount = QStringLiteral("chunks");
const QString kRecordCount = QStringLiteral("records");
const QString kPlaintextBytes = QStringLiteral("bytes");

QCborValue uuidValue(const Uuid &id)
{
    return QCborValue(id.bytes());
}

// Reading: each helper records the first failure in `why` and returns a neutral value,
// so that fromCbor reads straight through and checks once at the end.
struct Decoder
{
    QString why;

    void fail(const QString &what)
    {
        if (why.isEmpty())
            why = what;
    }
    Uuid uuid(const QCborValue &v, const QString &what)
    {
        const Uuid id = v.isByteArray() ? Uuid::fromBytes(v.toByteArray()) : Uuid();
        if (id.isNull())
            fail(what);
        return id;
    }
    qint64 integer(const QCborValue &v, const QString &what)
    {
        if (!v.isInteger()) {
            fail(what);
            return 0;
        }
        return v.toInteger();
    }
    QByteArray bytes(const QCborValue &v, const QString &what)
    {
        if (!v.isByteArray())
            fail(what);
        return v.toByteArray();
    }
};
} // namespace

QByteArray BundleHeader::toCbor() const
{
    QCborMap vv;
    for (auto it = versionVector.cbegin(); it != versionVector.cend(); ++it)
        vv.insert(uuidValue(it.key()), it.value());
    QCborMap dotRanges;
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        dotRanges.insert(uuidValue(it.key()), QCborArray{it->first, it->last});
    QCborArray acknowledged;
    for (const Uuid &id : acks)
        acknowledged.append(uuidValue(id));

    QCborMap map;
    map.insert(kId, uuidValue(bundleId));
    map.insert(kFrom, uuidValue(sender));
    map.insert(kTo, uuidValue(recipient));
    map.insert(kSigningKey, senderSigningKey);
    map.insert(kKeyCommitment, fileKeyCommitment);
    map.insert(kSchema, QCborArray{schema.majorVersion, schema.minorVersion});
    map.insert(kCreated, createdAtMs);
    map.insert(kScope, scopeHash);
    map.insert(kVersionVector, vv);
    map.insert(kRanges, dotRanges);
    map.insert(kAcks, acknowledged);
    map.insert(kChunkSize, chunkSize);
    map.insert(kChunkCount, chunkCount);
    map.insert(kRecordCount, recordCount);
    map.insert(kPlaintextBytes, plaintextBytes);
    // Only admitted types above: encoding cannot fail (a duplicate key is impossible too,
    // the maps being keyed by distinct ids).
    return CanonicalCbor::encode(map).value_or(QByteArray());
}

std::optional<BundleHeader> BundleHeader::fromCbor(const QByteArray &bytes, QString *why)
{
    const auto report = [why](const QString &what) {
        if (why)
            *why = what;
        return std::nullopt;
    };
    const std::optional<QCborValue> decoded = CanonicalCbor::decode(bytes);
    if (!decoded || !decoded->isMap())
        return report(SyncText::tr("encodage CBOR non canonique"));
    const QCborMap map = decoded->toMap();

    Decoder d;
    BundleHeader h;
    h.bundleId = d.uuid(map.value(kId), kId);
    h.sender = d.uuid(map.value(kFrom), kFrom);
    h.recipient = d.uuid(map.value(kTo), kTo);
    h.senderSigningKey = d.bytes(map.value(kSigningKey), kSigningKey);
    h.fileKeyCommitment = d.bytes(map.value(kKeyCommitment), kKeyCommitment);
    const QCborArray schema = map.value(kSchema).toArray();
    if (!map.value(kSchema).isArray() || schema.size() != 2)
        d.fail(kSchema);
    h.schema.majorVersion = int(std::clamp<qint64>(d.integer(schema.at(0), kSchema), -1, 1 << 30));
    h.schema.minorVersion = int(std::clamp<qint64>(d.integer(schema.at(1), kSchema), -1, 1 << 30));
    h.createdAtMs = d.integer(map.value(kCreated), kCreated);
    h.scopeHash = d.bytes(map.value(kScope), kScope);

    if (!map.value(kVersionVector).isMap())
        d.fail(kVersionVector);
    const QCborMap vv = map.value(kVersionVector).toMap();
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        h.versionVector.insert(d.uuid(it.key(), kVersionVector),
                               d.integer(it.value(), kVersionVector));
    if (h.versionVector.size() != vv.size())
        d.fail(kVersionVector);

    if (!map.value(kRanges).isMap())
        d.fail(kRanges);
    const QCborMap dotRanges = map.value(kRanges).toMap();
    for (auto it = dotRanges.cbegin(); it != dotRanges.cend(); ++it) {
        const QCborArray pair = it.value().toArray();
        if (!it.value().isArray() || pair.size() != 2)
            d.fail(kRanges);
        h.ranges.insert(d.uuid(it.key(), kRanges),
                        {d.integer(pair.at(0), kRanges), d.integer(pair.at(1), kRanges)});
    }
    if (h.ranges.size() != dotRanges.size())
        d.fail(kRanges);

    if (!map.value(kAcks).isArray())
        d.fail(kAcks);
    for (const QCborValue &v : map.value(kAcks).toArray())
        h.acks.append(d.uuid(v, kAcks));

    h.chunkSize = d.integer(map.value(kChunkSize), kChunkSize);
    h.chunkCount = d.integer(map.value(kChunkCount), kChunkCount);
    h.recordCount = d.integer(map.value(kRecordCount), kRecordCount);
    h.plaintextBytes = d.integer(map.value(kPlaintextBytes), kPlaintextBytes);

    if (!d.why.isEmpty())
        return report(d.why);
    if (const QString defect = h.defect(); !defect.isEmpty())
        return report(defect);
    return h;
}

QString BundleHeader::defect() const
{
    if (bundleId.isNull() || bundleId.version() != 7)
        return SyncText::tr("identifiant du paquet (UUIDv7 attendu)");
    if (sender.isNull())
        return SyncText::tr("réplique expéditrice");
    if (recipient.isNull() || recipient == sender)
        return SyncText::tr("réplique destinataire");
    if (senderSigningKey.size() != 32)
        return SyncText::tr("clé de signature de l'expéditeur");
    if (fileKeyCommitment.size() != BundleFormat::kHashBytes)
        return SyncText::tr("engagement de la clé du fichier");
    if (schema.majorVersion < 1 || schema.minorVersion < 0)
        return SyncText::tr("version du schéma");
    if (createdAtMs <= 0)
        return SyncText::tr("date de création");
    if (scopeHash.size() > BundleFormat::kMaxScopeHashBytes)
        return SyncText::tr("empreinte du périmètre (%1 octets au plus)")
            .arg(BundleFormat::kMaxScopeHashBytes);
    for (auto it = versionVector.cbegin(); it != versionVector.cend(); ++it)
        if (it.key().isNull() || it.value() < 0)
            return SyncText::tr("vecteur de versions");
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        if (it.key().isNull() || it->first < 0 || it->first > it->last)
            return SyncText::tr("plages de modifications");
    for (qsizetype i = 0; i < acks.size(); ++i)
        if (acks[i].isNull() || (i > 0 && !(acks[i - 1] < acks[i])))
            return SyncText::tr(
                "accusés de réception (identifiants distincts, en ordre croissant)");
    if (chunkSize < BundleFormat::kTrailerBytes || chunkSize > BundleFormat::kMaxChunkSize)
        return SyncText::tr("taille des blocs");
    // Divisions rather than products: the values come from a file and must not overflow.
    if (recordCount < 0 || plaintextBytes < 0 ||
        recordCount > plaintextBytes / BundleFormat::kRecordFrameBytes ||
        (recordCount == 0) != (plaintextBytes == 0))
        return SyncText::tr("nombre d'enregistrements ou d'octets");
    if (chunkCount != plaintextBytes / chunkSize + (plaintextBytes % chunkSize != 0 ? 1 : 0))
        return SyncText::tr("nombre de blocs");
    return {};
}

} // namespace passerelle
