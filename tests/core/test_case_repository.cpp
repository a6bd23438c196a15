// CaseRepository: round trips, numbering, child lists, invariants 5 and 6, what update may not
// change, and rollback of a half-written case.

#include "test_casework_fixtures.h"

#include "domain/Case.h"
#include "repositories/AssessmentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/HouseholdRepository.h"
#include "repositories/PersonRepository.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {
Case newCase(const CaseworkFixture &f, const QDate &identifiedOn = QDate(2025, 3, 1))
{
    Case c;
    c.programmeId = f.programme;
    c.identifiedOn = identifiedOn;
    return c;
}

Uuid newPerson(Database &db, const Clock &clock)
{
    return PersonRepository(db, clock).create(Person{});
}
} // namespace

TEST_CASE("Case: create, find, update and archive round trip with child lists")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid main = newPerson(f.db(), f.clock);
    const Uuid child = newPerson(f.db(), f.clock);
    const Uuid household = HouseholdRepository(f.db(), f.clock).create(Household{});

    Case c = newCase(f);
    c.householdId = household;
    c.referralPartnerId = f.landlord;
    c.referralDate = QDate(2025, 2, 20);
    c.referralReason = QStringLiteral("Impayés et incurie signalés par le bailleur");
    c.needsPerson = QStringLiteral("Garder son logement");
    c.needsProfessional = QStringLiteral("Reprise des soins");
    c.persons = {{main, CasePersonRole::Main}, {child, CasePersonRole::Member}};
    c.workers = {{f.peerWorker, PairRole::Peer, QDate(2025, 3, 2), {}},
                 {f.professional, PairRole::Professional, QDate(2025, 3, 2), {}}};
    c.partners = {{f.gpPartner, QStringLiteral("Médecin traitant"), QDate(2025, 3, 10)}};
    c.problems = {QStringLiteral("rent_arrears"), QStringLiteral("self_neglect")};
    const Uuid id = repo.create(c);

    auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->number == QLatin1String("PA-2025-0001"));
    CHECK(found->status == CaseStatus::Identified);
    CHECK(found->identifiedOn == QDate(2025, 3, 1));
    CHECK(found->householdId == household);
    CHECK(found->referralPartnerId == f.landlord);
    CHECK(found->referralDate == QDate(2025, 2, 20));
    CHECK(found->referralReason == c.referralReason);
    CHECK(found->needsPerson == c.needsPerson);
    CHECK(found->needsProfessional == c.needsProfessional);
    REQUIRE(found->persons.size() == 2);
    CHECK(found->persons[0].personId == main); // the main person comes first
    CHECK(found->persons[0].role == CasePersonRole::Main);
    CHECK(found->workers.size() == 2);
    REQUIRE(found->partners.size() == 1);
    CHECK(found->partners[0].role == QStringLiteral("Médecin traitant"));
    CHECK(found->partners[0].mobilisedOn == QDate(2025, 3, 10));
    CHECK(found->problems ==
          QStringList{QStringLiteral("rent_arrears"), QStringLiteral("self_neglect")});
    CHECK(found->createdAt == f.clock.now());
    CHECK(invariantViolations(f.db()).isEmpty());

    // Update: the professional leaves, the coordinator takes the professional seat, a problem
    // is added, the GP is replaced by the landlord, the child is no longer part of the case.
    f.clock.advanceMs(60'000);
    Case edited = *found;
    edited.notes = QStringLiteral("Visite conjointe prévue");
    edited.workers[1].unassignedOn = QDate(2025, 5, 31);
    edited.workers.append({f.coordinator, PairRole::Professional, QDate(2025, 6, 1), {}});
    edited.partners = {{f.landlord, QStringLiteral("Bailleur"), QDate(2025, 4, 2)}};
    edited.problems.append(QStringLiteral("isolation"));
    edited.persons.removeLast();
    repo.update(edited);

    found = repo.find(id);
    REQUIRE(found);
    CHECK(found->notes == QStringLiteral("Visite conjointe prévue"));
    CHECK(found->workers.size() == 3);
    CHECK(found->persons.size() == 1);
    REQUIRE(found->partners.size() == 1);
    CHECK(found->partners[0].partnerId == f.landlord);
    CHECK(found->problems.size() == 3);
    CHECK(found->updatedAt == f.clock.now());
    CHECK(found->createdAt != found->updatedAt);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM case_worker WHERE unassigned_on = '2025-05-31'") ==
          1);

    // Saving the same case again changes no child row.
    const QByteArray childRows = textOf(f.db(), "SELECT group_concat(hex(case_id) || worker_id || "
                                                "pair_role || assigned_on || ifnull(unassigned_on, "
                                                "'-'), ';') FROM case_worker")
                                     .toUtf8();
    repo.update(*found);
    CHECK(textOf(f.db(), "SELECT group_concat(hex(case_id) || worker_id || pair_role || "
                         "assigned_on || ifnull(unassigned_on, '-'), ';') FROM case_worker")
              .toUtf8() == childRows);

    repo.archive(id);
    CHECK(repo.find(id)->archivedAt.isValid());
    CHECK(repo.list({}).isEmpty());
    CaseFilter withArchived;
    withArchived.includeArchived = true;
    CHECK(repo.list(withArchived).size() == 1);
    repo.restore(id);
    CHECK_FALSE(repo.find(id)->archivedAt.isValid());
    CHECK(repo.list({}).size() == 1);

    const ValidationError missing = requireRefused(
        f.db(), [&] { repo.archive(Uuid::createV7()); }, QStringLiteral("id"));
    CHECK(missing.reason().contains(QStringLiteral("introuvable")));
    requireRefused(
        f.db(),
        [&] {
            Case ghost = *found;
            ghost.id = Uuid::createV7();
            repo.update(ghost);
        },
        QStringLiteral("id"));
}

