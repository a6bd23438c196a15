#include "test_sync_engine_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/ChangeCapture.h"
#include "sync/SyncKey.h"
#include "sync/SyncLayout.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace passerelle;
using namespace passerelle::test;

namespace {
struct Write
{
    qint64 origin = -1;
    qint64 counter = 0;
    qint64 hlc = 0;
    bool alive = false;
};

QByteArray keyOf(const Uuid &id)
{
    QByteArray key;
    SyncKey::appendBlob(key, id.bytes().constData(), id.bytes().size());
    return key;
}

std::optional<Write> rowWrite(EngineReplica &r, const QString &table, const QByteArray &key)
{
    SqliteStatement q(r.handle(), "SELECT m.origin, m.counter, m.hlc, m.alive FROM local_sync_row m "
                                  "JOIN local_sync_table t ON t.idx = m.tbl WHERE t.name = ? AND m.pk = ?");
    q.bindText(1, table);
    q.bindBlob(2, key);
    if (!q.step())
        return std::nullopt;
    return Write{q.int64(0), q.int64(1), q.int64(2), q.int64(3) != 0};
}

QStringList cellUnits(EngineReplica &r, const QString &table, const QByteArray &key)
{
    const SyncLayout layout = SyncLayout::load(r.handle());
    const SyncTable *t = layout.find(table);
    SqliteStatement q(r.handle(), "SELECT unit FROM local_sync_cell WHERE tbl = ? AND pk = ? ORDER BY unit");
    q.bind(1, qint64(t->index));
    q.bindBlob(2, key);
    QStringList units;
    while (q.step())
        units.append(t->units[int(q.int64(0))].columns.join(QLatin1Char(',')));
    return units;
}
} // namespace

TEST_CASE("Capture: an insert records one row write under the transaction's dot")
{
    EngineReplica r;
    const Uuid programme = r.addOrganisationAndProgramme();
    const qint64 afterSetup = ChangeCapture::lastCounter(r.handle());
    Uuid a;
    Uuid b;
    {
        Transaction tx(r.handle());
        a = r.addIntervention(programme, QStringLiteral("Visite"));
        b = r.addIntervention(programme, QStringLiteral("Appel"));
        tx.commit();
    }
    const auto wa = rowWrite(r, QStringLiteral("intervention"), keyOf(a));
    const auto wb = rowWrite(r, QStringLiteral("intervention"), keyOf(b));
    REQUIRE(wa);
    REQUIRE(wb);
    CHECK(wa->origin == 0);
    CHECK(wa->alive);
    CHECK(wa->counter == afterSetup + 1);
    CHECK(wb->counter == wa->counter); // one transaction, one dot
    CHECK(wb->hlc == wa->hlc);
    CHECK(cellUnits(r, QStringLiteral("intervention"), keyOf(a)).isEmpty());

    const Uuid c = r.addIntervention(programme, QStringLiteral("Atelier"));
    const auto wc = rowWrite(r, QStringLiteral("intervention"), keyOf(c));
    CHECK(wc->counter == wa->counter + 1);
    CHECK(wc->hlc > wa->hlc);
    CHECK(ChangeCapture::lastCounter(r.handle()) == wc->counter);
}

TEST_CASE("Capture: an update records only the units whose value changed")
{
    EngineReplica r;
    const Uuid programme = r.addOrganisationAndProgramme();
    const Uuid a = r.addIntervention(programme, QStringLiteral("Visite"));
    r.clock.advanceMs(1000);
    r.setNote(a, QStringLiteral("Visite à domicile"));
    CHECK(cellUnits(r, QStringLiteral("intervention"), keyOf(a)) ==
          QStringList{QStringLiteral("note"), QStringLiteral("updated_at")});
    // Fields that must agree are one unit: changing the end date records start and end.
    r.exec(QStringLiteral("UPDATE programme SET end_date = '2026-12-31'"));
    CHECK(cellUnits(r, QStringLiteral("programme"), keyOf([&] {
              SqliteStatement q(r.handle(), "SELECT id FROM programme");
              q.step();
              return Uuid::fromBytes(q.blob(0));
          }())) == QStringList{QStringLiteral("start_date,end_date")});
    // Writing the same value again is no write.
    const qint64 before = ChangeCapture::lastCounter(r.handle());
    r.exec(QStringLiteral("UPDATE intervention SET note = note"));
    CHECK(ChangeCapture::lastCounter(r.handle()) == before);
}

