#include "core/test_directory_fixture.h"
#include "queries/PartnerDetailQuery.h"
#include "queries/PartnerListQuery.h"
#include "queries/ProgrammeListQuery.h"
#include "queries/SessionListQuery.h"
#include "queries/WorkerDetailQuery.h"
#include "queries/WorkerListQuery.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <algorithm>

using namespace passerelle;
using namespace passerelle::test;

namespace {

QStringList numbers(const QList<CaseReference> &cases)
{
    QStringList out;
    for (const CaseReference &c : cases)
        out.append(c.number);
    return out;
}

} // namespace

TEST_CASE("The session list reads every programme's sessions, newest first, with participants and reviews")
{
    DirectoryWorld w;
    SessionListQuery query(w.db());
    const QList<SessionListRow> rows = query.rows({}, false, LabelLanguage::French);
    REQUIRE(rows.size() == 3);

    const SessionListRow &commission = rows[0];
    CHECK(commission.id == w.commission);
    CHECK(commission.programmeCode == QStringLiteral("PA"));
    CHECK(commission.kind == SessionKind::Commission);
    CHECK(commission.title == QStringLiteral("Cellule d'orientation"));
    CHECK(commission.date == QDate(2026, 3, 12));
    CHECK_FALSE(commission.startTime.isValid());
    CHECK_FALSE(commission.durationMin.has_value());
    CHECK(commission.commune == QStringLiteral("Chaumont"));
    CHECK(commission.participantCount == 4);
    REQUIRE(commission.participants.size() == 1);
    CHECK(commission.participants[0].code == QStringLiteral("social_worker"));
    CHECK(commission.participants[0].label == QStringLiteral("Travailleur social"));
    CHECK(commission.reviewCount == 2);

    const SessionListRow &workshop = rows[1];
    CHECK(workshop.id == w.workshop);
    CHECK(workshop.kind == SessionKind::Workshop);
    CHECK(workshop.startTime == QTime(14, 0));
    CHECK(workshop.durationMin == 120);
    CHECK(workshop.status == SessionStatus::Done);
    CHECK(workshop.topics == QStringLiteral("estime de soi, logement"));
    CHECK(workshop.participantCount == 9);
    // In the reference list's order, whatever the order they were typed in.
    REQUIRE(workshop.participants.size() == 2);
    CHECK(workshop.participants[0].code == QStringLiteral("health_professional"));
    CHECK(workshop.participants[0].count == 3);
    CHECK(workshop.participants[1].label == QStringLiteral("Habitant / usager"));
    CHECK(workshop.participants[1].count == 6);
    CHECK(workshop.reviewCount == 0);

    CHECK(rows[2].id == w.information);
    CHECK(rows[2].programmeCode == QStringLiteral("EM"));
    CHECK(rows[2].participantCount == 0);
    CHECK_FALSE(rows[2].archived);

    SECTION("in English")
    {
        CHECK(query.rows({}, false, LabelLanguage::English)[1].participants[1].label ==
              QStringLiteral("Resident / service user"));
    }
    SECTION("one programme only")
    {
        const QList<SessionListRow> em = query.rows(w.em);
        REQUIRE(em.size() == 1);
        CHECK(em[0].id == w.information);
    }
    SECTION("archived ones on request, marked")
    {
        const QList<SessionListRow> all = query.rows({}, true);
        REQUIRE(all.size() == 4);
        CHECK(all[3].id == w.archivedSession);
        CHECK(all[3].archived);
    }
}

TEST_CASE("The partner list counts the cases each partner referred and is mobilised on")
{
    DirectoryWorld w;
    PartnerListQuery query(w.db());
    const QList<PartnerListRow> rows = query.rows(false, LabelLanguage::French);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == QStringLiteral("Cabinet médical du Lac"));
    CHECK(rows[0].partnerType == QStringLiteral("gp"));
    CHECK(rows[0].commune == QStringLiteral("Langres"));
    // The archived PA-2026-0003 counts in neither figure.
    CHECK(rows[0].referredCount == 2);
    CHECK(rows[0].mobilisedCount == 1);
    CHECK(rows[1].name == QStringLiteral("CMP de Chaumont"));
    CHECK(rows[1].referredCount == 1);
    CHECK(rows[1].mobilisedCount == 2);
    CHECK(rows[2].name == QStringLiteral("Hamaris"));
    CHECK(rows[2].referredCount == 0);
    CHECK(rows[2].mobilisedCount == 0);
    CHECK_FALSE(rows[2].typeLabel.isEmpty());
    CHECK(rows[2].typeLabel != rows[2].partnerType);

    const QList<PartnerListRow> all = query.rows(true);
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == w.closedPartner);
    CHECK(all[0].archived);
}

