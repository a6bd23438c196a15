// Computing many figures at once (the annual review asks every figure for the period and
// the previous one): measures reading the same rows share one statement, and each result
// must be exactly the one its own statement gives, on records straddling both periods'
// bounds.

#include "test_indicator_fixtures.h"

#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorQueryCompiler.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;
using D = IndicatorDefinition;

namespace {
FilterMap period(CasePeriod p, FilterMap more = {})
{
    more[Filter::Period] = choice(p);
    return more;
}

FilterMap status(std::initializer_list<const char *> statuses)
{
    return {{Filter::Status, codes(statuses)}};
}

// Records on both sides of 2023's and 2024's bounds, in the fixture's programme and
// (never counted) in the other one.
struct TwoYears : IndicatorFixture
{
    TwoYears()
    {
        using S = InterventionStatus;
        const Uuid gp = partner(QStringLiteral("gp"), QStringLiteral("Dr Secret"));
        const Uuid cmp = partner(QStringLiteral("cmp"), QStringLiteral("CMP de Chaumont"));
        const Uuid landlord = partner(QStringLiteral("social_landlord"), QStringLiteral("Hamaris"));
        const Uuid peer = worker(WorkerRole::PeerWorker, QStringLiteral("TP1"), 0.5);
        const Uuid peer2 = worker(WorkerRole::PeerWorker, QStringLiteral("TP2"), 0.3);
        const Uuid pro = worker(WorkerRole::Professional, QStringLiteral("AS1"), 0.8);
        const Uuid h = household(landlord);
        // Closed on 2023's last day: 2023 only.
        c1 = addCase({.identified = d(2022, 12, 31),
                      .accompanied = d(2023, 1, 1),
                      .closed = d(2023, 12, 31),
                      .household = h,
                      .persons = {person(h)},
                      .problems = {QStringLiteral("self_neglect"), QStringLiteral("rent_arrears")},
                      .partners = {{gp, {}, d(2023, 1, 1)}},
                      .referral = cmp});
        // Identified on 2023's last day, accompanied on 2024's first: both years.
        c2 = addCase({.identified = d(2023, 12, 31),
                      .accompanied = d(2024, 1, 1),
                      .household = household(),
                      .persons = {person(), person()},
                      .problems = {QStringLiteral("rent_arrears")},
                      .partners = {{gp, {}, d(2023, 12, 31)}, {cmp, {}, d(2024, 12, 31)}},
                      .workers = {{peer, {}, d(2023, 12, 31), {}}},
                      .referral = gp});
        // Identified on 2024's first day, closed on its last: 2024 only.
        c3 = addCase({.identified = d(2024, 1, 1),
                      .accompanied = d(2024, 6, 1),
                      .closed = d(2024, 12, 31),
                      .household = h,
                      .persons = {person(h)},
                      .partners = {{cmp, {}, d(2025, 1, 1)}}});
        // The day after 2024.
        addCase({.identified = d(2025, 1, 1), .persons = {person()}});
        archive("case_file", addCase({.identified = d(2024, 3, 3)}));
        addCase({.identified = d(2023, 3, 3), .programme = otherProgramme});

        const QString home = QStringLiteral("home_visit"), phone = QStringLiteral("phone");
        intervention(d(2022, 12, 31), S::Done, home, 600, {c1}, {peer});
        intervention(d(2023, 1, 1), S::Done, home, 90, {c1}, {peer, pro});
        intervention(d(2023, 12, 31), S::Cancelled, phone, 30, {c2}, {pro});
        intervention(d(2023, 12, 31), S::Done, phone, 15, {c2}, {peer2});
        intervention(d(2024, 1, 1), S::Done, home, 60, {c2}, {peer, pro});
        intervention(d(2024, 6, 1), S::Missed, phone, 45, {c3}, {pro});
        intervention(d(2024, 12, 31), S::Planned, home, 60, {c3}, {peer});
        intervention(d(2024, 12, 31), S::Done, QStringLiteral("office"), 75, {c3}, {peer2});
        intervention(d(2025, 1, 1), S::Done, home, 600, {c3}, {peer});
        archive("intervention", intervention(d(2024, 7, 7), S::Done, home, 600, {c2}, {peer}));
        intervention(d(2024, 7, 7), S::Done, home, 600, {}, {peer}, home, otherProgramme);

        using K = SessionKind;
        const SessionParticipants pros{QStringLiteral("health_professional"), 7};
        const SessionParticipants residents{QStringLiteral("resident"), 0}; // present, nobody came
        session(K::InformationMeeting, d(2023, 1, 1), SessionStatus::Done, {pros});
        session(K::InformationMeeting, d(2023, 12, 31), SessionStatus::Cancelled, {pros});
        session(K::Workshop, d(2024, 1, 1), SessionStatus::Done, {residents});
        session(K::Workshop, d(2024, 12, 31), SessionStatus::Done, {pros});
        session(K::Workshop, d(2025, 1, 1), SessionStatus::Done, {pros});

        const QString housing = QStringLiteral("housing"), ties = QStringLiteral("social_ties");
        const QString self = QStringLiteral("person"), team = QStringLiteral("team");
        // c1 in 2023 with two scores on its first day (the one recorded first is the first
        // score); c2 across both years. The clock moves on between records.
        const auto assess = [&](const Uuid &c, const QDate &on, const QString &dimension, int score,
                                const QString &source) {
            clock.advanceMs(1000);
            assessment(c, on, dimension, score, source);
        };
        assess(c1, d(2023, 6, 1), housing, 4, self);
        assess(c1, d(2023, 6, 1), housing, 1, self);
        assess(c1, d(2023, 12, 31), housing, 3, self);
        assess(c2, d(2023, 12, 31), housing, 3, self);
        assess(c2, d(2024, 1, 1), housing, 2, self);
        assess(c2, d(2024, 12, 31), housing, 2, self);
        assess(c2, d(2024, 1, 1), housing, 5, team);
        assess(c2, d(2024, 12, 31), housing, 3, team);
        assess(c3, d(2024, 1, 1), ties, 1, team);
        assess(c3, d(2024, 3, 1), ties, 4, team);
        assess(c3, d(2024, 3, 1), ties, 2, team); // recorded last: the last score
        assess(c1, d(2023, 2, 1), ties, 2, self);
        assess(c1, d(2023, 11, 1), ties, 5, self);
    }
    Uuid c1, c2, c3;
};

// Every figure the annual review asks, and the measures and categories around them.
QList<D> definitions()
{
    QList<D> out;
    for (const CasePeriod p :
         {CasePeriod::Identified, CasePeriod::Active, CasePeriod::AccompaniedActive,
          CasePeriod::Accompanied, CasePeriod::Closed, CasePeriod::ActiveAtEnd})
        out.append(D::count(Measure::Cases, period(p)));
    out.append(D::count(Measure::People, period(CasePeriod::Active)));
    out.append(D::count(Measure::Households, period(CasePeriod::Active)));
    out.append(D::breakdown(Measure::Cases, Category::Landlord, period(CasePeriod::Active)));
    out.append(D::breakdown(Measure::Cases, Category::Problem, period(CasePeriod::Active)));
    out.append(D::breakdown(Measure::Workers, Category::WorkerRole));
    out.append(D::breakdown(Measure::Fte, Category::WorkerRole));
    out.append(D::breakdown(Measure::WorkerHours, Category::WorkerRole));
    out.append(D::count(Measure::Hours));
    out.append(D::breakdown(Measure::Interventions, Category::Channel));
    for (const char *s : {"done", "cancelled", "missed", "planned"})
        out.append(D::breakdown(Measure::Interventions, Category::Channel, status({s})));
    out.append(D::count(Measure::PartnersMobilised));
    out.append(D::count(Measure::PartnerLinks));
    out.append(D::ratio({Measure::PartnerLinks, {}}, {Measure::Cases, {}}, D::Display::Decimal));
    out.append(D::count(Measure::ReferringPartners, period(CasePeriod::Identified)));
    out.append(D::breakdown(Measure::PartnersMobilised, Category::PartnerType));
    out.append(D::breakdown(Measure::PartnerLinks, Category::PartnerType));
    out.append(D::breakdown(Measure::PartnerLinks, Category::Partner));
    out.append(D::breakdown(Measure::Sessions, Category::SessionKind, status({"done"})));
    out.append(D::breakdown(Measure::Sessions, Category::SessionKind));
    out.append(D::breakdown(Measure::Participants, Category::SessionKind));
    out.append(D::breakdown(Measure::Participants, Category::ParticipantTypology));
    for (const char *dimension : {"housing", "social_ties", "care_use"})
        out.append(D::evolution(QString::fromLatin1(dimension)));
    return out;
}

void checkEqual(const IndicatorResult &batched, const IndicatorResult &alone)
{
    CHECK(batched.kind == alone.kind);
    CHECK(batched.valueType == alone.valueType);
    CHECK(batched.value == alone.value);
    CHECK(batched.numerator == alone.numerator);
    CHECK(batched.denominator == alone.denominator);
    CHECK(batched.rows == alone.rows);
    CHECK(batched.person == alone.person);
    CHECK(batched.team == alone.team);
}
} // namespace

