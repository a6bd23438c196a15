#include "sync/SecretBytes.h"

#include "sync/Sodium.h"
#include "util/Errors.h"

#include <QCoreApplication>

#include <sodium.h>

#include <utility>

namespace passerelle {

SecretBytes::SecretBytes(qsizetype size)
{
    Sodium::init();
    if (size <= 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        throw StorageError(QCoreApplication::translate(
            "Sync", "Mémoire protégée insuffisante pour les clés de chiffrement."));
    m_size = size;
    sodium_memzero(m_data, size_t(m_size));
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release() noexcept
{
    // sodium_free wipes the bytes before it unmaps them.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace passerelle
