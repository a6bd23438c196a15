#include "sync/InvitationReply.h"

#include "sync/BundleCrypto.h"
#include "sync/CanonicalCbor.h"
#include "sync/InvitationError.h"
#include "sync/ReplicaKeys.h"
#include "sync/Sodium.h"

#include <QCborMap>
#include <QtEndian>

#include <sodium.h>

namespace passerelle {

namespace {
const QByteArray kMagic = QByteArrayLiteral("\x89PJOIN\r\n");
constexpr quint16 kVersion = 1;
constexpr qsizetype kPreamble = 8 + 2 + 4;
constexpr qsizetype kMaxSealed = 64 * 1024;
// Signed together with the payload, so that a reply signature can never pass for a bundle
// header's or an invitation's.
const QByteArray kContext = QByteArrayLiteral("passerelle-join/v1");

[[noreturn]] void refuse(InvitationError error)
{
    throw InvitationRefusedError::because(error);
}

QByteArray bytesOf(const QCborMap &map, QLatin1StringView key, qsizetype size)
{
    const QCborValue v = map.value(key);
    if (!v.isByteArray() || v.toByteArray().size() != size)
        refuse(InvitationError::Altered);
    return v.toByteArray();
}
} // namespace

QByteArray InvitationReply::toFile(const ReplicaKeys &joiner, QByteArrayView officeBoxKey) const
{
    QCborMap map;
    map.insert(QLatin1String("inv"), invitationId.bytes());
    map.insert(QLatin1String("office"), officeReplica.bytes());
    map.insert(QLatin1String("replica"), replica.bytes());
    map.insert(QLatin1String("spk"), signingKey);
    map.insert(QLatin1String("bpk"), boxKey);
    map.insert(QLatin1String("secret"), secret);
    map.insert(QLatin1String("invHash"), invitationHash);
    map.insert(QLatin1String("created"), createdAtMs);
    const QByteArray payload = CanonicalCbor::encode(map).value();

    // Inside the seal: u32 payload length, payload, signature over context + payload.
    QByteArray inner(4, Qt::Uninitialized);
    qToLittleEndian(quint32(payload.size()), inner.data());
    inner.append(payload);
    inner.append(joiner.sign(QByteArray(kContext + payload)));

    Sodium::init();
    QByteArray sealed(inner.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (officeBoxKey.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                        reinterpret_cast<const unsigned char *>(inner.constData()),
                        quint64(inner.size()),
                        reinterpret_cast<const unsigned char *>(officeBoxKey.data())) != 0)
        refuse(InvitationError::Altered);

    QByteArray file = kMagic;
    file.resize(kPreamble);
    qToLittleEndian(kVersion, file.data() + 8);
    qToLittleEndian(quint32(sealed.size()), file.data() + 10);
    return file + sealed;
}

InvitationReply InvitationReply::fromFile(const QByteArray &file, const ReplicaKeys &office)
{
    if (file.size() < kPreamble || !file.startsWith(kMagic) ||
        qFromLittleEndian<quint16>(file.constData() + 8) != kVersion)
        refuse(InvitationError::Unreadable);
    const qsizetype length = qFromLittleEndian<quint32>(file.constData() + 10);
    if (length <= qsizetype(crypto_box_SEALBYTES) + 4 || length > kMaxSealed ||
        file.size() != kPreamble + length)
        refuse(InvitationError::Unreadable);
    // ReplicaKeys::unseal holds the opened bytes in locked memory; they are not secret once
    // the office has them (the secret is spent here), so they are copied out to decode.
    const qsizetype innerSize = length - qsizetype(crypto_box_SEALBYTES);
    const SecretBytes opened = office.unseal(QByteArrayView(file).sliced(kPreamble), innerSize);
    if (opened.isEmpty())
        refuse(InvitationError::NotForThisReplica);
    const QByteArray inner(reinterpret_cast<const char *>(opened.data()), opened.size());

    const qsizetype payloadSize = qFromLittleEndian<quint32>(inner.constData());
    if (payloadSize < 1 || inner.size() != 4 + payloadSize + ReplicaKeys::kSignatureBytes)
        refuse(InvitationError::Altered);
    const QByteArray payload = inner.mid(4, payloadSize);
    const std::optional<QCborValue> decoded = CanonicalCbor::decode(payload);
    if (!decoded || !decoded->isMap())
        refuse(InvitationError::Altered);
    const QCborMap map = decoded->toMap();

    InvitationReply r;
    r.invitationId = Uuid::fromBytes(bytesOf(map, QLatin1String("inv"), 16));
    r.officeReplica = Uuid::fromBytes(bytesOf(map, QLatin1String("office"), 16));
    r.replica = Uuid::fromBytes(bytesOf(map, QLatin1String("replica"), 16));
    r.signingKey = bytesOf(map, QLatin1String("spk"), ReplicaKeys::kPublicKeyBytes);
    r.boxKey = bytesOf(map, QLatin1String("bpk"), ReplicaKeys::kPublicKeyBytes);
    r.secret = bytesOf(map, QLatin1String("secret"), 32);
    r.invitationHash = bytesOf(map, QLatin1String("invHash"), 32);
    const QCborValue created = map.value(QLatin1String("created"));
    if (!created.isInteger() || created.toInteger() < 0)
        refuse(InvitationError::Altered);
    r.createdAtMs = created.toInteger();
    if (!BundleCrypto::verify(QByteArray(kContext + payload),
                              QByteArrayView(inner).sliced(4 + payloadSize), r.signingKey))
        refuse(InvitationError::Altered);
    return r;
}

} // namespace passerelle