TEST_CASE("A partner's detail lists its referred and mobilised cases by number")
{
    DirectoryWorld w;
    PartnerDetailQuery query(w.db());

    const PartnerDetailQuery::Detail gp = query.detail(w.gp);
    CHECK(numbers(gp.referred) == QStringList{QStringLiteral("PA-2026-0001"), QStringLiteral("PA-2026-0002")});
    CHECK(gp.referred[0].caseId == w.case1);
    CHECK(gp.referred[0].status == QStringLiteral("accompanied"));
    CHECK(gp.referred[1].date == QDate(2026, 1, 2));
    REQUIRE(gp.mobilised.size() == 1);
    CHECK(gp.mobilised[0].number == QStringLiteral("PA-2026-0001"));
    CHECK(gp.mobilised[0].role == QStringLiteral("médecin traitant"));
    CHECK(gp.mobilised[0].date == QDate(2026, 1, 10));

    const PartnerDetailQuery::Detail cmp = query.detail(w.cmp);
    CHECK(numbers(cmp.referred) == QStringList{QStringLiteral("EM-2026-0001")});
    CHECK(numbers(cmp.mobilised) == QStringList{QStringLiteral("PA-2025-0040"), QStringLiteral("PA-2026-0001")});
    CHECK(cmp.mobilised[0].status == QStringLiteral("closed"));
    CHECK(cmp.mobilised[0].role.isEmpty());

    const PartnerDetailQuery::Detail none = query.detail(w.landlord);
    CHECK(none.referred.isEmpty());
    CHECK(none.mobilised.isEmpty());
}

TEST_CASE("The worker list shows each worker's open cases on the day")
{
    DirectoryWorld w;
    WorkerListQuery query(w.db());
    const QList<WorkerListRow> rows = query.rows(AgendaWorld::today());
    QStringList codes;
    for (const WorkerListRow &r : rows)
        codes.append(r.code);
    CHECK(codes == QStringList{QStringLiteral("TP1"), QStringLiteral("AS1"), QStringLiteral("TP2"),
                               QStringLiteral("TP9"), QStringLiteral("CO1")});
    CHECK(rows[0].displayName == QStringLiteral("Camille Roux"));
    CHECK(rows[0].role == WorkerRole::PeerWorker);
    CHECK(rows[0].organisationName == QStringLiteral("UDAF 52"));
    // PA-2026-0001 and PA-2026-0002 (its assignment ends today); not the closed case, the
    // assignment over on 1 March or the archived case.
    CHECK(rows[0].openCaseCount == 2);
    CHECK(rows[1].openCaseCount == 1);
    CHECK(rows[2].openCaseCount == 0);
    CHECK_FALSE(rows[3].active);
    CHECK(rows[4].role == WorkerRole::Coordinator);

    // A day later, PA-2026-0002's assignment is over.
    CHECK(query.rows(AgendaWorld::today().addDays(1))[0].openCaseCount == 1);
}

