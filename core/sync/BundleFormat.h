#pragma once

#include <QByteArray>
#include <QtEndian>
#include <QtGlobal>

namespace passerelle {

// The fixed sizes and limits of the .passerelle-sync container (docs/sync-bundle-format.md),
// shared by BundleWriter and BundleReader. Changing any of them is a new format version.
struct BundleFormat
{
    // "\x89PSYNC\r\n": the high byte and the line ending catch a file mangled by a text-mode
    // copy, as PNG's signature does.
    static QByteArray magic() { return QByteArrayLiteral("\x89PSYNC\r\n"); }
    static constexpr quint16 kVersion = 1;
    static constexpr qsizetype kMagicBytes = 8;
    // magic, u16 format version, u32 header length
    static constexpr qsizetype kPreambleBytes = kMagicBytes + 2 + 4;
    // A header holds ids and counters only; a larger length is damage, not data.
    static constexpr qsizetype kMaxHeaderBytes = 1 << 20;
    static constexpr qsizetype kSignatureBytes = 64;
    static constexpr qsizetype kBundleIdBytes = 16;
    static constexpr qsizetype kFileKeyBytes = 32;
    static constexpr qsizetype kSealedKeyBytes = kFileKeyBytes + 48; // crypto_box_SEALBYTES
    static constexpr qsizetype kStreamHeaderBytes = 24;
    static constexpr qsizetype kStreamOverheadBytes = 17; // crypto_secretstream ABYTES
    static constexpr qsizetype kHashBytes = 32;
    // Plaintext bytes per chunk. 64 KiB compresses well and bounds the memory a damaged
    // length can make the reader allocate.
    static constexpr qsizetype kDefaultChunkSize = 64 * 1024;
    static constexpr qsizetype kMaxChunkSize = 4 * 1024 * 1024;
    // Chunk payload: one encoding byte, then the bytes stored or zlib-compressed.
    static constexpr quint8 kChunkStored = 0;
    static constexpr quint8 kChunkDeflated = 1;
    // Trailer (the TAG_FINAL message): u64 chunk count, u64 record count, u64 plaintext
    // bytes, then the header hash.
    static constexpr qsizetype kTrailerBytes = 3 * 8 + kHashBytes;
    // Each record is framed by a u32 length.
    static constexpr qsizetype kRecordFrameBytes = 4;
    static constexpr qsizetype kMaxRecordBytes = 256 * 1024 * 1024;
    // Scope hashes are digests (SHA-256, BLAKE2b…), never the scope itself.
    static constexpr qsizetype kMaxScopeHashBytes = 64;

    // What the sender signs and the header hash covers: magic, format version, header
    // length (both little-endian) and the encoded header.
    static QByteArray signedPart(const QByteArray &headerCbor)
    {
        QByteArray out = magic();
        out.resize(kPreambleBytes);
        qToLittleEndian(kVersion, out.data() + kMagicBytes);
        qToLittleEndian(quint32(headerCbor.size()), out.data() + kMagicBytes + 2);
        out.append(headerCbor);
        return out;
    }

    // The most ciphertext one chunk may take on disk: the stored form never exceeds the
    // chunk size plus its encoding byte (compression is kept only when it is smaller).
    static constexpr qsizetype maxCipherBytes(qsizetype chunkSize)
    {
        return 1 + chunkSize + kStreamOverheadBytes;
    }
};

} // namespace passerelle
