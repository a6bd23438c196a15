#pragma once

#include "sync/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace passerelle {

// crypto_secretstream_xchacha20poly1305 over a bundle's body: each message is
// authenticated and chained to the ones before it, so a message dropped, repeated,
// reordered or moved from another stream fails, and TAG_FINAL marks the true end. The
// state holds the key schedule and lives in locked memory like the key itself.
class SecretStream
{
public:
    enum class Tag
    {
        Message,
        Final,
        Other
    };

    // Starts encrypting under `key`; `header` receives the stream header to store before
    // the first message.
    static SecretStream forPush(const SecretBytes &key, QByteArray *header);
    // Starts decrypting; empty when the header has the wrong size.
    static std::optional<SecretStream> forPull(const SecretBytes &key, QByteArrayView header);

    QByteArray push(QByteArrayView plain, QByteArrayView additionalData, Tag tag);
    // False when the message is not the next one of this stream, or was altered.
    bool pull(QByteArrayView cipher, QByteArrayView additionalData, QByteArray *plain, Tag *tag);

private:
    SecretStream();
    SecretBytes m_state;
};

} // namespace passerelle
