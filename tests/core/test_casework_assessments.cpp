// AssessmentRepository: record, order, filters per dimension and source, invariant 7.

#include "test_casework_fixtures.h"

#include "repositories/AssessmentRepository.h"
#include "repositories/CaseRepository.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {
Assessment score(const Uuid &caseId, const QDate &on, const char *dimension, int value,
                 AssessmentSource source)
{
    Assessment a;
    a.caseId = caseId;
    a.assessedOn = on;
    a.dimension = QString::fromLatin1(dimension);
    a.score = value;
    a.source = source;
    return a;
}
} // namespace

TEST_CASE("Assessment: record, find, update, list by date, dimension and source")
{
    CaseworkFixture f;
    CaseRepository cases(f.db(), f.clock);
    Case c;
    c.programmeId = f.programme;
    c.identifiedOn = QDate(2025, 1, 10);
    const Uuid caseId = cases.create(c);
    AssessmentRepository repo(f.db(), f.clock);
    using S = AssessmentSource;

    const Uuid last = repo.record(score(caseId, QDate(2025, 6, 1), "housing", 4, S::Team));
    repo.record(score(caseId, QDate(2025, 1, 20), "social_ties", 1, S::Person));
    const Uuid firstTeam = repo.record(score(caseId, QDate(2025, 1, 20), "housing", 1, S::Team));
    const Uuid firstPerson =
        repo.record(score(caseId, QDate(2025, 1, 20), "housing", 2, S::Person));
    repo.record(score(caseId, QDate(2025, 6, 1), "housing", 3, S::Person));

    const QList<Assessment> all = repo.listForCase(caseId);
    REQUIRE(all.size() == 5);
    // By date, then dimension in its list's order (housing before social ties), person first.
    CHECK(all[0].id == firstPerson);
    CHECK(all[1].id == firstTeam);
    CHECK(all[2].dimension == QLatin1String("social_ties"));
    CHECK(all[4].id == last);

    const QList<Assessment> housingTeam =
        repo.listForCase(caseId, QStringLiteral("housing"), S::Team);
    REQUIRE(housingTeam.size() == 2);
    CHECK(housingTeam.first().score == 1);
    CHECK(housingTeam.last().score == 4); // the team sees housing improve from 1 to 4
    CHECK(repo.listForCase(caseId, QStringLiteral("housing")).size() == 4);
    CHECK(repo.listForCase(caseId, {}, S::Person).size() == 3);

    Assessment edited = *repo.find(last);
    edited.score = 5;
    edited.note = QStringLiteral("Logement entretenu, bail sécurisé");
    repo.update(edited);
    CHECK(repo.find(last)->score == 5);
    CHECK(repo.find(last)->note == QStringLiteral("Logement entretenu, bail sécurisé"));

    repo.archive(last);
    CHECK(repo.listForCase(caseId).size() == 4);
    repo.restore(last);
    CHECK(repo.listForCase(caseId).size() == 5);
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Assessment: not before identification (invariant 7), on the scale, known dimension")
{
    CaseworkFixture f;
    CaseRepository cases(f.db(), f.clock);
    Case c;
    c.programmeId = f.programme;
    c.identifiedOn = QDate(2025, 1, 10);
    const Uuid caseId = cases.create(c);
    AssessmentRepository repo(f.db(), f.clock);
    using S = AssessmentSource;

    const ValidationError early = requireRefused(
        f.db(), [&] { repo.record(score(caseId, QDate(2025, 1, 9), "housing", 3, S::Team)); },
        QStringLiteral("assessed_on"));
    CHECK(early.reason().contains(QStringLiteral("PA-2025-0001")));
    requireRefused(
        f.db(), [&] { repo.record(score(caseId, QDate(2025, 7, 1), "housing", 3, S::Team)); },
        QStringLiteral("assessed_on"));
    requireRefused(
        f.db(), [&] { repo.record(score(caseId, QDate(), "housing", 3, S::Team)); },
        QStringLiteral("assessed_on"));
    requireRefused(
        f.db(), [&] { repo.record(score(caseId, QDate(2025, 2, 1), "housing", 0, S::Team)); },
        QStringLiteral("score"));
    requireRefused(
        f.db(), [&] { repo.record(score(caseId, QDate(2025, 2, 1), "happiness", 3, S::Team)); },
        QStringLiteral("dimension"));
    requireRefused(
        f.db(),
        [&] { repo.record(score(Uuid::createV7(), QDate(2025, 2, 1), "housing", 3, S::Team)); },
        QStringLiteral("case_id"));

    // On the identification day is fine; moving it before is refused on update too.
    const Uuid id = repo.record(score(caseId, QDate(2025, 1, 10), "housing", 3, S::Team));
    Assessment moved = *repo.find(id);
    moved.assessedOn = QDate(2024, 12, 31);
    requireRefused(
        f.db(), [&] { repo.update(moved); }, QStringLiteral("assessed_on"));
    moved.id = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.update(moved); }, QStringLiteral("id"));
    CHECK(invariantViolations(f.db()).isEmpty());
}