TEST_CASE("Case numbers: next free number per programme and year of identification, never reused")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const auto numberOf = [&](const Uuid &id) { return repo.find(id)->number; };

    const Uuid a = repo.create(newCase(f, QDate(2025, 1, 5)));
    const Uuid b = repo.create(newCase(f, QDate(2025, 2, 5)));
    const Uuid old = repo.create(newCase(f, QDate(2024, 12, 31)));
    Case other = newCase(f, QDate(2025, 3, 1));
    other.programmeId = f.otherProgramme;
    const Uuid em = repo.create(other);
    CHECK(numberOf(a) == QLatin1String("PA-2025-0001"));
    CHECK(numberOf(b) == QLatin1String("PA-2025-0002"));
    CHECK(numberOf(old) == QLatin1String("PA-2024-0001"));
    CHECK(numberOf(em) == QLatin1String("EM-2025-0001"));

    // An archived case keeps its number, and the number is not given again.
    repo.archive(b);
    CHECK(numberOf(repo.create(newCase(f, QDate(2025, 4, 1)))) == QLatin1String("PA-2025-0003"));

    // A number typed by hand (e.g. taken over from a spreadsheet) is kept; the sequence goes on
    // after it; the same number twice in a programme is refused, in another programme accepted.
    Case typed = newCase(f, QDate(2025, 4, 2));
    typed.number = QStringLiteral("PA-2025-0040");
    repo.create(typed);
    CHECK(numberOf(repo.create(newCase(f, QDate(2025, 4, 3)))) == QLatin1String("PA-2025-0041"));
    const ValidationError twin = requireRefused(
        f.db(), [&] { repo.create(typed); }, QStringLiteral("number"));
    CHECK(twin.reason().contains(QStringLiteral("PA-2025-0040")));
    typed.programmeId = f.otherProgramme;
    CHECK_NOTHROW(repo.create(typed));

    CHECK(repo.findByNumber(QStringLiteral("PA-2025-0040")).size() == 2);
    CaseFilter numbered;
    numbered.numberStart = QStringLiteral("PA-2025-");
    CHECK(repo.list(numbered).size() == 5); // 0001, 0003, 0040, 0041 and EM's 0040
    numbered.programmeId = f.programme;
    CHECK(repo.list(numbered).size() == 4); // 0002 is archived
}

