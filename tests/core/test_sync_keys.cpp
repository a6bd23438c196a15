#include "test_sync_fixtures.h"

#include "exchange/Exporter.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "sync/BundleCrypto.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLoggingCategory>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QByteArray secretRow(Database &db, const char *key)
{
    SqliteStatement q(db.handle(), "SELECT value FROM replica_secret WHERE key = ?");
    q.bindUtf8(1, key);
    return q.step() ? q.blob(0) : QByteArray();
}

qint64 count(Database &db, const char *sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

QStringList messages;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    messages.append(message);
}
} // namespace

TEST_CASE("Replica keys are made at first use, stored, and the same on every later open")
{
    TempDatabase t;
    CHECK(count(*t.db, "SELECT count(*) FROM replica_secret") == 0);
    const ReplicaKeys first = ReplicaKeys::forDatabase(*t.db);
    CHECK(first.replicaId() == t.db->replicaId());
    CHECK(first.signingPublicKey().size() == 32);
    CHECK(first.boxPublicKey().size() == 32);
    CHECK(first.signingPublicKey() != first.boxPublicKey());
    CHECK(count(*t.db, "SELECT count(*) FROM replica_secret") == 5);
    CHECK(secretRow(*t.db, "sign_secret").size() == 64);
    CHECK(secretRow(*t.db, "box_secret").size() == 32);

    const ReplicaKeys again = ReplicaKeys::forDatabase(*t.db);
    CHECK(again.signingPublicKey() == first.signingPublicKey());
    t.reopen();
    const ReplicaKeys reopened = ReplicaKeys::forDatabase(*t.db);
    CHECK(reopened.signingPublicKey() == first.signingPublicKey());
    CHECK(reopened.boxPublicKey() == first.boxPublicKey());

    // The keys work: a signature verifies with the public half only, a sealed secret opens
    // with this replica's keys only.
    const QByteArray message = QByteArrayLiteral("bundle header");
    const QByteArray signature = reopened.sign(message);
    CHECK(BundleCrypto::verify(message, signature, first.signingPublicKey()));
    CHECK_FALSE(
        BundleCrypto::verify(QByteArray(message + "!"), signature, first.signingPublicKey()));
    const SecretBytes fileKey = BundleCrypto::newFileKey();
    const QByteArray sealed = BundleCrypto::seal(fileKey, first.boxPublicKey());
    const SecretBytes opened = reopened.unseal(sealed, 32);
    REQUIRE(opened.size() == 32);
    CHECK(memcmp(opened.data(), fileKey.data(), 32) == 0);

    TempDatabase other;
    const ReplicaKeys stranger = ReplicaKeys::forDatabase(*other.db);
    CHECK(stranger.signingPublicKey() != first.signingPublicKey());
    CHECK(stranger.unseal(sealed, 32).isEmpty());
    CHECK_FALSE(BundleCrypto::verify(message, stranger.sign(message), first.signingPublicKey()));
}

TEST_CASE("A database that takes a new replica id takes new keys")
{
    TempDatabase t;
    const QByteArray before = ReplicaKeys::forDatabase(*t.db).signingPublicKey();
    // What a copied database will do once it notices it is a copy.
    execSql(t.db->handle(),
            "UPDATE replica_meta SET value = randomblob(16) WHERE key = 'replica_id'");
    t.reopen();
    const ReplicaKeys renewed = ReplicaKeys::forDatabase(*t.db);
    CHECK(renewed.replicaId() == t.db->replicaId());
    CHECK(renewed.signingPublicKey() != before);
    CHECK(count(*t.db, "SELECT count(*) FROM replica_secret") == 5);
}

TEST_CASE("Damaged replica keys are refused rather than used")
{
    TempDatabase t;
    ReplicaKeys::forDatabase(*t.db);
    SECTION("a public key that is not the secret's")
    {
        execSql(t.db->handle(),
                "UPDATE replica_secret SET value = zeroblob(32) WHERE key = 'box_public'");
    }
    SECTION("a secret key of the wrong size")
    {
        execSql(t.db->handle(),
                "UPDATE replica_secret SET value = zeroblob(16) WHERE key = 'sign_secret'");
    }
    SECTION("a missing secret")
    {
        execSql(t.db->handle(), "DELETE FROM replica_secret WHERE key = 'box_secret'");
    }
    try {
        ReplicaKeys::forDatabase(*t.db);
        FAIL("damaged keys were accepted");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("endommagées")));
    }
}

