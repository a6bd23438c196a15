#include "sync/SecretStream.h"

#include "sync/BundleFormat.h"

#include <sodium.h>

namespace passerelle {

static_assert(BundleFormat::kStreamHeaderBytes ==
              crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(BundleFormat::kStreamOverheadBytes == crypto_secretstream_xchacha20poly1305_ABYTES);

namespace {
using State = crypto_secretstream_xchacha20poly1305_state;

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}
} // namespace

SecretStream::SecretStream() : m_state(sizeof(State)) {}

SecretStream SecretStream::forPush(const SecretBytes &key, QByteArray *header)
{
    SecretStream stream;
    header->resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        reinterpret_cast<State *>(stream.m_state.data()),
        reinterpret_cast<unsigned char *>(header->data()), key.data());
    return stream;
}

std::optional<SecretStream> SecretStream::forPull(const SecretBytes &key, QByteArrayView header)
{
    if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return std::nullopt;
    SecretStream stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            reinterpret_cast<State *>(stream.m_state.data()), bytes(header), key.data()) != 0)
        return std::nullopt;
    return stream;
}

QByteArray SecretStream::push(QByteArrayView plain, QByteArrayView additionalData, Tag tag)
{
    QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES,
                      Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        reinterpret_cast<State *>(m_state.data()), reinterpret_cast<unsigned char *>(cipher.data()),
        nullptr, bytes(plain), quint64(plain.size()), bytes(additionalData),
        quint64(additionalData.size()),
        tag == Tag::Final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                          : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return cipher;
}

bool SecretStream::pull(QByteArrayView cipher, QByteArrayView additionalData, QByteArray *plain,
                        Tag *tag)
{
    if (cipher.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES))
        return false;
    plain->resize(cipher.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned char rawTag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            reinterpret_cast<State *>(m_state.data()),
            reinterpret_cast<unsigned char *>(plain->data()), nullptr, &rawTag, bytes(cipher),
            quint64(cipher.size()), bytes(additionalData), quint64(additionalData.size())) != 0)
        return false;
    if (rawTag == crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        *tag = Tag::Message;
    else if (rawTag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        *tag = Tag::Final;
    else
        *tag = Tag::Other;
    return true;
}

} // namespace passerelle
