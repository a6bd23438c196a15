#pragma once

#include "sync/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace passerelle {

// The primitives of the bundle format that need no replica secret, in one place so that
// writer and reader cannot drift apart.
class BundleCrypto
{
public:
    // A fresh random file key for crypto_secretstream_xchacha20poly1305.
    static SecretBytes newFileKey();
    // BLAKE2b-256 of the signed header bytes: the additional data of the body's first
    // message and the last field of the trailer.
    static QByteArray headerHash(QByteArrayView signedBytes);
    // A keyed BLAKE2b-256 of a fixed label under the file key. The signed header carries
    // it, so a body made under any other key (a body of another bundle, or one forged by
    // someone who only knows the recipient's public key) is refused.
    static QByteArray keyCommitment(const SecretBytes &fileKey);
    // crypto_box_seal of the file key to the recipient's X25519 public key.
    static QByteArray seal(const SecretBytes &fileKey, QByteArrayView recipientBoxKey);
    // Ed25519 detached signature check.
    static bool verify(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey);
    // Constant-time comparison of two equally long digests.
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace passerelle
