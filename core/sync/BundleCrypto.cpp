#include "sync/BundleCrypto.h"

#include "sync/BundleFormat.h"
#include "sync/Sodium.h"

#include <sodium.h>

namespace passerelle {

static_assert(BundleFormat::kFileKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(BundleFormat::kSealedKeyBytes ==
              BundleFormat::kFileKeyBytes + qsizetype(crypto_box_SEALBYTES));
static_assert(BundleFormat::kSignatureBytes == crypto_sign_BYTES);

namespace {
const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}
} // namespace

SecretBytes BundleCrypto::newFileKey()
{
    Sodium::init();
    SecretBytes key(BundleFormat::kFileKeyBytes);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    return key;
}

QByteArray BundleCrypto::headerHash(QByteArrayView signedBytes)
{
    Sodium::init();
    QByteArray hash(BundleFormat::kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       bytes(signedBytes), quint64(signedBytes.size()), nullptr, 0);
    return hash;
}

QByteArray BundleCrypto::keyCommitment(const SecretBytes &fileKey)
{
    Sodium::init();
    static const QByteArray label = QByteArrayLiteral("passerelle-sync/v1/file-key-commitment");
    QByteArray commitment(BundleFormat::kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(commitment.data()),
                       size_t(commitment.size()), bytes(label), quint64(label.size()),
                       fileKey.data(), size_t(fileKey.size()));
    return commitment;
}

QByteArray BundleCrypto::seal(const SecretBytes &fileKey, QByteArrayView recipientBoxKey)
{
    Sodium::init();
    QByteArray sealed(BundleFormat::kSealedKeyBytes, Qt::Uninitialized);
    if (recipientBoxKey.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), fileKey.data(),
                        quint64(fileKey.size()), bytes(recipientBoxKey)) != 0)
        return {};
    return sealed;
}

bool BundleCrypto::verify(QByteArrayView message, QByteArrayView signature,
                          QByteArrayView publicKey)
{
    Sodium::init();
    return signature.size() == crypto_sign_BYTES &&
           publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()),
                                       bytes(publicKey)) == 0;
}

bool BundleCrypto::equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace passerelle
