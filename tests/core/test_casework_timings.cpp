// Figures for the casework repositories on a realistic caseload: hidden from the normal run
// (tag [.]), printed by `build/tests/core_tests "[timing]"`. The checks verify the data the
// timings were taken on; there is no time threshold, machines differ too much.

#include "test_casework_fixtures.h"

#include "repositories/CaseRepository.h"
#include "repositories/InterventionRepository.h"
#include "repositories/PersonRepository.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace passerelle;
using namespace passerelle::test;

namespace {
void report(const char *what, qint64 count, qint64 elapsedMs)
{
    std::printf("%-44s %7lld in %6lld ms  (%.3f ms each)\n", what, static_cast<long long>(count),
                static_cast<long long>(elapsedMs), count ? double(elapsedMs) / double(count) : 0.0);
}
} // namespace

TEST_CASE("Casework repository timings on 2000 cases and 20000 interventions", "[.][timing]")
{
    constexpr int caseCount = 2000;
    constexpr int interventionsPerCase = 10;
    CaseworkFixture f;
    PersonRepository people(f.db(), f.clock);
    CaseRepository cases(f.db(), f.clock);
    InterventionRepository interventions(f.db(), f.clock);
    QElapsedTimer timer;

    // One transaction per record, as the screens write them (each commit is an fsync).
    timer.start();
    QList<Uuid> persons;
    for (int i = 0; i < 2 * caseCount; ++i)
        persons.append(people.create(Person{}));
    report("person create (generated code)", persons.size(), timer.elapsed());

    timer.restart();
    QList<Uuid> caseIds;
    for (int i = 0; i < caseCount; ++i) {
        Case c;
        c.programmeId = f.programme;
        c.identifiedOn = QDate(2024, 1, 1).addDays(i % 500);
        c.persons = {{persons[2 * i], CasePersonRole::Main},
                     {persons[2 * i + 1], CasePersonRole::Member}};
        c.workers = {{f.peerWorker, PairRole::Peer, c.identifiedOn, {}},
                     {f.professional, PairRole::Professional, c.identifiedOn, {}}};
        c.partners = {{f.gpPartner, QStringLiteral("Médecin traitant"), c.identifiedOn}};
        c.problems = {QStringLiteral("isolation"), QStringLiteral("rent_arrears")};
        caseIds.append(cases.create(c));
    }
    report("case create (number, 6 child rows, history)", caseIds.size(), timer.elapsed());

    timer.restart();
    for (int i = 0; i < caseCount; ++i)
        cases.changeStatus(caseIds[i], CaseStatus::Accompanied, QDate(2025, 6, 1));
    report("case changeStatus", caseCount, timer.elapsed());

    timer.restart();
    for (const Uuid &id : std::as_const(caseIds))
        REQUIRE(cases.find(id));
    report("case find (with child lists)", caseCount, timer.elapsed());

    timer.restart();
    CaseFilter all;
    all.programmeId = f.programme;
    const QList<Case> listed = cases.list(all);
    report("case list, whole programme (with children)", listed.size(), timer.elapsed());
    CHECK(listed.size() == caseCount);
    CHECK(listed.first().workers.size() == 2);

    // Interventions in batches of one transaction per case, as an import would write them.
    timer.restart();
    for (int i = 0; i < caseCount; ++i) {
        Transaction tx(f.db().handle());
        for (int k = 0; k < interventionsPerCase; ++k) {
            Intervention iv;
            iv.programmeId = f.programme;
            iv.date = QDate(2025, 1, 1).addDays((i + 7 * k) % 180);
            iv.status = InterventionStatus::Done;
            iv.channel = QStringLiteral("home_visit");
            iv.interventionType = QStringLiteral("home_visit");
            iv.durationMin = 60;
            iv.caseIds = {caseIds[i]};
            iv.workerIds = {f.peerWorker, f.professional};
            interventions.create(iv);
        }
        tx.commit();
    }
    report("intervention create (in one tx per case)", qint64(caseCount) * interventionsPerCase,
           timer.elapsed());

    timer.restart();
    qint64 rows = 0;
    for (int i = 0; i < 200; ++i)
        rows += interventions.listForCase(caseIds[i * 10]).size();
    report("intervention timeline of one case", 200, timer.elapsed());
    CHECK(rows == 200 * interventionsPerCase);

    timer.restart();
    const QList<Intervention> agenda =
        interventions.listForWorker(f.peerWorker, QDate(2025, 3, 1), QDate(2025, 3, 31));
    report("intervention agenda, one worker, one month", agenda.size(), timer.elapsed());
    CHECK(agenda.size() > 0);

    CHECK(invariantViolations(f.db()).isEmpty());
    std::printf("database file: %.1f MB\n", double(QFileInfo(f.temp.path).size()) / 1048576.0);
}
