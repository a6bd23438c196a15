#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/ReviewQueue.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace passerelle;
using namespace passerelle::test;

namespace {

void advance(std::initializer_list<PairingReplica *> replicas, qint64 ms)
{
    for (PairingReplica *r : replicas)
        r->clock.advanceMs(ms);
}

void linkWorker(PairingReplica &r, const Uuid &intervention, const Uuid &worker)
{
    SqliteStatement link(
        r.db().handle(),
        "INSERT INTO intervention_worker(intervention_id, worker_id) VALUES (?, ?)");
    link.bindBlob(1, intervention.bytes());
    link.bindBlob(2, worker.bytes());
    link.execute();
}

Uuid workerByCode(PairingReplica &r, const char *code)
{
    SqliteStatement q(r.db().handle(), "SELECT id FROM worker WHERE code = ?");
    q.bindText(1, QString::fromLatin1(code));
    REQUIRE(q.step());
    return Uuid::fromBytes(q.blob(0));
}

qint64 count(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    REQUIRE(q.step());
    return q.int64(0);
}

// A local_sync_review row as the merge of schema 6 wrote it (no sender column yet).
void setAsideV6(sqlite3 *db, const char *table, qint64 atMs)
{
    SqliteStatement q(db, "INSERT INTO local_sync_review(table_name, row_key, reason, "
                          "row_values, detected_at) VALUES (?, '62AA', 'ligne incomplète', "
                          "NULL, ?)");
    q.bindText(1, QString::fromLatin1(table));
    q.bind(2, atMs);
    q.execute();
}
} // namespace

TEST_CASE("Review sender: each set-aside record names the device whose bundle brought it, even "
          "when two devices' bundles are applied in the same millisecond")
{
    // The office pairs a peer worker's laptop and a second office PC; both receive the
    // intervention, then each links a worker to it while the office deletes it.
    PairingReplica office, laptop, reception;
    office.addOrganisation();
    office.pair(laptop);
    office.pair(reception, ReplicaRole::Office);
    const Uuid visit = office.addIntervention();
    advance({&office, &laptop, &reception}, 60 * 1000);
    REQUIRE(carry(office, laptop).read.isVerified());
    REQUIRE(carry(office, reception).read.isVerified());

    linkWorker(laptop, visit, office.peerWorker);
    linkWorker(reception, visit, workerByCode(reception, "COORD"));
    SqliteStatement remove(office.db().handle(), "DELETE FROM intervention WHERE id = ?");
    remove.bindBlob(1, visit.bytes());
    remove.execute();

    // One sync-folder run: both bundles merged at the same instant of the office's clock
    // (a FixedClock that does not move between the two imports).
    advance({&office, &laptop, &reception}, 60 * 1000);
    const SyncImport fromLaptop = carry(laptop, office);
    const SyncImport fromReception = carry(reception, office);
    REQUIRE(fromLaptop.read.isVerified());
    REQUIRE(fromReception.read.isVerified());
    REQUIRE(fromLaptop.merge.reviewed == 1);
    REQUIRE(fromReception.merge.reviewed == 1);
    // The case the inference cannot tell: two senders share the millisecond of the rows.
    REQUIRE(count(office.db().handle(),
                  "SELECT count(DISTINCT sender_id) FROM sync_applied_bundle WHERE applied_at = "
                  "(SELECT max(applied_at) FROM sync_applied_bundle)") == 2);
    REQUIRE(count(office.db().handle(),
                  "SELECT count(DISTINCT detected_at) FROM local_sync_review") == 1);

    // Each row keeps its bundle: the sender and the bundle id of the header it came with.
    SqliteStatement stored(office.db().handle(),
                           "SELECT sender_id, bundle_id FROM local_sync_review ORDER BY id");
    REQUIRE(stored.step());
    CHECK(Uuid::fromBytes(stored.blob(0)) == laptop.id());
    CHECK(Uuid::fromBytes(stored.blob(1)) == fromLaptop.read.header->bundleId);
    REQUIRE(stored.step());
    CHECK(Uuid::fromBytes(stored.blob(0)) == reception.id());
    CHECK(Uuid::fromBytes(stored.blob(1)) == fromReception.read.header->bundleId);
    CHECK_FALSE(stored.step());

    const QList<ReviewItem> items = ReviewQueue(office.db(), office.clock).items(false);
    REQUIRE(items.size() == 2);
    // Same instant: newest id first, so the reception's row leads.
    CHECK(items[0].reason.contains(QStringLiteral("intervention_id")));
    CHECK(items[0].fromReplica == reception.id());
    CHECK(items[0].fromReplicaName == QStringLiteral("Second poste"));
    CHECK(items[1].fromReplica == laptop.id());
    CHECK(items[1].fromReplicaName == QStringLiteral("Portable de test"));
}

