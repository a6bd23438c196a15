#include "test_sync_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/ChangeCapture.h"
#include "sync/ConflictResolution.h"
#include "sync/PeerDirectory.h"
#include "sync/SyncEngine.h"
#include "sync/SyncOverview.h"
#include "util/Errors.h"

#include <QBuffer>
#include <QSet>

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// An office and a laptop paired, each with its own clock (the laptop's a minute ahead, so
// that its concurrent writes win), one intervention known to both. The clocks are set
// after the files were created under the system clock, so they lie ahead of it: hybrid
// clocks never go back.
struct TwoReplicas
{
    TwoReplicas()
        // Two full replicas: the conflict log travels between them. (A worker laptop holds a
        // scope and sends only its own writes; see test_sync_scope.cpp.)
        : office(ReplicaRole::Office), laptop(ReplicaRole::Office),
          officeClock(QDateTime(QDate(2030, 6, 30), QTime(9, 0), Qt::UTC)),
          laptopClock(QDateTime(QDate(2030, 6, 30), QTime(9, 1), Qt::UTC))
    {
        office.pairWith(laptop);
        ChangeCapture::setClock(office.db().handle(), &officeClock);
        ChangeCapture::setClock(laptop.db().handle(), &laptopClock);
        sqlite3 *db = office.db().handle();
        Transaction tx(db);
        SqliteStatement o(db, "INSERT INTO organisation(id, name, created_at, updated_at) "
                              "VALUES (?, 'UDAF 52', 1, 1)");
        o.bindBlob(1, org.bytes());
        o.execute();
        SqliteStatement p(db, "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                              "updated_at) VALUES (?, ?, 'PA', 'Pair-aidance', 1, 1)");
        p.bindBlob(1, programme.bytes());
        p.bindBlob(2, org.bytes());
        p.execute();
        SqliteStatement i(db, "INSERT INTO intervention(id, programme_id, date, status, channel, "
                              "intervention_type, duration_min, note, created_at, updated_at) "
                              "VALUES (?, ?, '2025-06-30', 'done', (SELECT min(code) FROM "
                              "ref_channel), (SELECT min(code) FROM ref_intervention_type), 45, "
                              "'Visite à domicile', 1, 1)");
        i.bindBlob(1, intervention.bytes());
        i.bindBlob(2, programme.bytes());
        i.execute();
        tx.commit();
        send(office, laptop);
    }
    ~TwoReplicas()
    {
        ChangeCapture::setClock(office.db().handle(), nullptr);
        ChangeCapture::setClock(laptop.db().handle(), nullptr);
    }

    // A real bundle: change set, signature, encryption, verification, merge.
    SyncImport send(SyncReplica &from, SyncReplica &to)
    {
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        SyncEngine(from.db(), *from.keys).exportTo(to.keys->replicaId(), out);
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        SyncImport result = SyncEngine(to.db(), *to.keys).import(in);
        REQUIRE(result.read.isVerified());
        return result;
    }

    void setNote(SyncReplica &replica, const QString &note)
    {
        SqliteStatement q(replica.db().handle(), "UPDATE intervention SET note = ? WHERE id = ?");
        q.bindText(1, note);
        q.bindBlob(2, intervention.bytes());
        q.execute();
    }
    QString note(SyncReplica &replica)
    {
        SqliteStatement q(replica.db().handle(), "SELECT note FROM intervention WHERE id = ?");
        q.bindBlob(1, intervention.bytes());
        REQUIRE(q.step());
        return q.text(0);
    }
    QList<SyncConflict> conflicts(SyncReplica &replica)
    {
        return SyncEngine(replica.db(), *replica.keys).conflicts();
    }

    // Both edit the note offline, then exchange both ways: the laptop's value wins, the
    // office's is logged on both.
    void concurrentNotes()
    {
        setNote(office, QStringLiteral("RDV CMP confirmé, accompagnement prévu"));
        setNote(laptop, QStringLiteral("RDV CMP reporté, relancer le secrétariat"));
        send(laptop, office);
        send(office, laptop);
        REQUIRE(conflicts(office).size() == 1);
        REQUIRE(conflicts(laptop).size() == 1);
        REQUIRE(conflicts(office).first().id == conflicts(laptop).first().id);
        REQUIRE(note(office) == QStringLiteral("RDV CMP reporté, relancer le secrétariat"));
    }

    SyncReplica office;
    SyncReplica laptop;
    FixedClock officeClock;
    FixedClock laptopClock;
    Uuid org = Uuid::createV7();
    Uuid programme = Uuid::createV7();
    Uuid intervention = Uuid::createV7();
};

} // namespace

