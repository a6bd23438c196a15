// The case status workflow: every allowed and refused move, closing and reopening, dates,
// history, and invariants 1 and 2 after each step.

#include "test_casework_fixtures.h"

#include "repositories/CaseRepository.h"
#include "repositories/CaseStatusService.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {
Uuid identifiedCase(CaseRepository &repo, const CaseworkFixture &f,
                    const QDate &on = QDate(2025, 2, 1))
{
    Case c;
    c.programmeId = f.programme;
    c.identifiedOn = on;
    return repo.create(c);
}
} // namespace

TEST_CASE("Case status: creation writes the first history row, nothing to identified")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f);
    const QList<CaseStatusChange> history = repo.history(id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].fromStatus.has_value());
    CHECK(history[0].toStatus == CaseStatus::Identified);
    CHECK(history[0].changedOn == QDate(2025, 2, 1));
    CHECK(history[0].caseId == id);
    CHECK(history[0].createdAt == f.clock.now());
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status: the full path identified, oriented, accompanied, closed sets each date")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f);

    repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 2, 10),
                      QStringLiteral("Cellule d'orientation"));
    Case c = *repo.find(id);
    CHECK(c.status == CaseStatus::Oriented);
    CHECK(c.orientedOn == QDate(2025, 2, 10));
    CHECK(invariantViolations(f.db()).isEmpty());

    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 2, 10)); // same day is fine
    c = *repo.find(id);
    CHECK(c.status == CaseStatus::Accompanied);
    CHECK(c.accompaniedOn == QDate(2025, 2, 10));
    CHECK(invariantViolations(f.db()).isEmpty());

    repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 6, 15), {},
                      QStringLiteral("goals_reached"));
    c = *repo.find(id);
    CHECK(c.status == CaseStatus::Closed);
    CHECK(c.closedOn == QDate(2025, 6, 15));
    CHECK(c.closeReason == QLatin1String("goals_reached"));
    CHECK(c.orientedOn == QDate(2025, 2, 10)); // closing keeps the path's dates
    CHECK(c.accompaniedOn == QDate(2025, 2, 10));

    const QList<CaseStatusChange> h = repo.history(id);
    REQUIRE(h.size() == 4);
    CHECK(h[1].fromStatus == CaseStatus::Identified);
    CHECK(h[1].toStatus == CaseStatus::Oriented);
    CHECK(h[1].reason == QStringLiteral("Cellule d'orientation"));
    CHECK(h[2].fromStatus == CaseStatus::Oriented);
    CHECK(h[2].toStatus == CaseStatus::Accompanied);
    CHECK(h[3].toStatus == CaseStatus::Closed);
    CHECK(h[3].changedOn == QDate(2025, 6, 15));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status: shortcuts from identified to accompanied and to closed")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid direct = identifiedCase(repo, f);
    repo.changeStatus(direct, CaseStatus::Accompanied, QDate(2025, 2, 3));
    CHECK(repo.find(direct)->status == CaseStatus::Accompanied);
    CHECK_FALSE(repo.find(direct)->orientedOn.isValid());

    const Uuid notEligible = identifiedCase(repo, f);
    repo.changeStatus(notEligible, CaseStatus::Closed, QDate(2025, 2, 2), {},
                      QStringLiteral("not_eligible"));
    CHECK(repo.find(notEligible)->status == CaseStatus::Closed);

    const Uuid oriented = identifiedCase(repo, f);
    repo.changeStatus(oriented, CaseStatus::Oriented, QDate(2025, 2, 2));
    repo.changeStatus(oriented, CaseStatus::Closed, QDate(2025, 2, 5), {},
                      QStringLiteral("refused"));
    CHECK(repo.find(oriented)->status == CaseStatus::Closed);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status: refused moves name the status field and change nothing")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f);

    const ValidationError same = requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Identified, QDate(2025, 2, 2)); },
        QStringLiteral("status"));
    CHECK(same.reason().contains(QStringLiteral("déjà")));

    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 2, 3));
    // Backwards without closing first.
    const ValidationError back = requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 2, 4)); },
        QStringLiteral("status"));
    CHECK(back.reason().contains(QStringLiteral("Accompagnée")));
    CHECK(back.reason().contains(QStringLiteral("Clôturée"))); // says what is possible
    requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Identified, QDate(2025, 2, 4)); },
        QStringLiteral("status"));

    const Uuid oriented = identifiedCase(repo, f);
    repo.changeStatus(oriented, CaseStatus::Oriented, QDate(2025, 2, 3));
    requireRefused(
        f.db(), [&] { repo.changeStatus(oriented, CaseStatus::Identified, QDate(2025, 2, 4)); },
        QStringLiteral("status"));

    const ValidationError missing = requireRefused(
        f.db(),
        [&] { repo.changeStatus(Uuid::createV7(), CaseStatus::Oriented, QDate(2025, 2, 4)); },
        QStringLiteral("id"));
    CHECK(missing.reason().contains(QStringLiteral("introuvable")));

    // An archived case is restored before its status moves.
    repo.archive(oriented);
    requireRefused(
        f.db(), [&] { repo.changeStatus(oriented, CaseStatus::Accompanied, QDate(2025, 2, 4)); },
        QStringLiteral("status"));
    repo.restore(oriented);
    CHECK_NOTHROW(repo.changeStatus(oriented, CaseStatus::Accompanied, QDate(2025, 2, 4)));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status: closing needs a known close reason, and only closing takes one")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f);

    const ValidationError none = requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 3, 1)); },
        QStringLiteral("close_reason"));
    CHECK(none.reason().contains(QStringLiteral("Motif de clôture")));
    const ValidationError unknown = requireRefused(
        f.db(),
        [&] {
            repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 3, 1), {},
                              QStringLiteral("bored"));
        },
        QStringLiteral("close_reason"));
    CHECK(unknown.reason().contains(QStringLiteral("bored")));
    requireRefused(
        f.db(),
        [&] {
            repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 3, 1), {},
                              QStringLiteral("moved"));
        },
        QStringLiteral("close_reason"));
    CHECK(repo.find(id)->status == CaseStatus::Identified);
}