TEST_CASE("Keys, peers and applied bundles stay on their replica: never exported nor compared")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    QStringList names;
    for (const TableInfo &t : Schema::replicatedTables(office.db().handle()))
        names.append(t.name);
    CHECK_FALSE(names.contains(QStringLiteral("replica_secret")));
    CHECK_FALSE(names.contains(QStringLiteral("replica_peer")));
    CHECK_FALSE(names.contains(QStringLiteral("sync_applied_bundle")));
    // The sync engine's state: the same everywhere, but not data (Schema.cpp says why).
    CHECK_FALSE(names.contains(QStringLiteral("sync_conflict")));
    CHECK_FALSE(names.contains(QStringLiteral("sync_tombstone")));

    const QString path = office.temp.dir.filePath(QStringLiteral("export.jsonl"));
    Exporter::run(office.db(), path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    CHECK_FALSE(exported.isEmpty());
    CHECK_FALSE(exported.contains("replica_secret"));
    CHECK_FALSE(exported.contains("replica_peer"));
    for (const char *key : {"sign_secret", "box_secret"}) {
        const QByteArray secret = secretRow(office.db(), key);
        REQUIRE_FALSE(secret.isEmpty());
        CHECK_FALSE(exported.contains(secret.toHex()));
        CHECK_FALSE(exported.contains(secret.toBase64()));
        CHECK_FALSE(exported.contains(secret));
    }
}

TEST_CASE("Sync logging names ids and counts, never a key nor a record")
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("passerelle.sync.debug=true\npasserelle.sync.info=true"));
    messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QByteArray signSecret;
    QByteArray boxSecret;
    {
        SyncReplica office(ReplicaRole::Office);
        SyncReplica laptop;
        office.pairWith(laptop);
        const QList<QByteArray> records{QByteArrayLiteral("Mme Durand, 12 rue des Lilas"),
                                        QByteArrayLiteral("note: hospitalisation")};
        CHECK(readBundle(laptop, writeBundle(office, laptop, records)).isVerified());
        CHECK(readBundle(laptop, QByteArrayLiteral("garbage")).error == BundleError::BadMagic);
        signSecret = secretRow(office.db(), "sign_secret");
        boxSecret = secretRow(laptop.db(), "box_secret");
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = messages.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("bundle verified")));
    CHECK(all.contains(QStringLiteral("generated key pairs")));
    CHECK_FALSE(all.contains(QStringLiteral("Durand")));
    CHECK_FALSE(all.contains(QStringLiteral("hospitalisation")));
    for (const QByteArray &secret : {signSecret, boxSecret}) {
        CHECK_FALSE(all.contains(QString::fromLatin1(secret.toHex())));
        CHECK_FALSE(all.contains(QString::fromLatin1(secret.toBase64())));
    }
}

TEST_CASE("Pairing records a peer's keys and pins them")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    FixedClock clock(QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC));
    PeerDirectory peers(office.db(), clock);

    ReplicaPeer camille = laptop.asPeer(QStringLiteral("Portable de Camille"));
    peers.pair(camille);
    auto found = peers.find(camille.replicaId);
    REQUIRE(found);
    CHECK(found->displayName == QStringLiteral("Portable de Camille"));
    CHECK(found->role == ReplicaRole::Laptop);
    CHECK(found->signingKey == laptop.keys->signingPublicKey());
    CHECK(found->boxKey == laptop.keys->boxPublicKey());
    CHECK(found->createdAt == clock.now());
    CHECK_FALSE(found->lastContactAt.isValid());
    CHECK_FALSE(found->isRevoked());

    // Pairing again with the same keys renames; with other keys it is refused.
    clock.advanceMs(1000);
    camille.displayName = QStringLiteral("  Portable n° 2  ");
    peers.pair(camille);
    CHECK(peers.find(camille.replicaId)->displayName == QStringLiteral("Portable n° 2"));
    CHECK(peers.find(camille.replicaId)->updatedAt == clock.now());
    peers.recordContact(camille.replicaId);
    CHECK(peers.find(camille.replicaId)->lastContactAt == clock.now());
    CHECK(peers.list().size() == 1);

    const QByteArray before = fullHash(office.db());
    const auto refusedOn = [&](ReplicaPeer peer, const QString &field) {
        try {
            peers.pair(peer);
            FAIL("pairing accepted");
        } catch (const ValidationError &e) {
            CHECK(e.field() == field);
        }
        CHECK(fullHash(office.db()) == before);
    };
    SyncReplica impostor;
    ReplicaPeer otherKeys = impostor.asPeer();
    otherKeys.replicaId = camille.replicaId;
    refusedOn(otherKeys, QStringLiteral("signing_key"));
    refusedOn(office.asPeer(), QStringLiteral("replica_id")); // itself
    ReplicaPeer shortKey = impostor.asPeer();
    shortKey.boxKey.chop(1);
    refusedOn(shortKey, QStringLiteral("box_key"));
    ReplicaPeer noName = impostor.asPeer(QStringLiteral("   "));
    refusedOn(noName, QStringLiteral("display_name"));

    // A lost laptop: revoked, then removed, then its new keys may be paired.
    try {
        peers.remove(camille.replicaId);
        FAIL("removed without revoking");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("revoked_at"));
    }
    peers.revoke(camille.replicaId);
    CHECK(peers.find(camille.replicaId)->isRevoked());
    try {
        peers.pair(camille);
        FAIL("a revoked device was paired again");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("revoked_at"));
    }
    peers.remove(camille.replicaId);
    CHECK_FALSE(peers.find(camille.replicaId));
    peers.pair(otherKeys);
    CHECK(peers.find(camille.replicaId)->signingKey == impostor.keys->signingPublicKey());
}