TEST_CASE("Capture: the clock never goes back, even when the wall clock does")
{
    EngineReplica r;
    const Uuid programme = r.addOrganisationAndProgramme();
    const Uuid a = r.addIntervention(programme, QStringLiteral("Visite"));
    const qint64 first = rowWrite(r, QStringLiteral("intervention"), keyOf(a))->hlc;
    r.clock.advanceMs(-3 * 24 * 3600 * 1000LL);
    const Uuid b = r.addIntervention(programme, QStringLiteral("Appel"));
    CHECK(rowWrite(r, QStringLiteral("intervention"), keyOf(b))->hlc == first + 1);
}

TEST_CASE("Capture: deleting an entity leaves only a hashed tombstone; removing a link is a write")
{
    EngineReplica r;
    const Uuid programme = r.addOrganisationAndProgramme();
    const Uuid a = r.addIntervention(programme, QStringLiteral("Visite"));
    const Uuid w = r.addWorker();
    r.link(a, w);
    QByteArray linkKey = keyOf(a);
    SyncKey::appendBlob(linkKey, w.bytes().constData(), w.bytes().size());
    REQUIRE(rowWrite(r, QStringLiteral("intervention_worker"), linkKey)->alive);

    r.removeIntervention(a);
    const auto link = rowWrite(r, QStringLiteral("intervention_worker"), linkKey);
    REQUIRE(link);
    CHECK_FALSE(link->alive);
    CHECK_FALSE(rowWrite(r, QStringLiteral("intervention"), keyOf(a)));
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM sync_tombstone")) == 1);
    SqliteStatement t(r.handle(), "SELECT key_hash, table_name FROM sync_tombstone");
    REQUIRE(t.step());
    CHECK(t.blob(0) == SyncKey::hash(QStringLiteral("intervention"), keyOf(a)));
    CHECK(t.text(1) == QLatin1String("intervention"));
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM local_sync_tombstone")) == 1);
}

TEST_CASE("Capture: suspended writes and rolled back transactions record nothing")
{
    EngineReplica r;
    const Uuid programme = r.addOrganisationAndProgramme();
    const qint64 rows = r.count(QStringLiteral("SELECT count(*) FROM local_sync_row"));
    Uuid a;
    {
        CaptureSuspension off(r.handle());
        a = r.addIntervention(programme, QStringLiteral("Fusionnée"));
    }
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM local_sync_row")) == rows);
    const qint64 before = ChangeCapture::lastCounter(r.handle());
    {
        Transaction tx(r.handle());
        r.addIntervention(programme, QStringLiteral("Annulée"));
    }
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM local_sync_row")) == rows);
    CHECK(ChangeCapture::lastCounter(r.handle()) == before);
    r.addIntervention(programme, QStringLiteral("Gardée"));
    CHECK(ChangeCapture::lastCounter(r.handle()) == before + 1);
}

TEST_CASE("Capture: a connection without the sync functions cannot write a captured table")
{
    EngineReplica r;
    const Uuid programme = r.addOrganisationAndProgramme();
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(r.path.toUtf8().constData(), &raw) == SQLITE_OK);
    CHECK_THROWS_AS(execSql(raw, "UPDATE programme SET name = 'Autre'"), StorageError);
    sqlite3_close(raw);
}

TEST_CASE("Capture: fresh replicas share the shipped reference lists without exchanging them")
{
    EngineReplica a;
    EngineReplica b;
    const MergeReport report = exchange(a, b);
    CHECK(report.rowsInserted == 0);
    CHECK(report.rowsUpdated == 0);
    CHECK(report.conflictsRecorded == 0);
    CHECK(replicaState(a) == replicaState(b));
}
