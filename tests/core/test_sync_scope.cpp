#include "test_sync_engine_fixtures.h"
#include "test_sync_pairing_fixtures.h"
#include "test_sync_scope_fixtures.h"

#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "sync/ChangeRecord.h"
#include "sync/PeerScopeLedger.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScope.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// An office with two peer workers, a case each, and an intervention linked to no case.
struct ScopeOffice
{
    ScopeOffice()
    {
        programme = office.addOrganisationAndProgramme();
        camille = office.addWorker();
        dominique = office.addWorker();
        ofCamille = addCase(office, programme, camille, QStringLiteral("PA-2025-0001"));
        ofDominique = addCase(office, programme, dominique, QStringLiteral("PA-2025-0002"));
        unlinked = office.addIntervention(programme, QStringLiteral("Réunion partenaires"));
    }

    bool laptopMatches(EngineReplica &laptop, const Uuid &worker)
    {
        return projectedContent(laptop) ==
               projectedContent(office, SyncScope::ofWorker(office.handle(), worker));
    }

    EngineReplica office;
    Uuid programme, camille, dominique, unlinked;
    ScopeCase ofCamille, ofDominique;
};

bool holdsCase(EngineReplica &r, const ScopeCase &c)
{
    return has(r, "case_file", c.caseId) && has(r, "household", c.household) &&
           has(r, "person", c.person) && has(r, "intervention", c.intervention) &&
           has(r, "assessment", c.assessment) && has(r, "case_status_change", c.statusChange);
}

bool holdsNothingOf(EngineReplica &r, const ScopeCase &c)
{
    const QByteArray id = c.caseId.bytes().toHex();
    return !has(r, "case_file", c.caseId) && !has(r, "household", c.household) &&
           !has(r, "person", c.person) && !has(r, "intervention", c.intervention) &&
           !has(r, "assessment", c.assessment) && !has(r, "case_status_change", c.statusChange) &&
           r.count(QStringLiteral("SELECT (SELECT count(*) FROM case_worker WHERE hex(case_id) = "
                                  "upper('%1')) + (SELECT count(*) FROM case_person WHERE "
                                  "hex(case_id) = upper('%1')) + (SELECT count(*) FROM "
                                  "intervention_case WHERE hex(case_id) = upper('%1'))")
                       .arg(QString::fromLatin1(id))) == 0;
}
} // namespace

TEST_CASE("Sync scope: every table with a foreign key to a case-bound table is case-bound")
{
    EngineReplica r;
    for (const TableInfo &t : Schema::replicatedTables(r.handle()))
        for (const ForeignKeyInfo &fk : t.foreignKeys)
            if (SyncScope::isCaseBound(fk.parentTable)) {
                INFO(t.name.toStdString() << " → " << fk.parentTable.toStdString());
                CHECK(SyncScope::isCaseBound(t.name));
            }
}

TEST_CASE("Sync scope: a laptop receives the shared data and only its worker's cases")
{
    ScopeOffice o;
    EngineReplica laptop;
    const InFlight m = scopedSnapshot(o.office, laptop, o.camille);
    // The change set says which cases the laptop keeps.
    bool sawScope = false;
    for (const QByteArray &r : m.records)
        if (const auto rec = ChangeRecordCodec::decode(r))
            if (const auto *s = std::get_if<ScopeChange>(&*rec)) {
                sawScope = true;
                CHECK(s->cases == QList<QByteArray>{o.ofCamille.caseId.bytes()});
            }
    CHECK(sawScope);
    const MergeReport report = deliver(m, laptop);
    CHECK(report.reviewed == 0);
    CHECK_FALSE(report.scopeDrift);

    CHECK(holdsCase(laptop, o.ofCamille));
    CHECK(holdsNothingOf(laptop, o.ofDominique));
    CHECK(has(laptop, "intervention", o.unlinked));
    CHECK(has(laptop, "worker", o.dominique));
    CHECK(has(laptop, "programme", o.programme));
    CHECK(o.laptopMatches(laptop, o.camille));
    CHECK(laptop.count(QStringLiteral("PRAGMA foreign_key_check")) == -1);
}

TEST_CASE("Sync scope: a case assigned to the laptop's worker arrives whole in the next bundle")
{
    ScopeOffice o;
    EngineReplica laptop;
    exchangeScoped(o.office, laptop, o.camille);
    REQUIRE(holdsNothingOf(laptop, o.ofDominique));

    // Dominique's case was written before the first exchange: the laptop's version
    // vector covers every write of it, yet it must arrive whole.
    assign(o.office, o.ofDominique.caseId, o.camille);
    const MergeReport report = exchangeScoped(o.office, laptop, o.camille);
    CHECK(report.reviewed == 0);
    CHECK_FALSE(report.scopeDrift);
    CHECK(holdsCase(laptop, o.ofDominique));
    CHECK(o.laptopMatches(laptop, o.camille));

    // Nothing new: the next bundle ships nothing again.
    const MergeReport again = exchangeScoped(o.office, laptop, o.camille);
    CHECK(again.rowsInserted == 0);
    CHECK(again.rowsUpdated == 0);
    CHECK(o.laptopMatches(laptop, o.camille));
}

