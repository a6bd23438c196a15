#include "sync/Invitation.h"

#include "sync/BundleCrypto.h"
#include "sync/CanonicalCbor.h"
#include "sync/InvitationError.h"
#include "sync/ReplicaKeys.h"

#include <QCborMap>
#include <QtEndian>

namespace passerelle {

namespace {
// "\x89PINVT\r\n": same idea as the bundle magic (a text-mode copy is caught).
const QByteArray kMagic = QByteArrayLiteral("\x89PINVT\r\n");
constexpr quint16 kVersion = 1;
constexpr qsizetype kPreamble = 8 + 2 + 4;
constexpr qsizetype kMaxPayload = 64 * 1024; // ids, keys and two names: far less in practice

[[noreturn]] void refuse(InvitationError error)
{
    throw InvitationRefusedError::because(error);
}

QByteArray bytesOf(const QCborMap &map, QLatin1StringView key, qsizetype size)
{
    const QCborValue v = map.value(key);
    if (!v.isByteArray() || (size >= 0 && v.toByteArray().size() != size))
        refuse(InvitationError::Altered);
    return v.toByteArray();
}

QString textOf(const QCborMap &map, QLatin1StringView key, qsizetype maxSize)
{
    const QCborValue v = map.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > maxSize)
        refuse(InvitationError::Altered);
    return v.toString();
}

qint64 integerOf(const QCborMap &map, QLatin1StringView key)
{
    const QCborValue v = map.value(key);
    if (!v.isInteger() || v.toInteger() < 0)
        refuse(InvitationError::Altered);
    return v.toInteger();
}
} // namespace

QByteArray Invitation::toFile(const ReplicaKeys &signer) const
{
    QCborMap map;
    map.insert(QLatin1String("id"), id.bytes());
    map.insert(QLatin1String("office"), officeReplica.bytes());
    map.insert(QLatin1String("officeName"), officeName);
    map.insert(QLatin1String("spk"), officeSigningKey);
    map.insert(QLatin1String("bpk"), officeBoxKey);
    map.insert(QLatin1String("org"), organisationId.bytes());
    map.insert(QLatin1String("orgName"), organisationName);
    map.insert(QLatin1String("role"), toCode(role));
    if (!workerId.isNull())
        map.insert(QLatin1String("worker"), workerId.bytes());
    map.insert(QLatin1String("device"), deviceName);
    map.insert(QLatin1String("created"), createdAtMs);
    map.insert(QLatin1String("expires"), expiresAtMs);
    map.insert(QLatin1String("secret"), secret);
    const QByteArray payload = CanonicalCbor::encode(map).value();

    QByteArray file = kMagic;
    file.resize(kPreamble);
    qToLittleEndian(kVersion, file.data() + 8);
    qToLittleEndian(quint32(payload.size()), file.data() + 10);
    file.append(payload);
    file.append(signer.sign(file));
    return file;
}

Invitation Invitation::fromFile(const QByteArray &file)
{
    if (file.size() < kPreamble || !file.startsWith(kMagic) ||
        qFromLittleEndian<quint16>(file.constData() + 8) != kVersion)
        refuse(InvitationError::Unreadable);
    const qsizetype length = qFromLittleEndian<quint32>(file.constData() + 10);
    if (length < 1 || length > kMaxPayload ||
        file.size() != kPreamble + length + ReplicaKeys::kSignatureBytes)
        refuse(InvitationError::Unreadable);
    const QByteArray payload = file.mid(kPreamble, length);
    const std::optional<QCborValue> decoded = CanonicalCbor::decode(payload);
    if (!decoded || !decoded->isMap())
        refuse(InvitationError::Altered);
    const QCborMap map = decoded->toMap();

    Invitation inv;
    inv.id = Uuid::fromBytes(bytesOf(map, QLatin1String("id"), 16));
    inv.officeReplica = Uuid::fromBytes(bytesOf(map, QLatin1String("office"), 16));
    inv.officeName = textOf(map, QLatin1String("officeName"), 200);
    inv.officeSigningKey = bytesOf(map, QLatin1String("spk"), ReplicaKeys::kPublicKeyBytes);
    inv.officeBoxKey = bytesOf(map, QLatin1String("bpk"), ReplicaKeys::kPublicKeyBytes);
    inv.organisationId = Uuid::fromBytes(bytesOf(map, QLatin1String("org"), 16));
    inv.organisationName = textOf(map, QLatin1String("orgName"), 500);
    const std::optional<ReplicaRole> role =
        replicaRoleFromCode(textOf(map, QLatin1String("role"), 20));
    if (!role)
        refuse(InvitationError::Altered);
    inv.role = *role;
    if (map.contains(QLatin1String("worker")))
        inv.workerId = Uuid::fromBytes(bytesOf(map, QLatin1String("worker"), 16));
    if ((inv.role == ReplicaRole::Laptop) == inv.workerId.isNull())
        refuse(InvitationError::Altered);
    inv.deviceName = textOf(map, QLatin1String("device"), 200);
    inv.createdAtMs = integerOf(map, QLatin1String("created"));
    inv.expiresAtMs = integerOf(map, QLatin1String("expires"));
    inv.secret = bytesOf(map, QLatin1String("secret"), kSecretBytes);

    // A file of the right length whose content does not decode was changed after it was
    // written (a copy cut short fails the length check first): "altered", like a signature
    // that does not verify.
    if (!BundleCrypto::verify(QByteArrayView(file).first(kPreamble + length),
                              QByteArrayView(file).sliced(kPreamble + length),
                              inv.officeSigningKey))
        refuse(InvitationError::Altered);
    return inv;
}

QByteArray Invitation::fileHash(const QByteArray &file)
{
    return BundleCrypto::headerHash(file);
}

} // namespace passerelle
