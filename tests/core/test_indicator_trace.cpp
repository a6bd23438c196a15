// Every figure can be traced: the records listed add up to the value, carry case numbers,
// pseudonymous codes or ids, and never a name.

#include "test_indicator_fixtures.h"

#include "indicators/IndicatorEngine.h"

#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace passerelle;
using namespace passerelle::test;
using D = IndicatorDefinition;

namespace {
struct TraceWorld : IndicatorFixture
{
    TraceWorld()
    {
        landlord = partner(QStringLiteral("social_landlord"), QStringLiteral("LOGISENS"));
        const Uuid gp = partner(QStringLiteral("gp"), QStringLiteral("Dr Secret"));
        const Uuid cmp = partner(QStringLiteral("cmp"), QStringLiteral("CMP d'Aurillac"));
        const Uuid peer = worker(WorkerRole::PeerWorker, QStringLiteral("TP1"), 0.3, d(2023, 1, 1));
        const Uuid pro = worker(WorkerRole::Professional, QStringLiteral("AS1"), 0.8);
        for (int i = 0; i < 17; ++i) {
            const Uuid h = household(i < 12 ? landlord : Uuid());
            const Uuid c = addCase({.identified = d(2024, 1 + i % 12, 1 + i),
                                    .accompanied = d(2024, 1 + i % 12, 2 + i),
                                    .household = h,
                                    .persons = {person(h, QStringLiteral("Dupont")), person(h, QStringLiteral("Durand"))},
                                    .problems = i % 3 == 0 ? QStringList{QStringLiteral("isolation")} : QStringList{},
                                    .partners = {{gp, {}, d(2024, 1 + i % 12, 2 + i)},
                                                 {cmp, {}, d(2024, 1 + i % 12, 3 + i)}},
                                    .workers = {{peer, PairRole::Peer, d(2024, 1, 1), {}}},
                                    .referral = i % 2 == 0 ? cmp : Uuid()});
            accompanied.insert(numberOf(c));
            intervention(d(2024, 1 + i % 12, 20), InterventionStatus::Done, QStringLiteral("home_visit"),
                         75, {c}, {peer, pro});
            assessment(c, d(2024, 1 + i % 12, 20), QStringLiteral("housing"), 2, QStringLiteral("person"));
            assessment(c, d(2024, 12, 28), QStringLiteral("housing"), i % 2 ? 4 : 2, QStringLiteral("person"));
        }
        // Identified only, not accompanied: the 18th and 19th situations.
        addCase({.identified = d(2024, 11, 1), .persons = {person({}, QStringLiteral("Lefebvre"))}});
        addCase({.identified = d(2024, 11, 2)});
        session(SessionKind::InformationMeeting, d(2024, 5, 1), SessionStatus::Done,
                {{QStringLiteral("health_professional"), 6}, {QStringLiteral("resident"), 4}});
        material(QStringLiteral("leaflet"), d(2024, 2, 1), 500, 300);
    }
    Uuid landlord;
    QSet<QString> accompanied;
};

void checkNoName(const QList<IndicatorTrace> &traces)
{
    for (const IndicatorTrace &t : traces)
        for (const TraceRow &r : t.rows)
            for (const char *secret : {"Dupont", "Durand", "Lefebvre", "Jeanne", "Dr Secret",
                                       "Contact-Secret", "Note confidentielle", "Intervenant "}) {
                INFO(r.reference.toStdString() << " | " << r.detail.toStdString());
                CHECK_FALSE(r.reference.contains(QLatin1String(secret)));
                CHECK_FALSE(r.detail.contains(QLatin1String(secret)));
            }
}
} // namespace

TEST_CASE("Which 17 situations? The trace lists the case numbers behind the value")
{
    TraceWorld t;
    const D accompanied = D::count(Measure::Cases, {{Filter::Period, choice(CasePeriod::AccompaniedActive)}});
    CHECK(t.value(accompanied, year2024()) == 17);
    const QList<IndicatorTrace> traces = t.engine.trace(accompanied, {t.programme}, year2024());
    REQUIRE(traces.size() == 1);
    CHECK(traces[0].value == 17);
    QSet<QString> numbers;
    for (const TraceRow &r : traces[0].rows) {
        numbers.insert(r.reference);
        CHECK(r.reference.startsWith(QStringLiteral("PA-2024-")));
        CHECK_FALSE(r.id.isNull());
        CHECK(r.weight == 1);
    }
    CHECK(numbers == t.accompanied);
    checkNoName(traces);
}

