#include "test_sync_engine_fixtures.h"
#include "test_sync_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/ChangeCapture.h"
#include "sync/SyncEngine.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// Both ways until neither has anything new: what a final full round does.
void converge(EngineReplica &a, EngineReplica &b)
{
    exchange(a, b);
    exchange(b, a);
    exchange(a, b);
}

struct Conflict
{
    QString column;
    QString loserValue;
    Uuid loser;
};

QList<Conflict> conflicts(EngineReplica &r)
{
    QList<Conflict> out;
    SqliteStatement q(r.handle(), "SELECT column_name, loser_value, loser_replica FROM sync_conflict "
                                  "ORDER BY column_name, loser_value");
    while (q.step())
        out.append({q.text(0), q.text(1), Uuid::fromBytes(q.blob(2))});
    return out;
}
} // namespace

TEST_CASE("Merge: rows written on one replica arrive whole on the other")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"), 45);
    const MergeReport report = exchange(a, b);
    CHECK(report.rowsInserted == 3);
    CHECK(b.note(i) == QStringLiteral("Visite"));
    CHECK(b.duration(i) == 45);
    CHECK(replicaState(a) == replicaState(b));
    // Nothing comes back: b's knowledge now covers a's writes.
    const MergeReport back = exchange(b, a);
    CHECK(back.rowsInserted + back.rowsUpdated == 0);
}

TEST_CASE("Merge: concurrent edits of one field keep the later one and log the other")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"));
    exchange(a, b);
    a.clock.advanceMs(60'000);
    b.clock.advanceMs(120'000);
    a.setNote(i, QStringLiteral("Note du bureau"));
    b.setNote(i, QStringLiteral("Note du portable"));
    converge(a, b);
    CHECK(a.note(i) == QStringLiteral("Note du portable"));
    CHECK(b.note(i) == QStringLiteral("Note du portable"));
    const QList<Conflict> logged = conflicts(a);
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].column == QLatin1String("note"));
    CHECK(logged[0].loserValue == QLatin1String("'Note du bureau'"));
    CHECK(logged[0].loser == a.id());
    CHECK(replicaState(a) == replicaState(b));
}

TEST_CASE("Merge: an edit made after receiving the other one wins without conflict, whatever the clocks")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"));
    a.clock.advanceMs(3 * 24 * 3600 * 1000LL); // a's clock is three days ahead
    a.setNote(i, QStringLiteral("Première"));
    exchange(a, b);
    b.setNote(i, QStringLiteral("Corrigée")); // b saw a's note: a correction, not a conflict
    converge(a, b);
    CHECK(a.note(i) == QStringLiteral("Corrigée"));
    CHECK(conflicts(a).isEmpty());
    CHECK(conflicts(b).isEmpty());
    CHECK(replicaState(a) == replicaState(b));
}

TEST_CASE("Merge: concurrent edits of different fields are both kept")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"), 30);
    exchange(a, b);
    a.setNote(i, QStringLiteral("Note"));
    b.setDuration(i, 90);
    converge(a, b);
    CHECK(a.note(i) == QStringLiteral("Note"));
    CHECK(a.duration(i) == 90);
    CHECK(conflicts(a).isEmpty()); // updated_at is bookkeeping, never a conflict
    CHECK(replicaState(a) == replicaState(b));
}

TEST_CASE("Merge: a conflict closes when someone who received both writes the field again")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"));
    exchange(a, b);
    a.setNote(i, QStringLiteral("A"));
    b.clock.advanceMs(1000);
    b.setNote(i, QStringLiteral("B"));
    converge(a, b);
    REQUIRE(conflicts(a).size() == 1);
    a.clock.advanceMs(5000);
    a.setNote(i, QStringLiteral("A et B")); // the coordinator's decision
    CHECK(conflicts(a).isEmpty());
    converge(a, b);
    CHECK(conflicts(b).isEmpty());
    CHECK(b.note(i) == QStringLiteral("A et B"));
    CHECK(replicaState(a) == replicaState(b));
}

TEST_CASE("Merge: a deleted entity never comes back, even from a replica that edited it meanwhile")
{
    EngineReplica a;
    EngineReplica b;
    EngineReplica c;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Erreur de saisie"));
    exchange(a, b);
    exchange(a, c);
    const InFlight old = snapshot(a, c); // nothing new yet, kept to be replayed later
    b.setNote(i, QStringLiteral("Modifiée hors ligne"));
    a.removeIntervention(i);
    converge(a, b);
    converge(b, c);
    converge(a, c);
    deliver(old, c);
    for (EngineReplica *r : {&a, &b, &c}) {
        CHECK_FALSE(r->note(i).has_value());
        CHECK(r->count(QStringLiteral("SELECT count(*) FROM sync_tombstone")) == 1);
    }
    CHECK(replicaState(a) == replicaState(b));
    CHECK(replicaState(a) == replicaState(c));
}

TEST_CASE("Merge: a link to a row deleted elsewhere goes to the review queue, not into the data")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"));
    const Uuid w = a.addWorker();
    converge(a, b);
    b.link(i, w);           // the laptop records who went
    a.removeIntervention(i); // the office deletes the intervention
    const MergeReport atOffice = exchange(b, a);
    CHECK(atOffice.reviewed == 1);
    const MergeReport atLaptop = exchange(a, b);
    CHECK(atLaptop.reviewed == 1);
    for (EngineReplica *r : {&a, &b}) {
        CHECK(r->count(QStringLiteral("SELECT count(*) FROM intervention_worker")) == 0);
        CHECK(r->count(QStringLiteral("SELECT count(*) FROM local_sync_review")) == 1);
    }
    CHECK(replicaState(a) == replicaState(b));
    SqliteStatement fk(a.handle(), "PRAGMA foreign_key_check");
    CHECK_FALSE(fk.step());
}