TEST_CASE("Conflict resolution: using the other value replicates the value and the decision",
          "[conflict-resolution]")
{
    TwoReplicas r;
    r.concurrentNotes();
    const SyncConflict logged = r.conflicts(r.office).first();
    CHECK(logged.loserValue == QStringLiteral("'RDV CMP confirmé, accompagnement prévu'"));

    r.officeClock.advanceMs(60 * 1000);
    ConflictResolution(r.office.db(), r.officeClock).resolve(logged.id, ConflictDecision::UseOther);
    CHECK(r.note(r.office) == QStringLiteral("RDV CMP confirmé, accompagnement prévu"));
    CHECK(r.conflicts(r.office).isEmpty());

    const SyncImport arrived = r.send(r.office, r.laptop);
    CHECK(arrived.merge.conflictsClosed == 1);
    CHECK(arrived.merge.conflictsRecorded == 0);
    CHECK(r.note(r.laptop) == QStringLiteral("RDV CMP confirmé, accompagnement prévu"));
    CHECK(r.conflicts(r.laptop).isEmpty());

    // Nothing comes back and nothing is lost: another round leaves both alike.
    r.send(r.laptop, r.office);
    CHECK(r.conflicts(r.office).isEmpty());
    CHECK(contentHash(r.office.db()) == contentHash(r.laptop.db()));

    // Decided once: a second decision on the same conflict is refused, naming it.
    try {
        ConflictResolution(r.office.db()).resolve(logged.id, ConflictDecision::KeepCurrent);
        FAIL("a conflict no longer logged was decided again");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("conflict"));
    }
}

TEST_CASE("Conflict resolution: keeping the current value leaves the list on every replica",
          "[conflict-resolution]")
{
    TwoReplicas r;
    r.concurrentNotes();
    const QByteArray before = contentHash(r.laptop.db());
    const QByteArray id = r.conflicts(r.laptop).first().id;

    ConflictResolution(r.laptop.db(), r.laptopClock).resolve(id, ConflictDecision::KeepCurrent);
    CHECK(r.conflicts(r.laptop).isEmpty());
    CHECK(contentHash(r.laptop.db()) == before); // no value changed

    const SyncImport arrived = r.send(r.laptop, r.office);
    CHECK(arrived.merge.conflictsClosed == 1);
    CHECK(r.conflicts(r.office).isEmpty());
    CHECK(r.note(r.office) == QStringLiteral("RDV CMP reporté, relancer le secrétariat"));
    r.send(r.office, r.laptop);
    CHECK(r.conflicts(r.laptop).isEmpty());
    CHECK(contentHash(r.office.db()) == contentHash(r.laptop.db()));
}

TEST_CASE("Conflict resolution: a decision met by a later concurrent edit is a new conflict, "
          "not a silent loss",
          "[conflict-resolution]")
{
    TwoReplicas r;
    r.concurrentNotes();
    const QByteArray id = r.conflicts(r.office).first().id;
    r.officeClock.advanceMs(60 * 1000);
    ConflictResolution(r.office.db(), r.officeClock).resolve(id, ConflictDecision::UseOther);
    // Meanwhile, before receiving the decision, the laptop edits the note once more.
    r.laptopClock.advanceMs(5 * 60 * 1000);
    r.setNote(r.laptop, QStringLiteral("Secrétariat relancé, RDV le 3 juillet"));
    r.send(r.office, r.laptop);
    r.send(r.laptop, r.office);
    // The old conflict is closed everywhere; the two new writes were concurrent, so one
    // wins (the higher hybrid clock) and the other is logged on both sides.
    const QList<SyncConflict> office = r.conflicts(r.office);
    const QList<SyncConflict> laptop = r.conflicts(r.laptop);
    REQUIRE(office.size() == 1);
    REQUIRE(laptop.size() == 1);
    CHECK(office.first().id != id);
    CHECK(office.first().id == laptop.first().id);
    const QSet<QString> both{office.first().loserValue, office.first().currentValue};
    CHECK(both == QSet<QString>{QStringLiteral("'RDV CMP confirmé, accompagnement prévu'"),
                                QStringLiteral("'Secrétariat relancé, RDV le 3 juillet'")});
    CHECK(QStringLiteral("'%1'").arg(r.note(r.office)) == office.first().currentValue);
    CHECK(contentHash(r.office.db()) == contentHash(r.laptop.db()));
}