TEST_CASE("A worker's detail: current cases, and hours of done interventions this month")
{
    DirectoryWorld w;
    WorkerDetailQuery query(w.db());

    const WorkerDetailQuery::Detail peer = query.detail(w.peer, AgendaWorld::today());
    CHECK(numbers(peer.cases) == QStringList{QStringLiteral("PA-2025-0040"), QStringLiteral("PA-2026-0001"),
                                             QStringLiteral("PA-2026-0002")});
    CHECK(peer.cases[1].role == QStringLiteral("peer"));
    CHECK(peer.cases[1].date == QDate(2026, 1, 5));
    CHECK(peer.assignedCount == 3);
    CHECK(peer.openCount == 2);
    CHECK(peer.monthStart == QDate(2026, 3, 1));
    CHECK(peer.monthEnd == QDate(2026, 3, 31));
    // 60 + 45: not the planned, cancelled, February or archived ones.
    CHECK(peer.doneInterventions == 2);
    CHECK(peer.minutesThisMonth == 105);

    const WorkerDetailQuery::Detail professional = query.detail(w.professional, AgendaWorld::today());
    CHECK(numbers(professional.cases) == QStringList{QStringLiteral("PA-2026-0001")});
    CHECK(professional.cases[0].role == QStringLiteral("professional"));
    CHECK(professional.minutesThisMonth == 45);

    // Mid-February: the EM assignment is still current and February's hours are counted.
    const WorkerDetailQuery::Detail february = query.detail(w.peer, QDate(2026, 2, 15));
    CHECK(numbers(february.cases).first() == QStringLiteral("EM-2026-0001"));
    CHECK(february.assignedCount == 4);
    CHECK(february.openCount == 3);
    CHECK(february.monthEnd == QDate(2026, 2, 28));
    CHECK(february.minutesThisMonth == 90);
    CHECK(february.doneInterventions == 1);

    const WorkerDetailQuery::Detail nobody = query.detail(w.coordinator, AgendaWorld::today());
    CHECK(nobody.cases.isEmpty());
    CHECK(nobody.minutesThisMonth == 0);
}

TEST_CASE("The programme list shows each programme's organisation and open cases")
{
    DirectoryWorld w;
    ProgrammeListQuery query(w.db());
    const QList<ProgrammeListRow> rows = query.rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].code == QStringLiteral("EM"));
    CHECK(rows[0].name == QStringLiteral("Équipe mobile précarité"));
    CHECK(rows[0].organisationName == QStringLiteral("UDAF 52"));
    CHECK(rows[0].openCaseCount == 1);
    CHECK(rows[1].code == QStringLiteral("PA"));
    // PA-2026-0001 and PA-2026-0002: not the closed nor the archived case.
    CHECK(rows[1].openCaseCount == 2);
    CHECK_FALSE(rows[1].startDate.isValid());
}

// Not run by CTest: how long each directory read takes on a demo database.
//   build/app/passerelle-cli demo --db /tmp/big.sqlite --cases 20000
//   PASSERELLE_BENCH_DB=/tmp/big.sqlite build/tests/core_tests "[.directory-bench]"
TEST_CASE("Directory reads on a demo database", "[.directory-bench]")
{
    const QString path = qEnvironmentVariable("PASSERELLE_BENCH_DB");
    REQUIRE_FALSE(path.isEmpty());
    std::unique_ptr<Database> db = Database::open(path, Database::OpenMode::OpenExisting,
                                                  Database::IntegrityCheck::Deferred);
    const QDate today = QDate::currentDate();
    SessionListQuery sessions(*db);
    PartnerListQuery partners(*db);
    PartnerDetailQuery partnerDetail(*db);
    WorkerListQuery workers(*db);
    WorkerDetailQuery workerDetail(*db);
    ProgrammeListQuery programmes(*db);
    const auto time = [](const char *what, const auto &read) {
        QElapsedTimer timer;
        timer.start();
        const qsizetype rows = read();
        WARN(what << ": " << rows << " rows in " << timer.elapsed() << " ms");
    };
    time("sessions", [&] { return sessions.rows().size(); });
    const QList<PartnerListRow> partnerRows = partners.rows();
    time("partners", [&] { return partners.rows().size(); });
    const auto busiest = std::max_element(partnerRows.cbegin(), partnerRows.cend(),
                                          [](const PartnerListRow &a, const PartnerListRow &b) {
                                              return a.mobilisedCount < b.mobilisedCount;
                                          });
    REQUIRE(busiest != partnerRows.cend());
    time("busiest partner's detail", [&] {
        const PartnerDetailQuery::Detail d = partnerDetail.detail(busiest->id);
        return d.referred.size() + d.mobilised.size();
    });
    const QList<WorkerListRow> workerRows = workers.rows(today);
    time("workers", [&] { return workers.rows(today).size(); });
    const auto busiestWorker = std::max_element(workerRows.cbegin(), workerRows.cend(),
                                                [](const WorkerListRow &a, const WorkerListRow &b) {
                                                    return a.openCaseCount < b.openCaseCount;
                                                });
    REQUIRE(busiestWorker != workerRows.cend());
    time("busiest worker's detail", [&] { return workerDetail.detail(busiestWorker->id, today).cases.size(); });
    time("programmes", [&] { return programmes.rows().size(); });
}