TEST_CASE("Sync scope: an unassigned case is evicted from the laptop and stays intact on the "
          "office and a second office PC")
{
    ScopeOffice o;
    EngineReplica laptop, secondPc;
    exchangeScoped(o.office, laptop, o.camille);
    exchange(o.office, secondPc);
    REQUIRE(holdsCase(laptop, o.ofCamille));
    const qint64 laptopTombstones =
        laptop.count(QStringLiteral("SELECT count(*) FROM sync_tombstone"));

    unassign(o.office, o.ofCamille.caseId, o.camille);
    const MergeReport report = exchangeScoped(o.office, laptop, o.camille);
    CHECK(report.casesEvicted == 1);
    CHECK(report.evictionsDeferred == 0);
    CHECK_FALSE(report.scopeDrift);
    CHECK(holdsNothingOf(laptop, o.ofCamille));
    CHECK(laptop.count(QStringLiteral("SELECT count(*) FROM sync_tombstone")) == laptopTombstones);
    CHECK(laptop.count(QStringLiteral("SELECT count(*) FROM local_sync_row r JOIN "
                                      "local_sync_table t ON t.idx = r.tbl WHERE t.name = "
                                      "'case_file'")) == 0);
    CHECK(has(laptop, "intervention", o.unlinked));
    CHECK(o.laptopMatches(laptop, o.camille));

    // The laptop's next bundle deletes nothing anywhere.
    laptop.clock.advanceMs(60'000);
    exchangeFromLaptop(laptop, o.office);
    exchange(o.office, secondPc);
    exchangeFromLaptop(laptop, secondPc);
    CHECK(holdsCase(o.office, o.ofCamille));
    CHECK(holdsCase(secondPc, o.ofCamille));
    CHECK(replicaState(o.office) == replicaState(secondPc));
}

TEST_CASE("Sync scope: the laptop's edits of its cases reach the office")
{
    ScopeOffice o;
    EngineReplica laptop;
    exchangeScoped(o.office, laptop, o.camille);

    laptop.clock.advanceMs(3'600'000);
    laptop.setNote(o.ofCamille.intervention, QStringLiteral("Accompagnement CMP"));
    const Uuid visit = laptop.addIntervention(o.programme, QStringLiteral("Visite"), 60);
    laptop.exec(QStringLiteral("INSERT INTO intervention_case(intervention_id, case_id) VALUES "
                               "(x'%1', x'%2')")
                    .arg(QString::fromLatin1(visit.bytes().toHex()),
                         QString::fromLatin1(o.ofCamille.caseId.bytes().toHex())));
    const MergeReport report = exchangeFromLaptop(laptop, o.office);
    CHECK(report.reviewed == 0);
    CHECK(o.office.note(o.ofCamille.intervention) == QStringLiteral("Accompagnement CMP"));
    CHECK(has(o.office, "intervention", visit));

    exchangeScoped(o.office, laptop, o.camille);
    CHECK(o.laptopMatches(laptop, o.camille));
}

TEST_CASE("Sync scope: a reassigned case moves from one laptop to the other")
{
    ScopeOffice o;
    EngineReplica first, second;
    exchangeScoped(o.office, first, o.camille);
    exchangeScoped(o.office, second, o.dominique);
    REQUIRE(holdsCase(first, o.ofCamille));
    REQUIRE(holdsNothingOf(second, o.ofCamille));

    unassign(o.office, o.ofCamille.caseId, o.camille);
    assign(o.office, o.ofCamille.caseId, o.dominique);
    exchangeScoped(o.office, first, o.camille);
    exchangeScoped(o.office, second, o.dominique);
    CHECK(holdsNothingOf(first, o.ofCamille));
    CHECK(holdsCase(second, o.ofCamille));
    CHECK(holdsCase(second, o.ofDominique));
    CHECK(o.laptopMatches(first, o.camille));
    CHECK(o.laptopMatches(second, o.dominique));

    // Back again: the first laptop receives the case whole once more.
    unassign(o.office, o.ofCamille.caseId, o.dominique);
    assign(o.office, o.ofCamille.caseId, o.camille);
    exchangeScoped(o.office, first, o.camille);
    exchangeScoped(o.office, second, o.dominique);
    CHECK(holdsCase(first, o.ofCamille));
    CHECK(holdsNothingOf(second, o.ofCamille));
    CHECK(o.laptopMatches(first, o.camille));
    CHECK(o.laptopMatches(second, o.dominique));
}

TEST_CASE("Sync scope: a case with laptop edits the office has not received is kept until they "
          "reach it, then evicted")
{
    ScopeOffice o;
    EngineReplica laptop;
    exchangeScoped(o.office, laptop, o.camille);

    laptop.clock.advanceMs(60'000);
    laptop.setNote(o.ofCamille.intervention, QStringLiteral("Écrit hors ligne"));
    unassign(o.office, o.ofCamille.caseId, o.camille);
    const MergeReport early = exchangeScoped(o.office, laptop, o.camille);
    CHECK(early.casesEvicted == 0);
    CHECK(early.evictionsDeferred == 1);
    // Kept, but stale: left out of the laptop's scope hash until it arrives whole again.
    CHECK(SyncScope::stale(laptop.handle()) == QList<QByteArray>{o.ofCamille.caseId.bytes()});
    CHECK_FALSE(early.scopeDrift);
    CHECK(holdsCase(laptop, o.ofCamille));

    exchangeFromLaptop(laptop, o.office);
    CHECK(o.office.note(o.ofCamille.intervention) == QStringLiteral("Écrit hors ligne"));
    const MergeReport late = exchangeScoped(o.office, laptop, o.camille);
    CHECK(late.casesEvicted == 1);
    CHECK_FALSE(late.scopeDrift);
    CHECK(SyncScope::stale(laptop.handle()).isEmpty());
    CHECK(holdsNothingOf(laptop, o.ofCamille));
    CHECK(o.laptopMatches(laptop, o.camille));
}

namespace {
// A case of the paired office, assigned to `worker` when given.
Uuid addPairedCase(PairingReplica &r, const Uuid &programme, const QString &number,
                   std::optional<Uuid> worker)
{
    const Uuid id = Uuid::createV7();
    SqliteStatement c(r.db().handle(),
                      "INSERT INTO case_file(id, programme_id, number, status, identified_on, "
                      "created_at, updated_at) VALUES (?, ?, ?, 'identified', '2025-06-01', 1, 1)");
    c.bindBlob(1, id.bytes());
    c.bindBlob(2, programme.bytes());
    c.bindText(3, number);
    c.execute();
    if (worker) {
        SqliteStatement w(r.db().handle(),
                          "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on) "
                          "VALUES (?, ?, 'peer', '2025-06-01')");
        w.bindBlob(1, id.bytes());
        w.bindBlob(2, worker->bytes());
        w.execute();
    }
    return id;
}

bool holds(PairingReplica &r, const Uuid &caseId)
{
    SqliteStatement q(r.db().handle(), "SELECT 1 FROM case_file WHERE id = ?");
    q.bindBlob(1, caseId.bytes());
    return q.step();
}

} // namespace

TEST_CASE("Sync scope: the engine sends a paired laptop its worker's cases and re-scopes when "
          "the laptop reports other cases than the ones sent")
{
    PairingReplica office, laptop;
    office.addOrganisation();
    office.pair(laptop, ReplicaRole::Laptop);
    const Uuid programme = Uuid::createV7();
    SqliteStatement p(office.db().handle(),
                      "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                      "updated_at) VALUES (?, ?, 'PA', 'Pair-aidance', 1, 1)");
    p.bindBlob(1, programme.bytes());
    p.bindBlob(2, office.organisation.bytes());
    p.execute();
    const Uuid mine = addPairedCase(office, programme, QStringLiteral("PA-1"), office.peerWorker);
    const Uuid other = addPairedCase(office, programme, QStringLiteral("PA-2"), std::nullopt);

    SyncExport sent;
    const SyncImport first = carry(office, laptop, &sent);
    REQUIRE(first.read.isVerified());
    CHECK(sent.header.scopeHash == SyncScope::hashOf({mine.bytes()}));
    CHECK_FALSE(first.merge.scopeDrift);
    CHECK(holds(laptop, mine));
    CHECK_FALSE(holds(laptop, other));
    CHECK(PeerScopeLedger(office.db().handle()).sent(laptop.id()) ==
          QList<QByteArray>{mine.bytes()});

    // The bundle shipping the newly assigned case is lost on the way.
    SqliteStatement w(office.db().handle(),
                      "INSERT INTO case_worker(case_id, worker_id, pair_role, assigned_on) "
                      "VALUES (?, ?, 'peer', '2025-06-02')");
    w.bindBlob(1, other.bytes());
    w.bindBlob(2, office.peerWorker.bytes());
    w.execute();
    QBuffer lost;
    lost.open(QIODevice::WriteOnly);
    SyncEngine(office.db(), *office.keys, office.clock).exportTo(laptop.id(), lost);

    // The laptop says what it holds; the office sees the difference and ships the case again.
    SyncExport fromLaptop;
    REQUIRE(carry(laptop, office, &fromLaptop).read.isVerified());
    CHECK(fromLaptop.header.scopeHash == SyncScope::hashOf({mine.bytes()}));
    CHECK(PeerScopeLedger(office.db().handle()).sent(laptop.id()).isEmpty());
    const SyncImport again = carry(office, laptop);
    REQUIRE(again.read.isVerified());
    CHECK(holds(laptop, other));
    CHECK(holds(laptop, mine));
    CHECK_FALSE(again.merge.scopeDrift);
}
