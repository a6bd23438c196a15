#pragma once

#include "sync/SecretBytes.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QByteArrayView>

namespace passerelle {

class Database;

// This replica's two key pairs: Ed25519 to sign the bundles it sends, X25519 to open the
// file keys sealed to it. Generated with libsodium the first time they are asked for and
// kept in the replica-local table replica_secret; the secret halves are only ever held in
// SecretBytes and used through sign() and unseal(), so no caller can copy or log them.
class ReplicaKeys
{
public:
    static constexpr qsizetype kPublicKeyBytes = 32;
    static constexpr qsizetype kSignatureBytes = 64;

    // The keys of `db`'s replica, created and stored at first use. Keys made for another
    // replica id (the file was copied and took a new id) are replaced. Throws StorageError,
    // also when the stored keys are damaged (a public key that does not match its secret).
    static ReplicaKeys forDatabase(Database &db);

    ReplicaKeys(ReplicaKeys &&) noexcept = default;
    ReplicaKeys &operator=(ReplicaKeys &&) noexcept = default;

    const Uuid &replicaId() const { return m_replicaId; }
    const QByteArray &signingPublicKey() const { return m_signPublic; }
    const QByteArray &boxPublicKey() const { return m_boxPublic; }

    // Detached Ed25519 signature (kSignatureBytes) of `message`.
    QByteArray sign(QByteArrayView message) const;
    // Opens a secret of `size` bytes sealed to this replica's box key (crypto_box_seal).
    // Empty when it was sealed to another key, altered, or not `size` bytes long.
    SecretBytes unseal(QByteArrayView sealed, qsizetype size) const;

private:
    ReplicaKeys() = default;
    static bool load(Database &db, ReplicaKeys &keys);
    static void generate(Database &db);

    Uuid m_replicaId;
    QByteArray m_signPublic;
    QByteArray m_boxPublic;
    SecretBytes m_signSecret;
    SecretBytes m_boxSecret;
};

} // namespace passerelle