TEST_CASE("Conflict resolution: a value a CHECK now refuses is refused naming its column",
          "[conflict-resolution]")
{
    TwoReplicas r;
    sqlite3 *office = r.office.db().handle();
    SqliteStatement o(office, "UPDATE intervention SET duration_min = 30 WHERE id = ?");
    o.bindBlob(1, r.intervention.bytes());
    o.execute();
    SqliteStatement l(r.laptop.db().handle(),
                      "UPDATE intervention SET duration_min = 90 WHERE id = ?");
    l.bindBlob(1, r.intervention.bytes());
    l.execute();
    r.send(r.laptop, r.office);
    const QList<SyncConflict> logged = r.conflicts(r.office);
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().columns == QStringLiteral("duration_min"));
    // A loser value that no longer fits the schema (as if a rule tightened since).
    SqliteStatement corrupt(office, "UPDATE sync_conflict SET loser_value = '-5'");
    corrupt.execute();
    try {
        ConflictResolution(r.office.db()).resolve(logged.first().id, ConflictDecision::UseOther);
        FAIL("a refused value was written");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("duration_min"));
    }
    CHECK(r.conflicts(r.office).size() == 1); // nothing half-done: still to decide
}

TEST_CASE("Conflict resolution: logged values read back as the values they quote",
          "[conflict-resolution]")
{
    const auto values =
        ConflictResolution::parseLiterals(u"'a, b', NULL, -12, 2.5, X'00FF', 'l''été'");
    REQUIRE(values);
    REQUIRE(values->size() == 6);
    CHECK(values->at(0).toString() == QStringLiteral("a, b"));
    CHECK(values->at(1).isNull());
    CHECK(values->at(2).toLongLong() == -12);
    CHECK(values->at(3).toDouble() == 2.5);
    CHECK(values->at(4).toByteArray() == QByteArray("\x00\xff", 2));
    CHECK(values->at(5).toString() == QStringLiteral("l'été"));
    CHECK_FALSE(ConflictResolution::parseLiterals(u"'unterminated"));
    CHECK_FALSE(ConflictResolution::parseLiterals(u"12 13"));
    CHECK_FALSE(ConflictResolution::parseLiterals(u""));
}

TEST_CASE("Sync overview: a conflict in words, its record named by case number, never a name",
          "[conflict-resolution]")
{
    TwoReplicas r;
    {
        sqlite3 *db = r.office.db().handle();
        Transaction tx(db);
        const Uuid caseId = Uuid::createV7();
        SqliteStatement c(db,
                          "INSERT INTO case_file(id, programme_id, number, status, "
                          "identified_on, created_at, updated_at) VALUES (?, ?, 'PA-2025-0017', "
                          "'identified', '2025-03-04', 1, 1)");
        c.bindBlob(1, caseId.bytes());
        c.bindBlob(2, r.programme.bytes());
        c.execute();
        SqliteStatement link(db, "INSERT INTO intervention_case(intervention_id, case_id) VALUES "
                                 "(?, ?)");
        link.bindBlob(1, r.intervention.bytes());
        link.bindBlob(2, caseId.bytes());
        link.execute();
        tx.commit();
        r.send(r.office, r.laptop);
    }
    PeerDirectory(r.laptop.db()).pair(r.office.asPeer(QStringLiteral("Bureau UDAF 52")));
    r.concurrentNotes();

    const QList<SyncConflictRow> onLaptop = SyncOverview(r.laptop.db()).conflicts(false);
    REQUIRE(onLaptop.size() == 1);
    const SyncConflictRow &c = onLaptop.first();
    CHECK(c.tableLabel == QStringLiteral("Intervention"));
    CHECK(c.record == QStringLiteral("PA-2025-0017"));
    CHECK(c.fieldLabel == QStringLiteral("Note"));
    CHECK(c.currentValue == QStringLiteral("RDV CMP reporté, relancer le secrétariat"));
    CHECK(c.otherValue == QStringLiteral("RDV CMP confirmé, accompagnement prévu"));
    CHECK(c.otherReplicaName == QStringLiteral("Bureau UDAF 52"));
    CHECK(c.otherAt == r.officeClock.now());
    CHECK(c.currentReplicaName == QStringLiteral("cet appareil"));
    CHECK(c.currentAt == r.laptopClock.now());
    CHECK_FALSE(c.sameAsCurrent);
    CHECK(SyncOverview(r.office.db()).conflicts(false).first().otherReplicaName ==
          QStringLiteral("cet appareil"));
    CHECK(SyncOverview(r.laptop.db()).pendingConflicts() == 1);

    CHECK(SyncOverview::valueText(QStringLiteral("NULL, '2025-07-08', 45")) ==
          QStringLiteral("(vide) ; 08/07/2025 ; 45"));
    CHECK(SyncOverview::fieldLabel(QStringLiteral("status,closed_on,close_reason")) ==
          QStringLiteral("Statut, Clôturée le, Motif de clôture"));
}

