// CollectiveSessionRepository: participants by typology, commission reviews (invariant 3),
// decisions seen from a case, rollback.

#include "test_casework_fixtures.h"

#include "repositories/CaseRepository.h"
#include "repositories/CollectiveSessionRepository.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {
CollectiveSession workshop(const CaseworkFixture &f, const QDate &date)
{
    CollectiveSession s;
    s.programmeId = f.programme;
    s.kind = SessionKind::Workshop;
    s.title = QStringLiteral("Atelier estime de soi");
    s.date = date;
    s.commune = QStringLiteral("Langres");
    s.topics = QStringLiteral("Estime de soi ; gestion des émotions");
    s.participants = {{QStringLiteral("resident"), 9}, {QStringLiteral("peer_worker"), 2}};
    return s;
}

Uuid newCase(CaseworkFixture &f)
{
    Case c;
    c.programmeId = f.programme;
    c.identifiedOn = QDate(2025, 1, 10);
    return CaseRepository(f.db(), f.clock).create(c);
}
} // namespace

TEST_CASE("Collective session: participants by typology round trip, update and list")
{
    CaseworkFixture f;
    CollectiveSessionRepository repo(f.db(), f.clock);
    CollectiveSession s = workshop(f, QDate(2025, 5, 14));
    s.startTime = QTime(14, 0);
    s.durationMin = 120;
    const Uuid id = repo.create(s);

    auto found = repo.find(id);
    REQUIRE(found);
    CHECK(found->kind == SessionKind::Workshop);
    CHECK(found->status == SessionStatus::Done);
    CHECK(found->title == QLatin1String("Atelier estime de soi"));
    CHECK(found->commune == QLatin1String("Langres"));
    CHECK(found->startTime == QTime(14, 0));
    CHECK(found->durationMin == 120);
    CHECK(found->participantCount() == 11);
    REQUIRE(found->participants.size() == 2);
    CHECK(found->participants[0].typology == QLatin1String("resident")); // reference list order

    repo.create(workshop(f, QDate(2025, 3, 2)));
    CollectiveSession info = workshop(f, QDate(2025, 4, 1));
    info.kind = SessionKind::InformationMeeting;
    info.participants = {{QStringLiteral("health_professional"), 14}};
    repo.create(info);

    found->participants = {{QStringLiteral("resident"), 7}, {QStringLiteral("family"), 0}};
    found->durationMin.reset();
    repo.update(*found);
    found = repo.find(id);
    CHECK(found->participantCount() == 7);
    CHECK(found->participants.size() == 2); // a typology with 0 people is kept
    CHECK_FALSE(found->durationMin.has_value());

    CHECK(repo.list(f.programme).size() == 3);
    CHECK(repo.list(f.programme, QDate(2025, 4, 1), QDate(2025, 4, 30)).size() == 1);
    CHECK(repo.list(f.programme, {}, {}, SessionKind::Workshop).size() == 2);
    CHECK(repo.list(f.otherProgramme).isEmpty());
    repo.archive(id);
    CHECK(repo.list(f.programme).size() == 2);
    repo.restore(id);
    CHECK(repo.list(f.programme).first().date == QDate(2025, 3, 2));
}

TEST_CASE("Collective session: refused values name their field and change nothing")
{
    CaseworkFixture f;
    CollectiveSessionRepository repo(f.db(), f.clock);
    CollectiveSession s = workshop(f, QDate(2025, 5, 14));
    s.participants = {{QStringLiteral("resident"), -3}};
    requireRefused(
        f.db(), [&] { repo.create(s); }, QStringLiteral("session_participants.count"));
    s.participants = {{QStringLiteral("aliens"), 3}};
    requireRefused(
        f.db(), [&] { repo.create(s); }, QStringLiteral("session_participants.typology"));
    s.participants = {{QStringLiteral("resident"), 3}, {QStringLiteral("resident"), 4}};
    requireRefused(
        f.db(), [&] { repo.create(s); }, QStringLiteral("session_participants.typology"));
    s = workshop(f, QDate(2025, 8, 1)); // done, in the future
    requireRefused(
        f.db(), [&] { repo.create(s); }, QStringLiteral("status"));
    s.status = SessionStatus::Planned;
    CHECK_NOTHROW(repo.create(s));
    s = workshop(f, QDate(2025, 5, 14));
    s.durationMin = 2000;
    requireRefused(
        f.db(), [&] { repo.create(s); }, QStringLiteral("duration_min"));
    s = workshop(f, QDate(2025, 5, 14));
    s.programmeId = Uuid::createV7();
    requireRefused(
        f.db(), [&] { repo.create(s); }, QStringLiteral("programme_id"));
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM collective_session") == 1);
}

