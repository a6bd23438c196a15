// A first sync fills tables from empty: the merge sets their plain indexes aside and builds
// them again at the end (MergeIndexDeferral), and applies rows while later records are
// still being decoded (MergeRecordStream). What must hold: the indexes come back exactly
// as the schema declares them, a refused row is still set aside alone, and a change set
// that fails midway leaves the database, indexes included, as it was.

#include "test_sync_engine_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/ChangeMerger.h"
#include "sync/ChangeRecord.h"
#include "sync/MergeIndexDeferral.h"
#include "sync/MergeRecordStream.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// More interventions than a table needs to have its indexes set aside.
constexpr int kInterventions = int(MergeIndexDeferral::kDeferFrom) + 300;

QList<qsizetype> interventionRecords(const QList<QByteArray> &records)
{
    return rowRecords(records, QStringLiteral("intervention"));
}

Uuid fill(EngineReplica &a)
{
    const Uuid programme = a.addOrganisationAndProgramme();
    Transaction tx(a.handle());
    for (int i = 0; i < kInterventions; ++i)
        a.addIntervention(programme, QStringLiteral("Visite %1").arg(i), 15 + i % 90);
    tx.commit();
    return programme;
}
} // namespace

TEST_CASE("Merge: a table filled from empty gets its indexes back as declared", "[sync][merge]")
{
    EngineReplica a;
    EngineReplica b;
    fill(a);
    REQUIRE(kInterventions >= MergeRecordStream::kThreadFrom); // decoded on a second thread
    const QStringList before = schemaIndexes(b.db());

    InFlight message = snapshot(a, b);
    const QList<qsizetype> rows = interventionRecords(message.records);
    REQUIRE(rows.size() == kInterventions);
    // One row a CHECK refuses, well past the point where the indexes were set aside.
    const qsizetype refusedAt = rows[kInterventions - 10];
    setInRecord(message.records[refusedAt], QStringLiteral("duration_min"),
                QVariant(qint64(5000))); // CHECK: at most 1 440

    const MergeReport report = deliver(message, b);

    CHECK(report.indexesRebuilt >= 2); // intervention_date, intervention_programme_date
    CHECK(report.reviewed == 1);
    CHECK(report.rowsInserted >= kInterventions - 1);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM intervention")) == kInterventions - 1);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM local_sync_review WHERE reason LIKE "
                                 "'%duration_min%'")) == 1);
    CHECK(schemaIndexes(b.db()) == before);
    CHECK(integrityCheck(b.db()) == QLatin1String("ok"));
    // The rebuilt index answers for every row (integrity_check compares them too).
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM intervention INDEXED BY intervention_date "
                                 "WHERE date = '2025-06-30'")) == kInterventions - 1);
    // Everything but the refused row arrived: the two replicas then converge.
    exchange(b, a);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM intervention")) == kInterventions);
}

TEST_CASE("Merge: a change set that fails after the indexes were set aside changes nothing",
          "[sync][merge]")
{
    EngineReplica a;
    EngineReplica b;
    fill(a);
    const QStringList before = schemaIndexes(b.db());
    const QByteArray hashBefore = replicaState(b);

    InFlight message = snapshot(a, b);
    const QList<qsizetype> rows = interventionRecords(message.records);
    REQUIRE(rows.size() == kInterventions);
    // A row sent again out of key order makes the merge write what it holds (the indexes
    // go aside then); the unreadable record after it fails the merge.
    message.records.insert(rows.last() + 1, message.records[rows[10]]);
    message.records.insert(rows.last() + 2, QByteArray("\xff\x00\x13", 3));

    REQUIRE_THROWS_AS(deliver(message, b), ValidationError);
    CHECK(schemaIndexes(b.db()) == before);
    CHECK(replicaState(b) == hashBefore);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM intervention")) == 0);
    CHECK(integrityCheck(b.db()) == QLatin1String("ok"));

    // The same change set without the bad record then merges whole.
    message.records.removeAt(rows.last() + 2);
    const MergeReport report = deliver(message, b);
    CHECK(report.indexesRebuilt >= 2);
    CHECK(schemaIndexes(b.db()) == before);
    CHECK(replicaState(a) == replicaState(b));
}

TEST_CASE("Merge: a record that a row depends on, placed after the rows, is refused",
          "[sync][merge]")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    for (int i = 0; i < 5; ++i)
        a.addIntervention(programme, QStringLiteral("Visite %1").arg(i));
    const QByteArray hashBefore = replicaState(b);

    InFlight message = snapshot(a, b);
    // Rows are merged as they come: a deletion listed after them would come too late.
    TombstoneChange late;
    late.table = QStringLiteral("intervention");
    late.keyHash = QByteArray(16, '\x01');
    late.dot = ChangeDot{0, 1, 1};
    message.records.append(ChangeRecordCodec::encode(late));

    try {
        deliver(message, b);
        FAIL("the change set was accepted");
    } catch (const ValidationError &e) {
        CHECK(e.message().contains(QStringLiteral("après les lignes")));
    }
    CHECK(replicaState(b) == hashBefore);
}
