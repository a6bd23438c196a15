#include "sync/ChunkCodec.h"

#include "sync/BundleFormat.h"

#include <QtEndian>

namespace passerelle {

QByteArray ChunkCodec::encode(QByteArrayView plain, int compressionLevel)
{
    const QByteArray deflated =
        qCompress(reinterpret_cast<const uchar *>(plain.data()), plain.size(), compressionLevel);
    QByteArray out;
    if (!deflated.isEmpty() && deflated.size() < plain.size()) {
        out.reserve(1 + deflated.size());
        out.append(char(BundleFormat::kChunkDeflated));
        out.append(deflated);
    } else {
        out.reserve(1 + plain.size());
        out.append(char(BundleFormat::kChunkStored));
        out.append(plain);
    }
    return out;
}

std::optional<QByteArray> ChunkCodec::decode(QByteArrayView encoded, qsizetype expectedSize)
{
    if (encoded.isEmpty())
        return std::nullopt;
    const quint8 encoding = quint8(encoded.front());
    const QByteArrayView payload = encoded.sliced(1);
    if (encoding == BundleFormat::kChunkStored) {
        if (payload.size() != expectedSize)
            return std::nullopt;
        return payload.toByteArray();
    }
    if (encoding != BundleFormat::kChunkDeflated || payload.size() < 4)
        return std::nullopt;
    // qUncompress would allocate whatever the length prefix claims: check it first.
    if (qFromBigEndian<quint32>(payload.data()) != quint64(expectedSize))
        return std::nullopt;
    QByteArray plain = qUncompress(reinterpret_cast<const uchar *>(payload.data()), payload.size());
    if (plain.size() != expectedSize)
        return std::nullopt;
    return plain;
}

} // namespace passerelle