TEST_CASE("Review sender: a row set aside before the upgrade has no sender and falls back to "
          "the bundle applied at its detection")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(QFile::copy(fixturePath(QStringLiteral("schema-v6.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        // Written with plain SQLite while the file is still at schema 6, as a merge of that
        // version did: one bundle alone at 1 000, two senders at once at 3 000.
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        SqliteStatement(raw, "INSERT INTO sync_applied_bundle(bundle_id, sender_id, applied_at) "
                             "VALUES (x'01900000000070008000000000000101', "
                             "x'01900000000070008000000000000aaa', 1000), "
                             "(x'01900000000070008000000000000102', "
                             "x'01900000000070008000000000000aaa', 3000), "
                             "(x'01900000000070008000000000000103', "
                             "x'01900000000070008000000000000bbb', 3000)")
            .execute();
        setAsideV6(raw, "case_file", 1000);
        setAsideV6(raw, "person", 3000);
        sqlite3_close(raw);
    }

    const auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db->migratedFrom() == 6);
    CHECK(count(db->handle(), "SELECT count(*) FROM local_sync_review WHERE sender_id IS NULL "
                              "AND bundle_id IS NULL") == 2);

    const QList<ReviewItem> items = ReviewQueue(*db).items(false);
    REQUIRE(items.size() == 2);
    CHECK(items[0].table == QStringLiteral("person"));
    CHECK(items[0].fromReplica.isNull());
    CHECK(items[0].fromReplicaName == QStringLiteral("inconnu"));
    CHECK(items[1].table == QStringLiteral("case_file"));
    CHECK(items[1].fromReplica.toString().endsWith(QStringLiteral("aaa")));
    // Not a known peer here: the device is named by its short id.
    CHECK_FALSE(items[1].fromReplicaName.isEmpty());
    CHECK(items[1].fromReplicaName != QStringLiteral("inconnu"));
}

TEST_CASE("Review sender: the schema-7 fixture opens as current and names its stored sender")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-v7.sqlite"));
    REQUIRE(QFile::copy(fixturePath(QStringLiteral("schema-v7.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const auto db = Database::open(path, Database::OpenMode::OpenExisting);
    CHECK(db->migratedFrom() == 7);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    // Two senders share the row's millisecond there: only the stored sender can tell.
    CHECK(count(db->handle(),
                "SELECT count(DISTINCT sender_id) FROM sync_applied_bundle "
                "WHERE applied_at = (SELECT detected_at FROM local_sync_review)") == 2);
    const QList<ReviewItem> items = ReviewQueue(*db).items(false);
    REQUIRE(items.size() == 1);
    CHECK(items[0].table == QStringLiteral("intervention_worker"));
    CHECK(items[0].fromReplica ==
          Uuid::fromString(QStringLiteral("01935a00-0000-7a1b-9c2d-3e4f50617283")));
    CHECK(items[0].fromReplicaName == QStringLiteral("Portable TP Chaumont"));
}