TEST_CASE("Commission: reviewed cases with a decision each, only in commissions (invariant 3)")
{
    CaseworkFixture f;
    CollectiveSessionRepository repo(f.db(), f.clock);
    const Uuid caseA = newCase(f);
    const Uuid caseB = newCase(f);

    CollectiveSession s = workshop(f, QDate(2025, 5, 20));
    s.kind = SessionKind::Commission;
    s.title = QStringLiteral("Cellule d'orientation");
    s.reviews = {{caseA, QStringLiteral("accepted"), QStringLiteral("Binôme à constituer")},
                 {caseB, QStringLiteral("more_information"), {}}};
    const Uuid id = repo.create(s);
    auto found = repo.find(id);
    REQUIRE(found->reviews.size() == 2);
    CHECK(found->reviews[0].caseId == caseA); // by case number
    CHECK(found->reviews[0].decision == QLatin1String("accepted"));
    CHECK(found->reviews[0].note == QStringLiteral("Binôme à constituer"));

    // A second commission decides on case B; the case sees both decisions in order.
    CollectiveSession next = s;
    next.id = Uuid();
    next.date = QDate(2025, 6, 17);
    next.reviews = {{caseB, QStringLiteral("accepted"), {}}};
    repo.create(next);
    const QList<CaseCommissionDecision> decisions = repo.decisionsForCase(caseB);
    REQUIRE(decisions.size() == 2);
    CHECK(decisions[0].decision == QLatin1String("more_information"));
    CHECK(decisions[1].decision == QLatin1String("accepted"));
    CHECK(decisions[1].date == QDate(2025, 6, 17));

    // A workshop does not review cases, and a commission with reviews cannot become one.
    CollectiveSession w = workshop(f, QDate(2025, 5, 21));
    w.reviews = {{caseA, QStringLiteral("accepted"), {}}};
    const ValidationError e = requireRefused(
        f.db(), [&] { repo.create(w); }, QStringLiteral("kind"));
    CHECK(e.reason().contains(QStringLiteral("commission")));
    found->kind = SessionKind::PartnerMeeting;
    requireRefused(
        f.db(), [&] { repo.update(*found); }, QStringLiteral("kind"));

    // Refused decisions and cases.
    CollectiveSession bad = s;
    bad.id = Uuid();
    bad.reviews = {{caseA, QStringLiteral("maybe"), {}}};
    requireRefused(
        f.db(), [&] { repo.create(bad); }, QStringLiteral("commission_review.decision"));
    bad.reviews = {{caseA, QString(), {}}};
    requireRefused(
        f.db(), [&] { repo.create(bad); }, QStringLiteral("commission_review.decision"));
    bad.reviews = {{Uuid::createV7(), QStringLiteral("accepted"), {}}};
    requireRefused(
        f.db(), [&] { repo.create(bad); }, QStringLiteral("commission_review.case_id"));
    bad.reviews = {{caseA, QStringLiteral("accepted"), {}}, {caseA, QStringLiteral("refused"), {}}};
    requireRefused(
        f.db(), [&] { repo.create(bad); }, QStringLiteral("commission_review.case_id"));

    // Removing the reviews and changing the kind in one save is accepted.
    found = repo.find(id);
    found->reviews.clear();
    found->kind = SessionKind::SynthesisMeeting;
    repo.update(*found);
    CHECK(repo.find(id)->reviews.isEmpty());
    CHECK(repo.decisionsForCase(caseA).isEmpty());
    CHECK(invariantViolations(f.db()).isEmpty());
}

TEST_CASE("Collective session: an error in a review row rolls the session back")
{
    CaseworkFixture f;
    CollectiveSessionRepository repo(f.db(), f.clock);
    const Uuid caseA = newCase(f);
    execSql(f.db().handle(), "CREATE TEMP TRIGGER fail_review BEFORE INSERT ON commission_review "
                             "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const QByteArray before = contentHash(f.db());
    CollectiveSession s = workshop(f, QDate(2025, 5, 20));
    s.kind = SessionKind::Commission;
    s.reviews = {{caseA, QStringLiteral("accepted"), {}}};
    CHECK_THROWS_AS(repo.create(s), StorageError);
    CHECK(contentHash(f.db()) == before);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM collective_session") == 0);
    CHECK(scalarOf(f.db(), "SELECT count(*) FROM session_participants") == 0);
}
