#include "sync/ReplicaKeys.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/Sodium.h"
#include "sync/SyncLogging.h"
#include "util/Errors.h"

#include <QCoreApplication>

#include <sodium.h>
#include <sqlite3.h>

namespace passerelle {

namespace {
// Row names in replica_secret.
constexpr const char *kOwner = "owner";
constexpr const char *kSignPublic = "sign_public";
constexpr const char *kSignSecret = "sign_secret";
constexpr const char *kBoxPublic = "box_public";
constexpr const char *kBoxSecret = "box_secret";

static_assert(crypto_sign_PUBLICKEYBYTES == ReplicaKeys::kPublicKeyBytes);
static_assert(crypto_box_PUBLICKEYBYTES == ReplicaKeys::kPublicKeyBytes);
static_assert(crypto_sign_BYTES == ReplicaKeys::kSignatureBytes);

[[noreturn]] void damaged(const char *what)
{
    throw StorageError(
        QCoreApplication::translate("Sync", "Les clés de cette réplique sont endommagées (%1). "
                                            "Restaurez une sauvegarde de la base.")
            .arg(QLatin1String(what)));
}

// Reads one row straight into locked memory: the secret never passes through a QByteArray.
SecretBytes readSecret(sqlite3 *db, const char *name, qsizetype size)
{
    SqliteStatement q(db, "SELECT value FROM replica_secret WHERE key = ?");
    q.bindUtf8(1, QByteArray(name));
    if (!q.step())
        damaged(name);
    const void *bytes = sqlite3_column_blob(q.raw(), 0);
    if (sqlite3_column_bytes(q.raw(), 0) != size || !bytes)
        damaged(name);
    SecretBytes secret(size);
    memcpy(secret.data(), bytes, size_t(size));
    return secret;
}

QByteArray readPublic(sqlite3 *db, const char *name)
{
    SqliteStatement q(db, "SELECT value FROM replica_secret WHERE key = ?");
    q.bindUtf8(1, QByteArray(name));
    return q.step() ? q.blob(0) : QByteArray();
}

void store(SqliteStatement &insert, const char *name, const unsigned char *bytes, qsizetype size)
{
    insert.bindUtf8(1, QByteArray(name));
    // SQLITE_TRANSIENT: SQLite takes its own copy, which ends in its page cache and the
    // file like every other value (secure_delete wipes it when replaced).
    if (sqlite3_bind_blob(insert.raw(), 2, bytes, int(size), SQLITE_TRANSIENT) != SQLITE_OK)
        damaged(name);
    insert.execute();
}
} // namespace

ReplicaKeys ReplicaKeys::forDatabase(Database &db)
{
    Sodium::init();
    ReplicaKeys keys;
    if (load(db, keys))
        return keys;
    {
        // Checked again under the write lock: another process may have made them meanwhile.
        Transaction tx(db.handle(), Transaction::Mode::Immediate);
        ReplicaKeys again;
        if (!load(db, again))
            generate(db);
        tx.commit();
    }
    if (!load(db, keys))
        damaged(kOwner);
    return keys;
}

bool ReplicaKeys::load(Database &db, ReplicaKeys &keys)
{
    sqlite3 *h = db.handle();
    if (Uuid::fromBytes(readPublic(h, kOwner)) != db.replicaId() || db.replicaId().isNull())
        return false;
    keys.m_replicaId = db.replicaId();
    keys.m_signPublic = readPublic(h, kSignPublic);
    keys.m_boxPublic = readPublic(h, kBoxPublic);
    if (keys.m_signPublic.size() != kPublicKeyBytes)
        damaged(kSignPublic);
    if (keys.m_boxPublic.size() != kPublicKeyBytes)
        damaged(kBoxPublic);
    keys.m_signSecret = readSecret(h, kSignSecret, crypto_sign_SECRETKEYBYTES);
    keys.m_boxSecret = readSecret(h, kBoxSecret, crypto_box_SECRETKEYBYTES);

    // A public half that does not derive from its secret would make every bundle this
    // replica sends unverifiable, or every bundle sent to it unreadable: refuse early.
    unsigned char derived[kPublicKeyBytes];
    if (crypto_sign_ed25519_sk_to_pk(derived, keys.m_signSecret.data()) != 0 ||
        sodium_memcmp(derived, keys.m_signPublic.constData(), kPublicKeyBytes) != 0)
        damaged(kSignSecret);
    if (crypto_scalarmult_base(derived, keys.m_boxSecret.data()) != 0 ||
        sodium_memcmp(derived, keys.m_boxPublic.constData(), kPublicKeyBytes) != 0)
        damaged(kBoxSecret);
    return true;
}

void ReplicaKeys::generate(Database &db)
{
    sqlite3 *h = db.handle();
    if (db.replicaId().isNull())
        damaged(kOwner);
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    SecretBytes signSecret(crypto_sign_SECRETKEYBYTES);
    SecretBytes boxSecret(crypto_box_SECRETKEYBYTES);
    crypto_sign_keypair(signPublic, signSecret.data());
    crypto_box_keypair(boxPublic, boxSecret.data());

    execSql(h, "DELETE FROM replica_secret");
    SqliteStatement insert(h, "INSERT INTO replica_secret(key, value) VALUES (?, ?)");
    const QByteArray &owner = db.replicaId().bytes();
    store(insert, kOwner, reinterpret_cast<const unsigned char *>(owner.constData()), owner.size());
    store(insert, kSignPublic, signPublic, sizeof signPublic);
    store(insert, kSignSecret, signSecret.data(), signSecret.size());
    store(insert, kBoxPublic, boxPublic, sizeof boxPublic);
    store(insert, kBoxSecret, boxSecret.data(), boxSecret.size());
    qCInfo(lcSync) << "generated key pairs for replica" << db.replicaId().toString();
}

QByteArray ReplicaKeys::sign(QByteArrayView message) const
{
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         quint64(message.size()), m_signSecret.data());
    return signature;
}

SecretBytes ReplicaKeys::unseal(QByteArrayView sealed, qsizetype size) const
{
    if (size <= 0 || sealed.size() != size + qsizetype(crypto_box_SEALBYTES))
        return {};
    SecretBytes opened(size);
    if (crypto_box_seal_open(opened.data(), reinterpret_cast<const unsigned char *>(sealed.data()),
                             quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(m_boxPublic.constData()),
                             m_boxSecret.data()) != 0)
        return {};
    return opened;
}

} // namespace passerelle