TEST_CASE("Merge: a stale copy of a causal context relayed by a third replica does not undo it")
{
    // x's context can grow between two of its own writes (each merge raises it); a copy
    // taken before the last raise, relayed by r, must not shrink it again: x's removal of
    // the link had seen a's insertion of it, on every replica, whatever arrives last.
    EngineReplica a;
    EngineReplica x;
    EngineReplica r;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"));
    const Uuid w = a.addWorker();
    exchange(a, x);
    x.setNote(i, QStringLiteral("Notée sur le portable"));
    a.setDuration(i, 45);
    exchange(a, x); // x's context now covers a's duration
    exchange(x, a); // a holds that context (x may still raise it)
    exchange(a, r); // and passes it on to r, who has never heard from x
    a.link(i, w);
    exchange(a, x); // x's context now covers the link too
    x.unlink(i, w); // a removal that had seen the insertion: no conflict
    exchange(r, x); // r relays x's own, older context back to x
    exchange(x, a);
    exchange(r, a); // and to a, after x's newer copy
    converge(a, x);
    converge(a, r);
    converge(x, r);
    for (EngineReplica *n : {&a, &x, &r}) {
        CHECK(conflicts(*n).isEmpty());
        CHECK(n->count(QStringLiteral("SELECT count(*) FROM intervention_worker")) == 0);
    }
    CHECK(replicaState(a) == replicaState(x));
    CHECK(replicaState(a) == replicaState(r));
}

TEST_CASE("Merge: once an intervention is deleted, no replica keeps conflicts about its links")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    const Uuid i = a.addIntervention(programme, QStringLiteral("Visite"));
    const Uuid w = a.addWorker();
    converge(a, b);
    b.link(i, w); // the laptop records who went
    a.clock.advanceMs(60'000);
    a.link(i, w); // the office too, then takes it back, later
    a.unlink(i, w);
    exchange(b, a);
    REQUIRE(conflicts(a).size() == 1); // b's link lost to a's removal
    a.removeIntervention(i); // the link is gone already: only the intervention is deleted
    CHECK(conflicts(a).isEmpty());
    exchange(a, b); // b still had the link: it goes to the review queue
    converge(a, b);
    for (EngineReplica *r : {&a, &b}) {
        CHECK(conflicts(*r).isEmpty());
        CHECK(r->count(QStringLiteral("SELECT count(*) FROM intervention_worker")) == 0);
    }
    CHECK(replicaState(a) == replicaState(b));
}

TEST_CASE("Merge: applying the same change set twice changes nothing the second time")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    a.addIntervention(programme, QStringLiteral("Visite"));
    const InFlight message = snapshot(a, b);
    deliver(message, b);
    const QByteArray once = fullHash(b.db());
    const MergeReport again = deliver(message, b);
    CHECK(again.rowsInserted + again.rowsUpdated + again.rowsRemoved == 0);
    CHECK(again.alreadyKnown > 0);
    CHECK(replicaState(b) == replicaState(a));
    CHECK(fullHash(b.db()).size() == once.size());
}

TEST_CASE("Merge: a change set that skips dots this replica lacks is refused whole")
{
    EngineReplica a;
    EngineReplica b;
    const Uuid programme = a.addOrganisationAndProgramme();
    a.addIntervention(programme, QStringLiteral("Visite"));
    InFlight message = snapshot(a, b);
    DotRange &range = message.header.ranges[a.id()];
    range.first += 1;
    const QByteArray before = replicaState(b);
    CHECK_THROWS_AS(deliver(message, b), ValidationError);
    CHECK(replicaState(b) == before);
}

TEST_CASE("Merge: bundles carry change sets end to end, and a replayed bundle is a no-op")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop(ReplicaRole::Laptop);
    office.pairWith(laptop);
    const Uuid org = Uuid::createV7();
    {
        SqliteStatement o(office.db().handle(), "INSERT INTO organisation(id, name, created_at, "
                                                "updated_at) VALUES (?, 'UDAF 52', 1, 1)");
        o.bindBlob(1, org.bytes());
        o.execute();
    }
    const SyncEngine officeEngine(office.db(), *office.keys);
    const SyncEngine laptopEngine(laptop.db(), *laptop.keys);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    const SyncExport exported = officeEngine.exportTo(laptop.keys->replicaId(), out);
    CHECK(exported.rowChanges >= 1); // the shipped reference lists travel too (known there)
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const SyncImport imported = laptopEngine.import(in);
    REQUIRE(imported.read.isVerified());
    CHECK(imported.merge.rowsInserted == 1);
    CHECK(contentHash(office.db()) == contentHash(laptop.db()));

    const QByteArray before = fullHash(laptop.db());
    QBuffer again(&bytes);
    again.open(QIODevice::ReadOnly);
    CHECK(laptopEngine.import(again).read.isNoOp());
    CHECK(fullHash(laptop.db()) == before);
    // The laptop's answer acknowledges what it holds: nothing goes back to the office.
    QByteArray reply;
    QBuffer replyOut(&reply);
    replyOut.open(QIODevice::WriteOnly);
    laptopEngine.exportTo(office.keys->replicaId(), replyOut);
    QBuffer replyIn(&reply);
    replyIn.open(QIODevice::ReadOnly);
    REQUIRE(officeEngine.import(replyIn).read.isVerified());
    CHECK(officeEngine.status().value(0).pendingDots == 0);
}
