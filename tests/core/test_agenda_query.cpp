#include "core/test_agenda_fixture.h"
#include "queries/AgendaQuery.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using passerelle::test::AgendaWorld;

namespace {
const QDate monday(2026, 3, 16);
const QDate sunday(2026, 3, 22);

QList<QDate> datesOf(const QList<AgendaRow> &rows)
{
    QList<QDate> dates;
    for (const AgendaRow &r : rows)
        dates.append(r.date);
    return dates;
}
} // namespace

TEST_CASE("The agenda reads a worker's week in time order, with what each line shows")
{
    AgendaWorld w;
    // Out of order on purpose; one untimed, one on each bound, two outside the week.
    const Uuid afternoon = w.intervention(monday.addDays(2), QTime(14, 30), InterventionStatus::Done,
                                          45, {w.peer, w.professional}, {w.case2, w.case1},
                                          QStringLiteral("phone"));
    const Uuid untimed = w.intervention(monday.addDays(2), {}, InterventionStatus::Planned, 0,
                                        {w.peer});
    const Uuid morning = w.intervention(monday.addDays(2), QTime(9, 0), InterventionStatus::Planned,
                                        60, {w.peer}, {w.case1});
    const Uuid first = w.intervention(monday, QTime(10, 0), InterventionStatus::Missed, 30,
                                      {w.peer});
    const Uuid last = w.intervention(sunday, QTime(18, 0), InterventionStatus::Planned, 30,
                                     {w.peer});
    w.intervention(monday.addDays(-1), QTime(10, 0), InterventionStatus::Done, 30, {w.peer});
    w.intervention(sunday.addDays(1), QTime(10, 0), InterventionStatus::Planned, 30, {w.peer});
    // Another worker's and an archived one stay out.
    w.intervention(monday.addDays(1), QTime(10, 0), InterventionStatus::Planned, 30, {w.peer2});
    const Uuid archived = w.intervention(monday.addDays(1), QTime(11, 0),
                                         InterventionStatus::Planned, 30, {w.peer});
    InterventionRepository(w.db(), w.clock).archive(archived);

    AgendaQuery query(w.db());
    const QList<AgendaRow> rows = query.rows(w.peer, monday, sunday, LabelLanguage::French);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].id == first);
    CHECK(rows[1].id == morning);
    CHECK(rows[2].id == afternoon);
    CHECK(rows[3].id == untimed); // untimed last in its day
    CHECK(rows[4].id == last);

    const AgendaRow &r = rows[2];
    CHECK(r.date == QDate(2026, 3, 18));
    CHECK(r.startTime == QTime(14, 30));
    CHECK(r.status == InterventionStatus::Done);
    CHECK(r.durationMin == 45);
    CHECK(r.programmeId == w.pa);
    CHECK(r.programmeCode == QStringLiteral("PA"));
    CHECK(r.channel == QStringLiteral("phone"));
    CHECK(r.channelLabel == QStringLiteral("Téléphone"));
    CHECK(r.typeLabel == QStringLiteral("Visite à domicile"));
    REQUIRE(r.cases.size() == 2);
    CHECK(r.cases[0].id == w.case1);
    CHECK(r.cases[0].number == QStringLiteral("PA-2026-0001"));
    CHECK(r.cases[0].personCode == QStringLiteral("P-7K2M9QX"));
    CHECK(r.cases[1].number == QStringLiteral("PA-2026-0002"));
    CHECK(r.cases[1].personCode == QStringLiteral("P-3F8H1ZC")); // the main person's
    CHECK(r.workerCodes == QStringList{QStringLiteral("AS1"), QStringLiteral("TP1")});
    CHECK(rows[3].cases.isEmpty());
    CHECK_FALSE(rows[3].startTime.isValid());

    // The same week in English; the professional's side of the pair sees the shared visit.
    const QList<AgendaRow> english = query.rows(w.peer, monday, sunday, LabelLanguage::English);
    CHECK(english[2].channelLabel == QStringLiteral("Phone"));
    const QList<AgendaRow> theirs = query.rows(w.professional, monday, sunday);
    REQUIRE(theirs.size() == 1);
    CHECK(theirs[0].id == afternoon);

    // Bounds are days included; nonsense asks give nothing rather than everything.
    CHECK(datesOf(query.rows(w.peer, sunday, sunday)) == QList<QDate>{sunday});
    CHECK(query.rows(w.peer, sunday, monday).isEmpty());
    CHECK(query.rows({}, monday, sunday).isEmpty());
    CHECK(query.rows(w.coordinator, monday, sunday).isEmpty());
}

TEST_CASE("Overdue means planned for a day before today, in any week")
{
    AgendaWorld w;
    const QDate today = AgendaWorld::today();
    AgendaQuery query(w.db());
    CHECK(query.overdue(w.peer, today).count == 0);
    CHECK_FALSE(query.overdue(w.peer, today).oldest.isValid());

    const Uuid old = w.intervention(QDate(2026, 1, 5), QTime(9, 0), InterventionStatus::Planned,
                                    60, {w.peer});
    w.intervention(today.addDays(-1), QTime(9, 0), InterventionStatus::Planned, 60, {w.peer});
    w.intervention(today, QTime(9, 0), InterventionStatus::Planned, 60, {w.peer}); // not yet
    w.intervention(today.addDays(-2), QTime(9, 0), InterventionStatus::Done, 60, {w.peer});
    w.intervention(today.addDays(-2), QTime(9, 0), InterventionStatus::Cancelled, 0, {w.peer});
    w.intervention(today.addDays(-3), QTime(9, 0), InterventionStatus::Planned, 60, {w.peer2});

    AgendaQuery::Overdue overdue = query.overdue(w.peer, today);
    CHECK(overdue.count == 2);
    CHECK(overdue.oldest == QDate(2026, 1, 5));
    CHECK(query.overdue(w.peer2, today).count == 1);

    // Recording what happened takes it off the list.
    InterventionRepository(w.db(), w.clock).setStatus(old, InterventionStatus::Missed);
    overdue = query.overdue(w.peer, today);
    CHECK(overdue.count == 1);
    CHECK(overdue.oldest == today.addDays(-1));

    const QList<AgendaRow> rows = query.rows(w.peer, today.addDays(-3), today);
    int flagged = 0;
    for (const AgendaRow &r : rows)
        flagged += r.isOverdue(today) ? 1 : 0;
    CHECK(flagged == 1);
}
