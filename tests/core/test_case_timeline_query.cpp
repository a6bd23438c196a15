// CaseTimelineQuery: a case's interventions and commission reviews, newest first, by keyset
// pages, with the summary the case file shows above them.

#include "test_casework_fixtures.h"

#include "queries/CaseTimelineQuery.h"
#include "repositories/CaseRepository.h"
#include "repositories/CollectiveSessionRepository.h"
#include "repositories/InterventionRepository.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace passerelle;
using namespace passerelle::test;

namespace {

Uuid newCase(CaseworkFixture &f, const QDate &identifiedOn = QDate(2024, 1, 10))
{
    Case c;
    c.programmeId = f.programme;
    c.identifiedOn = identifiedOn;
    return CaseRepository(f.db(), f.clock).create(c);
}

Intervention visit(const CaseworkFixture &f, QList<Uuid> cases, const QDate &date,
                   const QTime &time = {}, InterventionStatus status = InterventionStatus::Done)
{
    Intervention i;
    i.programmeId = f.programme;
    i.date = date;
    i.startTime = time;
    i.status = status;
    i.channel = QStringLiteral("home_visit");
    i.interventionType = QStringLiteral("home_visit");
    i.durationMin = 90;
    i.caseIds = std::move(cases);
    i.workerIds = {f.peerWorker, f.professional};
    i.note = QStringLiteral("Visite du %1").arg(date.toString(Qt::ISODate));
    return i;
}

Uuid commission(CaseworkFixture &f, const Uuid &caseId, const QDate &date, const QString &decision)
{
    CollectiveSession s;
    s.programmeId = f.programme;
    s.kind = SessionKind::Commission;
    s.title = QStringLiteral("Cellule d'orientation");
    s.date = date;
    s.reviews = {{caseId, decision, QStringLiteral("Revoir dans trois mois")}};
    return CollectiveSessionRepository(f.db(), f.clock).create(s);
}

// Every entry of the case's timeline, page after page.
QList<CaseTimelineEntry> walk(CaseTimelineQuery &q, const Uuid &caseId, int pageSize,
                              int *pages = nullptr)
{
    QList<CaseTimelineEntry> all;
    CaseTimelineQuery::Cursor cursor;
    int n = 0;
    for (;;) {
        CaseTimelineQuery::Page page = q.page(caseId, cursor, pageSize);
        ++n;
        REQUIRE(page.entries.size() <= pageSize);
        all.append(page.entries);
        if (!page.hasMore)
            break;
        REQUIRE(page.entries.size() == pageSize);
        cursor = page.next;
    }
    if (pages)
        *pages = n;
    return all;
}

} // namespace

TEST_CASE("Case timeline: interventions and commissions newest first, only the case's own")
{
    CaseworkFixture f;
    const Uuid mine = newCase(f);
    const Uuid other = newCase(f);
    InterventionRepository interventions(f.db(), f.clock);
    interventions.create(visit(f, {mine}, QDate(2025, 3, 1), QTime(9, 30)));
    interventions.create(visit(f, {mine}, QDate(2025, 3, 1))); // untimed: first of its day
    interventions.create(visit(f, {mine}, QDate(2025, 3, 1), QTime(14, 0)));
    const Uuid shared = interventions.create(visit(f, {mine, other}, QDate(2025, 2, 10)));
    interventions.create(visit(f, {other}, QDate(2025, 4, 1)));
    const Uuid archived = interventions.create(visit(f, {mine}, QDate(2025, 5, 1)));
    interventions.archive(archived);
    commission(f, mine, QDate(2025, 3, 1), QStringLiteral("accepted"));
    commission(f, other, QDate(2025, 1, 5), QStringLiteral("refused"));

    CaseTimelineQuery q(f.db());
    const CaseTimelineQuery::Page page = q.page(mine);
    CHECK_FALSE(page.hasMore);
    REQUIRE(page.entries.size() == 5);
    const auto &e = page.entries;
    // 1 March: the commission and the untimed visit first (untimed entries sort as the end of
    // their day; a commission before the interventions of its time), then 14:00, then 09:30;
    // then February.
    CHECK(e[0].date == QDate(2025, 3, 1));
    CHECK(e[0].kind == CaseTimelineEntry::Kind::Session);
    CHECK(e[0].decisionCode == QLatin1String("accepted"));
    CHECK(e[0].decisionLabel == QStringLiteral("Admission / accompagnement accepté"));
    CHECK(e[0].title == QStringLiteral("Cellule d'orientation"));
    CHECK(e[0].note == QStringLiteral("Revoir dans trois mois"));
    CHECK(e[0].typeCode == QLatin1String("commission"));
    CHECK(e[1].kind == CaseTimelineEntry::Kind::Intervention);
    CHECK_FALSE(e[1].startTime.isValid());
    CHECK(e[2].startTime == QTime(14, 0));
    CHECK(e[3].startTime == QTime(9, 30));
    CHECK(e[4].id == shared);
    CHECK(e[4].otherCases == 1);
    CHECK(e[3].otherCases == 0);

    const CaseTimelineEntry &v = e[3];
    CHECK(v.typeLabel == QStringLiteral("Visite à domicile"));
    CHECK(v.channelLabel == QStringLiteral("Visite à domicile"));
    CHECK(v.status == QLatin1String("done"));
    CHECK(v.durationMin == 90);
    CHECK(v.workers.split(QStringLiteral(", ")).size() == 2);
    CHECK(v.workers.contains(QStringLiteral("Intervenant peer_worker")));
    CHECK(v.note == QStringLiteral("Visite du 2025-03-01"));

    const CaseTimelineQuery::Page none = q.page(newCase(f));
    CHECK(none.entries.isEmpty());
    CHECK_FALSE(none.hasMore);
}