TEST_CASE("Case status: a change is not dated before identification, the previous change, or today")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f, QDate(2025, 2, 1));

    const ValidationError early = requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 1, 31)); },
        QStringLiteral("changed_on"));
    CHECK(early.reason().contains(QStringLiteral("2025-02-01")));
    requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Oriented, QDate()); },
        QStringLiteral("changed_on"));
    requireRefused(
        f.db(),
        [&] {
            repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 7, 1));
        }, // today is 2025-06-30
        QStringLiteral("changed_on"));

    repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 3, 1));
    const ValidationError beforePrevious = requireRefused(
        f.db(), [&] { repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 2, 15)); },
        QStringLiteral("changed_on"));
    CHECK(beforePrevious.reason().contains(QStringLiteral("2025-03-01")));
    CHECK_NOTHROW(repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 6, 30)));
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status: reopening clears the closure, forgets later stages and is recorded")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f, QDate(2025, 1, 6));
    repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 1, 10));
    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 1, 20));
    repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 3, 1), {},
                      QStringLiteral("lost_contact"));

    // Reopened to oriented: the earlier accompaniment date would now come after nothing, so it
    // is forgotten on the case (the history keeps it).
    repo.changeStatus(id, CaseStatus::Oriented, QDate(2025, 4, 2),
                      QStringLiteral("Nouvelle saisine"));
    Case c = *repo.find(id);
    CHECK(c.status == CaseStatus::Oriented);
    CHECK(c.orientedOn == QDate(2025, 4, 2));
    CHECK_FALSE(c.accompaniedOn.isValid());
    CHECK_FALSE(c.closedOn.isValid());
    CHECK(c.closeReason.isEmpty());
    CHECK(invariantViolations(f.db()).isEmpty());

    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 4, 10));
    repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 5, 1), {},
                      QStringLiteral("hospitalised"));
    // Reopened straight to accompanied: the orientation date stays, accompaniment restarts.
    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 6, 1));
    c = *repo.find(id);
    CHECK(c.orientedOn == QDate(2025, 4, 2));
    CHECK(c.accompaniedOn == QDate(2025, 6, 1));
    CHECK(invariantViolations(f.db()).isEmpty());

    repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 6, 2), {}, QStringLiteral("moved"));
    // Reopened to identified: only the identification date is left.
    repo.changeStatus(id, CaseStatus::Identified, QDate(2025, 6, 3));
    c = *repo.find(id);
    CHECK(c.status == CaseStatus::Identified);
    CHECK(c.identifiedOn == QDate(2025, 1, 6));
    CHECK_FALSE(c.orientedOn.isValid());
    CHECK_FALSE(c.accompaniedOn.isValid());
    CHECK_FALSE(c.closedOn.isValid());

    const QList<CaseStatusChange> h = repo.history(id);
    REQUIRE(h.size() == 10);
    CHECK(h[4].fromStatus == CaseStatus::Closed);
    CHECK(h[4].toStatus == CaseStatus::Oriented);
    CHECK(h[4].reason == QLatin1String("Nouvelle saisine"));
    CHECK(h.last().fromStatus == CaseStatus::Closed);
    CHECK(h.last().toStatus == CaseStatus::Identified);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status: several changes on one day keep the latest as the status")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f, QDate(2025, 6, 30));
    // The fixed clock does not move: created_at is equal for every row, the id decides.
    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 6, 30));
    repo.changeStatus(id, CaseStatus::Closed, QDate(2025, 6, 30), {}, QStringLiteral("other"));
    repo.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 6, 30));
    CHECK(repo.find(id)->status == CaseStatus::Accompanied);
    CHECK(repo.history(id).last().toStatus == CaseStatus::Accompanied);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Case status service works on its own and rolls back a half-written move")
{
    CaseworkFixture f;
    CaseRepository repo(f.db(), f.clock);
    CaseStatusService service(f.db(), f.clock);
    const Uuid id = identifiedCase(repo, f);
    service.changeStatus(id, CaseStatus::Oriented, QDate(2025, 2, 2));
    CHECK(service.history(id).size() == 2);
    CHECK(service.firstMoveDate(id) == QDate(2025, 2, 2));

    // The case row is written before the history row: a failing history insert must take the
    // status back with it.
    execSql(f.db().handle(), "CREATE TEMP TRIGGER fail_history BEFORE INSERT ON case_status_change "
                             "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const QByteArray before = contentHash(f.db());
    CHECK_THROWS_AS(service.changeStatus(id, CaseStatus::Accompanied, QDate(2025, 2, 3)),
                    StorageError);
    CHECK(contentHash(f.db()) == before);
    CHECK(repo.find(id)->status == CaseStatus::Oriented);
}