TEST_CASE("Figures computed together equal each computed alone, periods straddling the bounds",
          "[indicators][review]")
{
    TwoYears t;
    const ReportingPeriod y2024 = year2024();
    const ReportingPeriod y2023 = y2024.previous();
    // Adjacent years as the review asks them, and an overlapping, non-calendar period.
    const ReportingPeriod overlap{QDate(2024, 7, 1), QDate(2025, 3, 31)};
    QList<IndicatorEngine::Request> requests;
    for (const D &d : definitions())
        for (const ReportingPeriod &p : {y2024, y2023, overlap})
            requests.append({d, p});

    const int before = t.engine.statements();
    const QList<IndicatorResult> batched = t.engine.computeAll(requests, {t.programme});
    const int together = t.engine.statements() - before;
    REQUIRE(batched.size() == requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        INFO("request " << i << ": " << requests[i].definition.toJson().constData() << " over "
                        << requests[i].period.label().toStdString());
        checkEqual(batched[i],
                   t.engine.compute(requests[i].definition, {t.programme}, requests[i].period));
    }
    const int alone = t.engine.statements() - before - together;
    // 3 periods × 33 definitions (+ multi-valued totals, ratio parts) alone; together, the
    // statements of one FROM share.
    CHECK(alone > 100);
    CHECK(together < 25);

    // The dataset does reach both periods.
    CHECK(batched[3].value == 2); // cases followed in 2024 (Active, the second definition): c2, c3
    CHECK(batched[4].value == 2); // … and in 2023: c1, c2
}

