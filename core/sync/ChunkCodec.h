#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace passerelle {

// A chunk's plaintext before encryption: one encoding byte, then the bytes either stored
// as they are or compressed with zlib (qCompress's layout: a 4-byte big-endian length,
// then an RFC 1950 stream). Compression is kept only when it saves space, so a chunk never
// grows by more than its encoding byte.
class ChunkCodec
{
public:
    static QByteArray encode(QByteArrayView plain, int compressionLevel);
    // The original bytes, or empty when the encoding is unknown, the stream corrupt or the
    // result not exactly `expectedSize` bytes long.
    static std::optional<QByteArray> decode(QByteArrayView encoded, qsizetype expectedSize);
};

} // namespace passerelle
