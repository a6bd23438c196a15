#pragma once

#include <QtGlobal>

namespace passerelle {

// Secret key material (a replica's secret keys, a bundle's file key) in memory that
// libsodium allocates apart from the heap, between guard pages, locked out of swap and
// wiped when released. Move-only: a secret is never copied into an ordinary QByteArray,
// where it could linger after use.
class SecretBytes
{
public:
    SecretBytes() = default;
    // `size` zero bytes; throws StorageError when the memory cannot be had.
    explicit SecretBytes(qsizetype size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    void release() noexcept;

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace passerelle
