#include "test_sync_fixtures.h"
#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/ReviewQueue.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace passerelle;
using namespace passerelle::test;

namespace {
void exec(Database &db, const char *sql)
{
    SqliteStatement(db.handle(), sql).execute();
}

// What the office has not sent `to` yet, a minute later on both clocks.
SyncImport carryLater(PairingReplica &from, PairingReplica &to)
{
    from.clock.advanceMs(60 * 1000);
    to.clock.advanceMs(60 * 1000);
    return carry(from, to);
}

// A row set aside as ChangeMerger writes it (reason, values as JSON with hex blobs).
void setAside(Database &db, const QString &table, const QString &keyHex, const QString &reason,
              const QString &values, qint64 atMs)
{
    SqliteStatement q(db.handle(), "INSERT INTO local_sync_review(table_name, row_key, reason, "
                                   "row_values, detected_at) VALUES (?, ?, ?, ?, ?)");
    q.bindText(1, table);
    q.bindText(2, keyHex);
    q.bindText(3, reason);
    q.bindText(4, values);
    q.bind(5, atMs);
    q.execute();
}
} // namespace

TEST_CASE("Review queue: a link to an intervention deleted at the office is listed, with the "
          "laptop that sent it, and can be marked treated once")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop);
    const Uuid visit = office.addIntervention();
    REQUIRE(carryLater(office, laptop).read.isVerified());

    // The laptop records who went; meanwhile the office deletes the intervention.
    SqliteStatement link(
        laptop.db().handle(),
        "INSERT INTO intervention_worker(intervention_id, worker_id) VALUES (?, ?)");
    link.bindBlob(1, visit.bytes());
    link.bindBlob(2, office.peerWorker.bytes());
    link.execute();
    SqliteStatement remove(office.db().handle(), "DELETE FROM intervention WHERE id = ?");
    remove.bindBlob(1, visit.bytes());
    remove.execute();

    const SyncImport merged = carryLater(laptop, office);
    REQUIRE(merged.read.isVerified());
    REQUIRE(merged.merge.reviewed == 1);

    ReviewQueue queue(office.db(), office.clock);
    const QList<ReviewItem> items = queue.items(false);
    REQUIRE(items.size() == 1);
    const ReviewItem &item = items.first();
    CHECK(item.table == QStringLiteral("intervention_worker"));
    CHECK(item.tableLabel == QStringLiteral("Intervenant d'une intervention"));
    CHECK(item.reason.contains(QStringLiteral("intervention_id")));
    CHECK(item.detectedAt == office.clock.now());
    CHECK(item.fromReplica == laptop.id());
    CHECK(item.fromReplicaName == QStringLiteral("Portable de test"));
    CHECK(item.caseId.isNull());
    CHECK_FALSE(item.caseHere);
    CHECK_FALSE(item.record.isEmpty());
    CHECK_FALSE(item.isTreated());
    CHECK(queue.pendingCount() == 1);

    office.clock.advanceMs(5 * 60 * 1000);
    queue.markTreated(item.id);
    CHECK(queue.pendingCount() == 0);
    CHECK(queue.items(false).isEmpty());
    const QList<ReviewItem> all = queue.items(true);
    REQUIRE(all.size() == 1);
    CHECK(all.first().treatedAt == office.clock.now());

    // Twice, or an id that is not in the queue: refused, naming the field, nothing written.
    for (const qint64 id : {item.id, item.id + 100}) {
        const QByteArray before = fullHash(office.db());
        try {
            queue.markTreated(id);
            FAIL("marked " << id);
        } catch (const ValidationError &e) {
            CHECK(e.field() == QStringLiteral("id"));
        }
        CHECK(fullHash(office.db()) == before);
    }
}

TEST_CASE("Review queue: rows name their case by number and people by code, never by name")
{
    TempDatabase temp;
    Database &db = *temp.db;
    exec(db, "INSERT INTO organisation(id, name, created_at, updated_at) "
             "VALUES (x'0190000000007000800000000000000a', 'UDAF 52', 1, 1)");
    exec(db, "INSERT INTO programme(id, organisation_id, code, name, created_at, updated_at) "
             "VALUES (x'0190000000007000800000000000000b', x'0190000000007000800000000000000a', "
             "'PA', 'Pair-aidance', 1, 1)");
    exec(db, "INSERT INTO case_file(id, programme_id, number, status, identified_on, created_at, "
             "updated_at) VALUES (x'0190000000007000800000000000000c', "
             "x'0190000000007000800000000000000b', 'PA-2025-0017', 'identified', '2025-01-10', "
             "1, 1)");
    // Two senders: the first bundle alone at 1 000, two at once at 3 000.
    exec(db, "INSERT INTO sync_applied_bundle(bundle_id, sender_id, applied_at) VALUES "
             "(x'01900000000070008000000000000101', x'01900000000070008000000000000aaa', 1000), "
             "(x'01900000000070008000000000000102', x'01900000000070008000000000000aaa', 3000), "
             "(x'01900000000070008000000000000103', x'01900000000070008000000000000bbb', 3000)");

    // A status change of the case held here; a case the office deleted; a person (whose
    // values carry names that must not be shown); a row of another table.
    setAside(db, QStringLiteral("case_status_change"), QStringLiteral("62AA"),
             QStringLiteral("CHECK constraint failed: to_status"),
             QStringLiteral(R"({"case_id":"0190000000007000800000000000000c","reason":"Dupont"})"),
             1500);
    setAside(db, QStringLiteral("case_file"), QStringLiteral("6201"),
             QStringLiteral("ligne incomplète"),
             QStringLiteral(R"({"number":"PA-2024-0003","status":"closed"})"), 3000);
    setAside(db, QStringLiteral("person"), QStringLiteral("62BB"), QStringLiteral("household_id"),
             QStringLiteral(R"({"code":"P-0042","first_name":"Marie","last_name":"Dupont"})"),
             3500);
    setAside(db, QStringLiteral("ref_channel"), QStringLiteral("74414243444546474849"),
             QStringLiteral("table inconnue"), QString(), 500);

    const QList<ReviewItem> items = ReviewQueue(db).items(false);
    REQUIRE(items.size() == 4);
    // Newest first.
    CHECK(items[0].table == QStringLiteral("person"));
    CHECK(items[0].record == QStringLiteral("P-0042"));
    CHECK(items[1].table == QStringLiteral("case_file"));
    CHECK(items[1].record == QStringLiteral("PA-2024-0003"));
    CHECK_FALSE(items[1].caseHere);
    CHECK(items[2].record == QStringLiteral("PA-2025-0017"));
    CHECK(items[2].caseHere);
    CHECK(items[2].caseId.toString().endsWith(QStringLiteral("00c")));
    CHECK(items[3].record.startsWith(QStringLiteral("clé ")));
    for (const ReviewItem &i : items)
        for (const QString &shown : {i.record, i.reason, i.fromReplicaName, i.tableLabel}) {
            CHECK_FALSE(shown.contains(QStringLiteral("Marie")));
            CHECK_FALSE(shown.contains(QStringLiteral("Dupont")));
        }
    // The sender of the bundle applied just before; nobody when two share that instant, or
    // when nothing was applied yet.
    CHECK(items[2].fromReplica.toString().endsWith(QStringLiteral("aaa")));
    CHECK(items[1].fromReplica.isNull());
    CHECK(items[0].fromReplica.isNull());
    CHECK(items[3].fromReplica.isNull());
    CHECK(items[3].fromReplicaName == QStringLiteral("inconnu"));
}