TEST_CASE("Case creation: starts identified, in a known programme, not in the future")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);

    Case c = newCase(f);
    c.status = CaseStatus::Accompanied;
    c.accompaniedOn = QDate(2025, 3, 2);
    const ValidationError e = requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("status"));
    CHECK(e.reason().contains(QStringLiteral("Repérée")));

    c = newCase(f, QDate(2025, 7, 1));
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("identified_on"));

    c = newCase(f);
    c.programmeId = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("programme_id"));

    c = newCase(f);
    c.householdId = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("household_id"));

    c = newCase(f);
    c.referralPartnerId = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("referral_partner_id"));

    c = newCase(f);
    c.problems = {QStringLiteral("no_such_problem")};
    const ValidationError unknown = requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_problem.code"));
    CHECK(unknown.reason().contains(QStringLiteral("no_such_problem")));

    c = newCase(f);
    c.partners = {{Uuid::createV7(), {}, QDate(2025, 3, 3)}};
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_partner.partner_id"));

    c = newCase(f);
    c.persons = {{Uuid::createV7(), CasePersonRole::Main}};
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_person.person_id"));

    CHECK(scalarOf(f.db(), "SELECT count(*) FROM case_file") == 0);
}

TEST_CASE("Case invariant 5: the pair is a peer worker and a professional or coordinator")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);

    Case c = newCase(f);
    c.workers = {{f.professional, PairRole::Peer, QDate(2025, 3, 2), {}}};
    const ValidationError e = requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_worker.pair_role"));
    CHECK(e.reason().contains(QStringLiteral("travailleur pair")));

    c.workers = {{f.peerWorker, PairRole::Professional, QDate(2025, 3, 2), {}}};
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_worker.pair_role"));

    c.workers = {{Uuid::createV7(), PairRole::Referent, QDate(2025, 3, 2), {}}};
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_worker.worker_id"));

    // A coordinator may hold the professional seat; anyone may be a referent.
    c.workers = {{f.peerWorker, PairRole::Peer, QDate(2025, 3, 2), {}},
                 {f.coordinator, PairRole::Professional, QDate(2025, 3, 2), {}},
                 {f.professional, PairRole::Referent, QDate(2025, 3, 2), {}}};
    const Uuid id = repo.create(c);

    // And the same rule on update.
    Case stored = *repo.find(id);
    for (CaseWorker &w : stored.workers)
        if (w.workerId == f.coordinator)
            w.pairRole = PairRole::Peer;
    requireRefused(
        f.db(), [&] { repo.update(stored); }, QStringLiteral("case_worker.pair_role"));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case invariant 6: at most one main person, on create and on update")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid a = newPerson(f.db(), f.clock);
    const Uuid b = newPerson(f.db(), f.clock);

    Case c = newCase(f);
    c.persons = {{a, CasePersonRole::Main}, {b, CasePersonRole::Main}};
    requireRefused(
        f.db(), [&] { repo.create(c); }, QStringLiteral("case_person.role"));

    c.persons = {{a, CasePersonRole::Main}, {b, CasePersonRole::Member}};
    const Uuid id = repo.create(c);
    Case stored = *repo.find(id);
    stored.persons[1].role = CasePersonRole::Main;
    requireRefused(
        f.db(), [&] { repo.update(stored); }, QStringLiteral("case_person.role"));

    // Swapping the main person is one save.
    stored.persons[0].role = CasePersonRole::Member;
    repo.update(stored);
    const Case swapped = *repo.find(id);
    CHECK(swapped.persons[0].personId == b);
    CHECK(swapped.persons[0].role == CasePersonRole::Main);

    CaseFilter byPerson;
    byPerson.personId = a;
    CHECK(repo.list(byPerson).size() == 1);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case update: programme, number and status stay, identified_on may be corrected")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = repo.create(newCase(f, QDate(2025, 3, 10)));
    const Case stored = *repo.find(id);

    Case c = stored;
    c.programmeId = f.otherProgramme;
    requireRefused(
        f.db(), [&] { repo.update(c); }, QStringLiteral("programme_id"));
    c = stored;
    c.number = QStringLiteral("PA-2025-0099");
    requireRefused(
        f.db(), [&] { repo.update(c); }, QStringLiteral("number"));
    c = stored;
    c.status = CaseStatus::Oriented;
    c.orientedOn = QDate(2025, 3, 12);
    requireRefused(
        f.db(), [&] { repo.update(c); }, QStringLiteral("status"));

    // Correcting the identification date moves the creation row of the history with it.
    c = stored;
    c.identifiedOn = QDate(2025, 3, 3);
    repo.update(c);
    CHECK(repo.history(id).first().changedOn == QDate(2025, 3, 3));

    // It cannot go after the first status change…
    repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 4, 1));
    c = *repo.find(id);
    c.identifiedOn = QDate(2025, 4, 2);
    requireRefused(
        f.db(), [&] { repo.update(c); }, QStringLiteral("identified_on"));

    // …nor after an assessment (invariant 7).
    Assessment a;
    a.caseId = id;
    a.assessedOn = QDate(2025, 3, 20);
    a.dimension = QStringLiteral("housing");
    a.score = 2;
    AssessmentRepository(f.db(), f.clock).record(a);
    c.identifiedOn = QDate(2025, 3, 25);
    const ValidationError e = requireRefused(
        f.db(), [&] { repo.update(c); }, QStringLiteral("identified_on"));
    CHECK(e.reason().contains(QStringLiteral("2025-03-20")));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case list: filters by programme, status, worker currently assigned and household")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    Case c = newCase(f, QDate(2025, 1, 10));
    c.workers = {{f.peerWorker, PairRole::Peer, QDate(2025, 1, 10), {}}};
    const Uuid followed = repo.create(c);
    c.workers = {{f.peerWorker, PairRole::Peer, QDate(2025, 1, 10), QDate(2025, 2, 1)}};
    c.identifiedOn = QDate(2025, 1, 12);
    const Uuid handedOver = repo.create(c);
    c = newCase(f, QDate(2025, 2, 1));
    c.programmeId = f.otherProgramme;
    repo.create(c);
    repo.changeStatus(followed, CaseStatus::Accompanied, QDate(2025, 2, 1));

    CaseFilter byProgramme;
    byProgramme.programmeId = f.programme;
    const QList<Case> pa = repo.list(byProgramme);
    REQUIRE(pa.size() == 2);
    CHECK(pa[0].id == handedOver);    // newest identified first
    CHECK(pa[0].workers.size() == 1); // child lists are loaded

    CaseFilter byStatus;
    byStatus.status = CaseStatus::Accompanied;
    CHECK(repo.list(byStatus).size() == 1);

    CaseFilter byWorker;
    byWorker.workerId = f.peerWorker;
    const QList<Case> mine = repo.list(byWorker);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].id == followed);
    CHECK(repo.list({}).size() == 3);
}

TEST_CASE("Case: an error in a child row rolls the whole case back")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    // A failure the C++ checks cannot foresee (disk full, a concurrent change…), simulated by
    // a temporary trigger on the last child table written.
    execSql(f.db().handle(), "CREATE TEMP TRIGGER fail_problem BEFORE INSERT ON case_problem "
                             "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const QByteArray before = contentHash(f.db());
    Case c = newCase(f);
    c.workers = {{f.peerWorker, PairRole::Peer, QDate(2025, 3, 2), {}}};
    c.problems = {QStringLiteral("isolation")};
    CHECK_THROWS_AS(repo.create(c), StorageError);
    CHECK(contentHash(f.db()) == before);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM case_file") == 0);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM case_status_change") == 0);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM case_worker") == 0);

    execSql(f.db().handle(), "DROP TRIGGER fail_problem");
    const Uuid id = repo.create(c);
    CHECK(repo.find(id)->problems.size() == 1);
}