TEST_CASE("Case timeline: keyset pages cover every entry once, in order, whatever the page size")
{
    CaseworkFixture f;
    const Uuid c = newCase(f);
    InterventionRepository interventions(f.db(), f.clock);
    // 37 interventions over 12 days, several per day, some on the same time.
    QSet<Uuid> created;
    for (int i = 0; i < 37; ++i) {
        const QTime time = i % 4 == 0 ? QTime() : QTime(8 + i % 3, 0);
        created.insert(
            interventions.create(visit(f, {c}, QDate(2025, 1, 1).addDays(i % 12), time)));
    }
    created.insert(commission(f, c, QDate(2025, 1, 5), QStringLiteral("postponed")));
    created.insert(commission(f, c, QDate(2025, 1, 9), QStringLiteral("accepted")));

    CaseTimelineQuery q(f.db());
    const QList<CaseTimelineEntry> reference = walk(q, c, 1000);
    REQUIRE(reference.size() == 39);
    for (const int size : {1, 5, 10, 38, 39, 40}) {
        INFO("page size " << size);
        int pages = 0;
        const QList<CaseTimelineEntry> all = walk(q, c, size, &pages);
        REQUIRE(all.size() == 39);
        // One row read beyond each page tells whether another follows: no empty last page.
        CHECK(pages == (39 + size - 1) / size);
        QSet<Uuid> seen;
        for (int i = 0; i < all.size(); ++i) {
            CHECK(all[i].id == reference[i].id);
            seen.insert(all[i].id);
            if (i > 0)
                CHECK(all[i - 1].date >= all[i].date);
        }
        CHECK(seen == created);
    }
}

TEST_CASE("Case timeline summary counts what the pages hold")
{
    CaseworkFixture f; // today is 2025-06-30
    const Uuid c = newCase(f);
    InterventionRepository interventions(f.db(), f.clock);
    interventions.create(visit(f, {c}, QDate(2025, 2, 1)));
    interventions.create(visit(f, {c}, QDate(2025, 3, 1)));
    Intervention cancelled = visit(f, {c}, QDate(2025, 4, 1), {}, InterventionStatus::Cancelled);
    interventions.create(cancelled);
    interventions.create(visit(f, {c}, QDate(2025, 6, 1), {}, InterventionStatus::Missed));
    interventions.create(visit(f, {c}, QDate(2025, 5, 30), {}, InterventionStatus::Planned));
    interventions.create(visit(f, {c}, QDate(2025, 7, 15), {}, InterventionStatus::Planned));
    interventions.create(visit(f, {c}, QDate(2025, 7, 3), {}, InterventionStatus::Planned));
    commission(f, c, QDate(2024, 12, 12), QStringLiteral("accepted"));

    CaseTimelineQuery q(f.db());
    const CaseTimelineQuery::Summary s = q.summary(c, f.clock.today());
    CHECK(s.interventions == 7);
    CHECK(s.done == 2);
    CHECK(s.planned == 3);
    CHECK(s.cancelledOrMissed == 2);
    CHECK(s.doneMinutes == 180);
    CHECK(s.sessions == 1);
    CHECK(s.total() == 8);
    CHECK(s.first == QDate(2024, 12, 12));
    CHECK(s.last == QDate(2025, 7, 15));
    // The overdue planned visit of 30 May is not "next".
    CHECK(s.nextPlanned == QDate(2025, 7, 3));
    CHECK(walk(q, c, 3).size() == s.total());

    const CaseTimelineQuery::Summary empty = q.summary(newCase(f), f.clock.today());
    CHECK(empty.total() == 0);
    CHECK_FALSE(empty.first.isValid());
    CHECK_FALSE(empty.nextPlanned.isValid());
}

TEST_CASE("Case timeline reads through the case's link indexes, never a whole table")
{
    CaseworkFixture f;
    const Uuid c = newCase(f);
    InterventionRepository(f.db(), f.clock).create(visit(f, {c}, QDate(2025, 3, 1)));
    CaseTimelineQuery q(f.db());
    for (const bool next : {false, true}) {
        const QStringList plan = q.pagePlan(next);
        const QString text = plan.join(QLatin1Char('\n'));
        INFO(text.toStdString());
        CHECK(text.contains(QLatin1String("INDEX intervention_case_case")));
        CHECK(text.contains(QLatin1String("INDEX commission_review_case")));
        // Intervention and session rows are reached by their primary key only.
        for (const QString &step : plan) {
            CHECK_FALSE(step.startsWith(QLatin1String("SCAN i")));
            CHECK_FALSE(step.startsWith(QLatin1String("SCAN s")));
            CHECK_FALSE(step.startsWith(QLatin1String("SCAN ic")));
            CHECK_FALSE(step.startsWith(QLatin1String("SCAN cr")));
        }
    }
}
