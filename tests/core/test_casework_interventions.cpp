// InterventionRepository: round trip with case and worker links, timeline and agenda,
// setStatus, invariants 4 and 10, rollback.

#include "test_casework_fixtures.h"

#include "repositories/CaseRepository.h"
#include "repositories/InterventionRepository.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace passerelle;
using namespace passerelle::test;

namespace {
struct InterventionFixture : CaseworkFixture
{
    InterventionFixture()
    {
        CaseRepository cases(db(), clock);
        Case c;
        c.programmeId = programme;
        c.identifiedOn = QDate(2025, 1, 15);
        caseA = cases.create(c);
        caseB = cases.create(c);
        c.programmeId = otherProgramme;
        otherCase = cases.create(c);
    }

    Intervention visit(const QDate &date,
                       InterventionStatus status = InterventionStatus::Planned) const
    {
        Intervention i;
        i.programmeId = programme;
        i.date = date;
        i.status = status;
        i.channel = QStringLiteral("home_visit");
        i.interventionType = QStringLiteral("home_visit");
        i.durationMin = 60;
        i.caseIds = {caseA};
        i.workerIds = {peerWorker, professional};
        return i;
    }

    Uuid caseA, caseB, otherCase;
};

QList<Uuid> sorted(QList<Uuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

TEST_CASE("Intervention: create, find and update with case and worker links")
{
    InterventionFixture f;
    InterventionRepository repo(f.db(), f.clock);

    Intervention i = f.visit(QDate(2025, 6, 12), InterventionStatus::Done);
    i.startTime = QTime(14, 30);
    i.durationMin = 90;
    i.note = QStringLiteral("Désencombrement de la cuisine");
    const Uuid id = repo.create(i);

    auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->programmeId == f.programme);
    CHECK(found->date == QDate(2025, 6, 12));
    CHECK(found->startTime == QTime(14, 30));
    CHECK(found->status == InterventionStatus::Done);
    CHECK(found->channel == QLatin1String("home_visit"));
    CHECK(found->durationMin == 90);
    CHECK(found->note == QStringLiteral("Désencombrement de la cuisine"));
    CHECK(found->caseIds == QList<Uuid>{f.caseA});
    CHECK(found->workerIds == sorted({f.peerWorker, f.professional}));
    CHECK(textOf(f.db(), "SELECT start_time FROM intervention") == QLatin1String("14:30"));

    // Now for both cases of the household, by the peer worker alone, by phone, untimed.
    Intervention edited = *found;
    edited.caseIds = {f.caseA, f.caseB};
    edited.workerIds = {f.peerWorker};
    edited.channel = QStringLiteral("phone");
    edited.startTime = QTime();
    repo.update(edited);
    found = repo.find(id);
    CHECK(found->caseIds == sorted({f.caseA, f.caseB}));
    CHECK(found->workerIds == QList<Uuid>{f.peerWorker});
    CHECK(found->channel == QLatin1String("phone"));
    CHECK_FALSE(found->startTime.isValid());
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM intervention_worker") == 1);

    // An intervention for no case at all (e.g. a partner contact) is allowed.
    Intervention partnerContact = f.visit(QDate(2025, 6, 13));
    partnerContact.caseIds.clear();
    partnerContact.interventionType = QStringLiteral("partner_contact");
    const Uuid contact = repo.create(partnerContact);
    CHECK(repo.find(contact)->caseIds.isEmpty());

    requireRefused(
        f.db(),
        [&] {
            Intervention ghost = edited;
            ghost.id = Uuid::createV7();
            repo.update(ghost);
        },
        QStringLiteral("id"));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Intervention: timeline of a case and agenda of a worker")
{
    InterventionFixture f;
    InterventionRepository repo(f.db(), f.clock);
    Intervention i = f.visit(QDate(2025, 6, 3), InterventionStatus::Done);
    const Uuid june3 = repo.create(i);
    i = f.visit(QDate(2025, 5, 20), InterventionStatus::Done);
    i.startTime = QTime(16, 0);
    const Uuid may20late = repo.create(i);
    i.startTime = QTime(9, 0);
    const Uuid may20early = repo.create(i);
    i = f.visit(QDate(2025, 7, 8)); // planned, next month
    i.workerIds = {f.professional};
    const Uuid july8 = repo.create(i);
    i = f.visit(QDate(2025, 6, 4), InterventionStatus::Done);
    i.caseIds = {f.caseB};
    const Uuid otherCase = repo.create(i);

    QList<Uuid> timeline;
    for (const Intervention &x : repo.listForCase(f.caseA))
        timeline.append(x.id);
    CHECK(timeline == QList<Uuid>{may20early, may20late, june3, july8});

    QList<Uuid> agenda;
    for (const Intervention &x :
         repo.listForWorker(f.peerWorker, QDate(2025, 6, 1), QDate(2025, 6, 30)))
        agenda.append(x.id);
    CHECK(agenda == QList<Uuid>{june3, otherCase});
    CHECK(repo.listForWorker(f.professional, QDate(2025, 7, 1), QDate(2025, 7, 31)).size() == 1);
    CHECK(repo.listForWorker(f.peerWorker, QDate(), QDate()).size() == 4); // open bounds
    CHECK(repo.listForProgramme(f.programme, QDate(2025, 6, 1), QDate()).size() == 3);

    repo.archive(june3);
    CHECK(repo.listForCase(f.caseA).size() == 3);
    CHECK(repo.listForCase(f.caseA, true).size() == 4);
    CHECK(repo.listForWorker(f.peerWorker, QDate(2025, 6, 1), QDate(2025, 6, 30)).size() == 1);
    repo.restore(june3);
    CHECK(repo.listForCase(f.caseA).size() == 4);
}

TEST_CASE("Intervention setStatus: done needs a duration above zero and a past date (invariant 4)")
{
    InterventionFixture f;
    InterventionRepository repo(f.db(), f.clock);
    Intervention i = f.visit(QDate(2025, 6, 20));
    i.durationMin = 0; // planned without an expected length
    const Uuid id = repo.create(i);

    const ValidationError e = requireRefused(
        f.db(), [&] { repo.setStatus(id, InterventionStatus::Done); },
        QStringLiteral("duration_min"));
    CHECK(e.reason().contains(QStringLiteral("durée")));
    requireRefused(
        f.db(), [&] { repo.setStatus(id, InterventionStatus::Done, 0); },
        QStringLiteral("duration_min"));
    requireRefused(
        f.db(), [&] { repo.setStatus(id, InterventionStatus::Done, 1441); },
        QStringLiteral("duration_min"));

    // Marked done with the time spent, in one action.
    f.clock.advanceMs(1000);
    repo.setStatus(id, InterventionStatus::Done, 75);
    auto found = repo.find(id);
    CHECK(found->status == InterventionStatus::Done);
    CHECK(found->durationMin == 75);
    CHECK(found->updatedAt == f.clock.now());

    // Back to planned, then missed: no duration needed.
    repo.setStatus(id, InterventionStatus::Missed);
    CHECK(repo.find(id)->status == InterventionStatus::Missed);
    repo.setStatus(id, InterventionStatus::Cancelled);
    CHECK(repo.find(id)->status == InterventionStatus::Cancelled);

    // A future intervention cannot be done yet (today is 2025-06-30).
    const Uuid next = repo.create(f.visit(QDate(2025, 7, 2)));
    requireRefused(
        f.db(), [&] { repo.setStatus(next, InterventionStatus::Done, 30); },
        QStringLiteral("date"));
    requireRefused(
        f.db(), [&] { repo.setStatus(Uuid::createV7(), InterventionStatus::Missed); },
        QStringLiteral("id"));

    // The same rule when the whole record is saved.
    Intervention done = f.visit(QDate(2025, 6, 2), InterventionStatus::Done);
    done.durationMin = 0;
    requireRefused(
        f.db(), [&] { repo.create(done); }, QStringLiteral("duration_min"));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Intervention invariant 10 and references: cases of its programme, known codes")
{
    InterventionFixture f;
    InterventionRepository repo(f.db(), f.clock);

    Intervention i = f.visit(QDate(2025, 6, 2));
    i.caseIds = {f.caseA, f.otherCase};
    const ValidationError e = requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("intervention_case.case_id"));
    CHECK(e.reason().contains(QStringLiteral("EM-2025-0001")));

    // Moving an intervention to another programme is refused while its cases stay behind.
    const Uuid id = repo.create(f.visit(QDate(2025, 6, 2)));
    Intervention moved = *repo.find(id);
    moved.programmeId = f.otherProgramme;
    requireRefused(
        f.db(), [&] { repo.update(moved); }, QStringLiteral("intervention_case.case_id"));

    i = f.visit(QDate(2025, 6, 2));
    i.caseIds = {Uuid::createV7()};
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("intervention_case.case_id"));
    i = f.visit(QDate(2025, 6, 2));
    i.caseIds = {f.caseA, f.caseA};
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("intervention_case.case_id"));
    i = f.visit(QDate(2025, 6, 2));
    i.workerIds = {Uuid::createV7()};
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("intervention_worker.worker_id"));
    i = f.visit(QDate(2025, 6, 2));
    i.channel = QStringLiteral("telepathy");
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("channel"));
    i = f.visit(QDate(2025, 6, 2));
    i.interventionType = QStringLiteral("magic");
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("intervention_type"));
    i = f.visit(QDate(2025, 6, 2));
    i.programmeId = Uuid::createV7();
    i.caseIds.clear();
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("programme_id"));
    i = f.visit(QDate());
    requireRefused(
        f.db(), [&] { repo.create(i); }, QStringLiteral("date"));
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM intervention") == 1);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Intervention: an error in a link row rolls the intervention back")
{
    InterventionFixture f;
    InterventionRepository repo(f.db(), f.clock);
    execSql(f.db().handle(), "CREATE TEMP TRIGGER fail_worker BEFORE INSERT ON intervention_worker "
                             "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const QByteArray before = contentHash(f.db());
    CHECK_THROWS_AS(repo.create(f.visit(QDate(2025, 6, 2))), StorageError);
    CHECK(contentHash(f.db()) == before);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM intervention") == 0);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM intervention_case") == 0);
}
