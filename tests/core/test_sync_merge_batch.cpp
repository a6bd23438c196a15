// Rows new to a replica are written many to a statement (MergeWriteBatch). What must not
// change with that: a row a constraint refuses is set aside alone, and a key met twice in
// one change set is merged as if each record were written on its own.

#include "test_sync_engine_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/ChangeRecord.h"
#include "sync/MergeWriteBatch.h"
#include "sync/SyncKey.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QByteArray keyOf(const Uuid &id)
{
    QByteArray key;
    const QByteArray bytes = id.bytes();
    SyncKey::appendBlob(key, bytes.constData(), bytes.size());
    return key;
}

qint64 metadataRows(EngineReplica &r, const QByteArray &key)
{
    SqliteStatement q(r.handle(), "SELECT count(*) FROM local_sync_row WHERE pk = ?");
    q.bindBlob(1, key);
    REQUIRE(q.step());
    return q.int64(0);
}

// Positions, in the change set, of the intervention rows.
QList<qsizetype> interventionRecords(const QList<QByteArray> &records)
{
    return rowRecords(records, QStringLiteral("intervention"));
}

// A duration the CHECK refuses (at most 1 440 minutes), as a buggy sender could send it.
QByteArray refuseDuration(QByteArray &record)
{
    return setInRecord(record, QStringLiteral("duration_min"), QVariant(qint64(5000)));
}
} // namespace

TEST_CASE("Merge: new rows go many to a statement; a row a CHECK refuses is set aside alone",
          "[sync][merge]")
{
    EngineReplica a;
    EngineReplica b;
    EngineReplica untouched;
    const Uuid programme = a.addOrganisationAndProgramme();
    // More than two full statements, and a remainder written by halves.
    const int count = int(MergeWriteBatch::kRowsPerStatement) * 2 + 45;
    for (int i = 0; i < count; ++i)
        a.addIntervention(programme, QStringLiteral("Visite %1").arg(i), 30 + i % 60);

    InFlight message = snapshot(a, b);
    const QList<qsizetype> rows = interventionRecords(message.records);
    REQUIRE(rows.size() == count);
    // The first row of a statement, one in the middle, the very last one.
    const QList<qsizetype> refused = {rows[0], rows[100], rows[count - 1]};
    QSet<QByteArray> refusedKeys;
    for (const qsizetype at : refused)
        refusedKeys.insert(refuseDuration(message.records[at]));

    const MergeReport whole = exchange(a, untouched);
    const MergeReport report = deliver(message, b);

    CHECK(report.reviewed == 3);
    CHECK(report.rowsInserted == whole.rowsInserted - 3);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM intervention")) == count - 3);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM local_sync_review WHERE table_name = "
                                 "'intervention' AND reason LIKE '%duration_min%'")) == 3);
    for (const QByteArray &key : std::as_const(refusedKeys)) {
        CHECK(metadataRows(b, key) == 0); // as if never received: nothing claims it is here
        CHECK(b.count(QStringLiteral("SELECT count(*) FROM local_sync_review WHERE row_key = '%1'")
                          .arg(QString::fromLatin1(key.toHex().toUpper()))) == 1);
    }
    // Every other row arrived whole, with its metadata.
    SqliteStatement ids(a.handle(), "SELECT id FROM intervention ORDER BY id");
    int arrived = 0;
    while (ids.step()) {
        const Uuid id = Uuid::fromBytes(ids.blob(0));
        if (refusedKeys.contains(keyOf(id)))
            continue;
        REQUIRE(b.note(id) == a.note(id));
        REQUIRE(b.duration(id) == a.duration(id));
        REQUIRE(metadataRows(b, keyOf(id)) == 1);
        ++arrived;
    }
    CHECK(arrived == count - 3);
    CHECK(integrityCheck(b.db()) == QLatin1String("ok"));
}

TEST_CASE("Merge: a key met twice in one change set is merged as written the first time",
          "[sync][merge]")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    for (int i = 0; i < 10; ++i)
        a.addIntervention(programme, QStringLiteral("Visite %1").arg(i));

    InFlight message = snapshot(a, b);
    const QList<qsizetype> rows = interventionRecords(message.records);
    REQUIRE(rows.size() == 10);
    // A relayed copy of a record already in the set (a sender may send a row twice): the
    // second one finds the row the first one wrote, still in the pending statement.
    message.records.insert(rows[6], message.records[rows[3]]);
    const MergeReport report = deliver(message, b);

    CHECK(report.reviewed == 0);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM local_sync_review")) == 0);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM intervention")) == 10);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM sync_conflict")) == 0);
    CHECK(replicaState(a) == replicaState(b));
}

namespace {
// The sync metadata this replica holds about a row's fields: each field's last write, by
// its counter (origins are numbered per replica).
QStringList cellsOf(EngineReplica &r, const QByteArray &key)
{
    SqliteStatement q(r.handle(), "SELECT unit || ':' || counter FROM local_sync_cell "
                                  "WHERE pk = ? ORDER BY unit");
    q.bindBlob(1, key);
    QStringList out;
    while (q.step())
        out.append(q.text(0));
    return out;
}
} // namespace

TEST_CASE("Merge: held rows take new values many to a statement; an update a CHECK refuses "
          "is set aside alone and the row kept as it was",
          "[sync][merge]")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const int count = int(MergeWriteBatch::kRowsPerStatement) * 2 + 45;
    QList<Uuid> ids;
    for (int i = 0; i < count; ++i)
        ids.append(a.addIntervention(programme, QStringLiteral("Visite %1").arg(i), 30));
    exchange(a, b);
    for (int i = 0; i < count; ++i)
        a.setDuration(ids[i], 31 + i % 60);

    InFlight message = snapshot(a, b);
    const QList<qsizetype> rows = interventionRecords(message.records);
    REQUIRE(rows.size() == count);
    const QList<qsizetype> refused = {rows[0], rows[100], rows[count - 1]};
    QHash<QByteArray, QStringList> cellsBefore;
    for (const qsizetype at : refused) {
        const QByteArray key = refuseDuration(message.records[at]);
        cellsBefore.insert(key, cellsOf(b, key));
    }

    const MergeReport report = deliver(message, b);

    CHECK(report.reviewed == 3);
    CHECK(report.rowsUpdated == count - 3);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM local_sync_review WHERE table_name = "
                                 "'intervention' AND reason LIKE '%duration_min%'")) == 3);
    int updated = 0;
    for (const Uuid &id : std::as_const(ids)) {
        const QByteArray key = keyOf(id);
        if (cellsBefore.contains(key)) {
            // Held as it was: its value, and what this replica knows of its writes.
            CHECK(b.duration(id) == 30);
            CHECK(cellsOf(b, key) == cellsBefore.value(key));
            continue;
        }
        REQUIRE(b.duration(id) == a.duration(id));
        REQUIRE(cellsOf(b, key) == cellsOf(a, key)); // settled once written
        REQUIRE_FALSE(cellsOf(b, key).isEmpty());
        ++updated;
    }
    CHECK(updated == count - 3);
    CHECK(integrityCheck(b.db()) == QLatin1String("ok"));
}