TEST_CASE("Traces add up to their value for every measure and kind of definition")
{
    TraceWorld t;
    const ReportingPeriod y = year2024();
    QList<D> definitions;
    for (const Measure m : IndicatorCatalogue::measures())
        definitions.append(D::count(m));
    definitions += {
        D::count(Measure::People, {{Filter::PersonRole, codes({"main"})}}),
        D::count(Measure::Cases, {{Filter::Landlord, notCodes({t.landlord.toString()})}}),
        D::count(Measure::WorkerHours, {{Filter::WorkerRole, codes({"peer_worker"})}}),
        D::count(Measure::Participants, {{Filter::ParticipantTypology, codes({"resident"})}}),
        D::count(Measure::Cases, {{Filter::Assessed, assessed(QStringLiteral("housing"), QStringLiteral("person"), 4)}}),
    };
    for (const D &d : definitions) {
        INFO(d.toJson().toStdString());
        const IndicatorResult r = t.compute(d, y);
        const QList<IndicatorTrace> traces = t.engine.trace(d, {t.programme}, y);
        REQUIRE(traces.size() == 1);
        double sum = 0;
        for (const TraceRow &row : traces[0].rows)
            sum += row.weight;
        CHECK(sum == Approx(*r.value));
        CHECK(traces[0].value == Approx(*r.value));
        checkNoName(traces);
    }
    // Spot checks of what a coordinator reads.
    CHECK(t.value(D::count(Measure::People), y) == 35);
    const QList<IndicatorTrace> people = t.engine.trace(D::count(Measure::People), {t.programme}, y);
    for (const TraceRow &r : people[0].rows)
        CHECK(r.reference.startsWith(QStringLiteral("P-")));
    const QList<IndicatorTrace> workers = t.engine.trace(D::count(Measure::Workers), {t.programme}, y);
    QStringList codes;
    for (const TraceRow &r : workers[0].rows)
        codes.append(r.reference);
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("AS1"), QStringLiteral("TP1")});
    const QList<IndicatorTrace> partners = t.engine.trace(D::count(Measure::PartnersMobilised), {t.programme}, y);
    QStringList partnerRefs;
    for (const TraceRow &r : partners[0].rows)
        partnerRefs.append(r.reference);
    partnerRefs.sort();
    REQUIRE(partnerRefs.size() == 2);
    CHECK(partnerRefs[0] == QStringLiteral("CMP d'Aurillac"));
    CHECK(partnerRefs[1].startsWith(QStringLiteral("Médecin traitant "))); // a GP is a person: type and short id
}

TEST_CASE("Ratio, breakdown and evolution traces: by part, by group, by source")
{
    TraceWorld t;
    const ReportingPeriod y = year2024();
    const D ratio = D::ratio({Measure::Cases, {{Filter::Period, choice(CasePeriod::AccompaniedActive)}}},
                             {Measure::Cases, {}});
    const QList<IndicatorTrace> both = t.engine.trace(ratio, {t.programme}, y);
    REQUIRE(both.size() == 2);
    CHECK(both[0].title == QStringLiteral("Numérateur"));
    CHECK(both[0].rows.size() == 17);
    CHECK(both[1].title == QStringLiteral("Dénominateur"));
    CHECK(both[1].rows.size() == 19);
    TraceSelection denominator;
    denominator.part = TraceSelection::Part::Denominator;
    const QList<IndicatorTrace> only = t.engine.trace(ratio, {t.programme}, y, denominator);
    REQUIRE(only.size() == 1);
    CHECK(only[0].rows.size() == 19);

    const D byLandlord = D::breakdown(Measure::Cases, Category::Landlord);
    const IndicatorResult groups = t.compute(byLandlord, y);
    const QList<IndicatorTrace> perGroup = t.engine.trace(byLandlord, {t.programme}, y);
    REQUIRE(perGroup.size() == 2); // LOGISENS, not filled in (empty groups are not listed)
    CHECK(perGroup[0].title == QStringLiteral("LOGISENS"));
    CHECK(perGroup[0].rows.size() == 12);
    CHECK(perGroup[1].title == QStringLiteral("Non renseigné"));
    CHECK(perGroup[1].rows.size() == 7);
    TraceSelection logisens;
    logisens.category = t.landlord.toString();
    CHECK(t.engine.trace(byLandlord, {t.programme}, y, logisens)[0].value == 12);
    TraceSelection notFilled;
    notFilled.category = QString();
    CHECK(t.engine.trace(byLandlord, {t.programme}, y, notFilled)[0].value == 7);
    CHECK(groups.rows.size() == 2);
    // A typo in a fixed list is refused; a partner without records in the period is an
    // empty group (it may have some in the other period of a review).
    TraceSelection unknown;
    unknown.category = QStringLiteral("nope");
    CHECK_THROWS_AS(t.engine.trace(D::breakdown(Measure::Cases, Category::Problem), {t.programme}, y, unknown),
                    ValidationError);
    TraceSelection otherLandlord;
    otherLandlord.category = Uuid::createV7().toString();
    const QList<IndicatorTrace> none = t.engine.trace(byLandlord, {t.programme}, y, otherLandlord);
    REQUIRE(none.size() == 1);
    CHECK(none[0].rows.isEmpty());

    const D problems = D::breakdown(Measure::Cases, Category::Problem);
    for (const IndicatorTrace &trace : t.engine.trace(problems, {t.programme}, y)) {
        INFO(trace.title.toStdString());
        CHECK(trace.value == trace.rows.size());
    }

    const D evolution = D::evolution(QStringLiteral("housing"));
    const IndicatorResult r = t.compute(evolution, y);
    CHECK(r.person == EvolutionFigures{17, 8, 9, 0});
    TraceSelection person;
    person.source = QStringLiteral("person");
    const QList<IndicatorTrace> evolutionTrace = t.engine.trace(evolution, {t.programme}, y, person);
    REQUIRE(evolutionTrace.size() == 1);
    CHECK(evolutionTrace[0].rows.size() == 17);
    CHECK(evolutionTrace[0].value == 8);
    for (const TraceRow &row : evolutionTrace[0].rows)
        CHECK(row.detail.contains(QStringLiteral("→")));
    checkNoName(evolutionTrace);
}