TEST_CASE("Evolutions in one pass give what two window functions per dimension gave",
          "[indicators][review]")
{
    TwoYears t;
    // The statement of earlier versions, one dimension at a time: first and last score by
    // row_number() over (assessed_on, created_at, id) ascending and descending.
    const auto windowed = [&](const QString &dimension, const ReportingPeriod &p) {
        SqliteStatement q(
            t.db().handle(),
            "WITH scored AS (SELECT a.case_id, a.source, a.assessed_on, a.score,"
            " row_number() OVER (PARTITION BY a.case_id, a.source"
            " ORDER BY a.assessed_on, a.created_at, a.id) AS first_rank,"
            " row_number() OVER (PARTITION BY a.case_id, a.source"
            " ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) AS last_rank"
            " FROM assessment a JOIN case_file c ON c.id = a.case_id"
            " WHERE a.archived_at IS NULL AND c.archived_at IS NULL AND c.programme_id = ?"
            " AND a.assessed_on BETWEEN ? AND ? AND a.dimension = ?),"
            " paired AS (SELECT case_id, source,"
            " max(CASE WHEN first_rank = 1 THEN score END) AS first_score,"
            " max(CASE WHEN last_rank = 1 THEN score END) AS last_score,"
            " min(assessed_on) AS first_on, max(assessed_on) AS last_on"
            " FROM scored GROUP BY case_id, source)"
            " SELECT source, count(*), total(last_score > first_score),"
            " total(last_score = first_score), total(last_score < first_score)"
            " FROM paired WHERE last_on > first_on GROUP BY source");
        q.bindBlob(1, t.programme.bytes());
        q.bindText(2, p.start.toString(Qt::ISODate));
        q.bindText(3, p.end.toString(Qt::ISODate));
        q.bindText(4, dimension);
        IndicatorResult r;
        while (q.step()) {
            EvolutionFigures &f = q.text(0) == QLatin1String("person") ? r.person : r.team;
            f = {q.int64(1), q.int64(2), q.int64(3), q.int64(4)};
        }
        return r;
    };
    QList<IndicatorEngine::Request> requests;
    const QStringList dimensions{QStringLiteral("housing"), QStringLiteral("social_ties"),
                                 QStringLiteral("care_use")};
    const QList<ReportingPeriod> periods{year2024(), year2024().previous(),
                                         ReportingPeriod{QDate(2023, 6, 1), QDate(2024, 6, 1)}};
    for (const ReportingPeriod &p : periods)
        for (const QString &dimension : dimensions)
            requests.append({D::evolution(dimension), p});
    const int before = t.engine.statements();
    const QList<IndicatorResult> results = t.engine.computeAll(requests, {t.programme});
    CHECK(t.engine.statements() - before == 3); // one per period
    for (qsizetype i = 0; i < requests.size(); ++i) {
        INFO(requests[i].definition.dimension.toStdString()
             << " " << requests[i].period.label().toStdString());
        const IndicatorResult old = windowed(requests[i].definition.dimension, requests[i].period);
        CHECK(results[i].person == old.person);
        CHECK(results[i].team == old.team);
    }
    // Ties on the first day are ordered by when they were recorded: c1's person housing
    // 2023 goes 4 → 3 (worse), not 1 → 3; c2 has one 2023 date only.
    CHECK(results[3].person == EvolutionFigures{1, 0, 0, 1});
    // c3's team social ties 2024: 1 → 2, the later record of 1 March.
    CHECK(results[1].team == EvolutionFigures{1, 1, 0, 0});
}

TEST_CASE("The review's intervention aggregates read the index, never the table (migration 6)",
          "[indicators][review]")
{
    TwoYears t;
    const IndicatorQueryCompiler compiler({t.programme}, year2024());
    const auto plan = [&](const CompiledQuery &q) {
        QStringList steps;
        CompiledQuery explain{"EXPLAIN QUERY PLAN " + q.sql, q.params};
        explain.forEachRow(t.db().handle(),
                           [&](const SqliteStatement &row) { steps.append(row.text(3)); });
        return steps.join(QStringLiteral(" / "));
    };
    const QString covering =
        QStringLiteral("SEARCH i USING COVERING INDEX intervention_programme_date");
    const MeasureSpec done{Measure::Interventions, status({"done"})};
    CHECK(plan(compiler.grouped(done, Category::Channel)).contains(covering));
    CHECK(plan(compiler.value({Measure::Hours, {}})).contains(covering));
    // Hours by role: the intervention side is read from the index, then its workers.
    CHECK(plan(compiler.grouped({Measure::WorkerHours, {}}, Category::WorkerRole))
              .contains(covering));
    // The workers of the period: their subquery too.
    CHECK(plan(compiler.grouped({Measure::Workers, {}}, Category::WorkerRole)).contains(covering));
}