namespace {

// A worker linked to the intervention on both replicas; then the office removes the link
// while the laptop, unaware, removes it and makes it again: concurrent writes of the link's
// existence. The later one wins (`removalWins`: the office's clock is moved ahead).
struct LinkConflict
{
    explicit LinkConflict(bool removalWins)
    {
        SqliteStatement w(r.office.db().handle(),
                          "INSERT INTO worker(id, organisation_id, code, display_name, role, "
                          "created_at, updated_at) VALUES (?, ?, 'TP-03', 'Travailleur pair', "
                          "'peer_worker', 1, 1)");
        w.bindBlob(1, worker.bytes());
        w.bindBlob(2, r.org.bytes());
        w.execute();
        exec(r.office, kLink);
        r.send(r.office, r.laptop);
        if (removalWins)
            r.officeClock.advanceMs(10 * 60 * 1000);
        exec(r.office, kUnlink);
        exec(r.laptop, kUnlink);
        exec(r.laptop, kLink);
        r.send(r.laptop, r.office);
        r.send(r.office, r.laptop);
    }

    void exec(SyncReplica &replica, const char *sql)
    {
        SqliteStatement q(replica.db().handle(), sql);
        q.bindBlob(1, r.intervention.bytes());
        q.bindBlob(2, worker.bytes());
        q.execute();
    }
    bool linked(SyncReplica &replica)
    {
        SqliteStatement q(replica.db().handle(), "SELECT count(*) FROM intervention_worker "
                                                 "WHERE intervention_id = ? AND worker_id = ?");
        q.bindBlob(1, r.intervention.bytes());
        q.bindBlob(2, worker.bytes());
        return q.step() && q.int64(0) == 1;
    }
    // Another round both ways changes nothing, and both replicas agree.
    void settle()
    {
        r.send(r.laptop, r.office);
        r.send(r.office, r.laptop);
        CHECK(r.conflicts(r.office).isEmpty());
        CHECK(r.conflicts(r.laptop).isEmpty());
        CHECK(contentHash(r.office.db()) == contentHash(r.laptop.db()));
    }

    static constexpr const char *kLink =
        "INSERT INTO intervention_worker(intervention_id, worker_id) VALUES (?, ?)";
    static constexpr const char *kUnlink =
        "DELETE FROM intervention_worker WHERE intervention_id = ? AND worker_id = ?";
    TwoReplicas r;
    Uuid worker = Uuid::createV7();
};

} // namespace

TEST_CASE("Conflict resolution: a link re-made on one side while removed on the other",
          "[conflict-resolution]")
{
    LinkConflict l(false);
    REQUIRE(l.r.conflicts(l.r.office).size() == 1);
    const SyncConflict c = l.r.conflicts(l.r.office).first();
    CHECK(c.columns == QStringLiteral("*"));
    CHECK(c.loserValue == QStringLiteral("0")); // the removal lost: the link is there
    CHECK(l.linked(l.r.office));

    SECTION("the removal is chosen after all")
    {
        ConflictResolution(l.r.office.db()).resolve(c.id, ConflictDecision::UseOther);
        CHECK(l.r.conflicts(l.r.office).isEmpty());
        CHECK_FALSE(l.linked(l.r.office));
        l.r.send(l.r.office, l.r.laptop);
        CHECK_FALSE(l.linked(l.r.laptop));
    }
    SECTION("the link is kept")
    {
        ConflictResolution(l.r.laptop.db()).resolve(c.id, ConflictDecision::KeepCurrent);
        CHECK(l.r.conflicts(l.r.laptop).isEmpty());
        l.r.send(l.r.laptop, l.r.office);
        CHECK(l.linked(l.r.office));
        CHECK(l.linked(l.r.laptop));
    }
    l.settle();
}

TEST_CASE("Conflict resolution: a link whose removal won can be made again from its key",
          "[conflict-resolution]")
{
    LinkConflict l(true);
    REQUIRE(l.r.conflicts(l.r.laptop).size() == 1);
    const SyncConflict c = l.r.conflicts(l.r.laptop).first();
    CHECK(c.loserValue == QStringLiteral("1"));
    CHECK_FALSE(l.linked(l.r.laptop));
    ConflictResolution(l.r.laptop.db()).resolve(c.id, ConflictDecision::UseOther);
    CHECK(l.linked(l.r.laptop));
    l.r.send(l.r.laptop, l.r.office);
    CHECK(l.linked(l.r.office));
    l.settle();
}
