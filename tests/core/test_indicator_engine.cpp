// The indicator engine on hand-built datasets: exact values for every kind of definition,
// records on both sides of the period's bounds, empty periods and division by zero.

#include "test_indicator_fixtures.h"

#include "indicators/IndicatorEngine.h"
#include "repositories/CaseRepository.h"
#include "repositories/IndicatorRepository.h"

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

const ReportingPeriod empty2010 = ReportingPeriod::calendarYear(2010);

// Cases placed on both sides of 2024's bounds (the comments say where each one counts).
struct CaseBounds : IndicatorFixture
{
    CaseBounds()
    {
        const Uuid h = household();
        // A: accompanied in 2023, closed on 2024's first day: followed in 2024, not at its end.
        a = addCase({.identified = d(2023, 11, 10), .accompanied = d(2023, 12, 1),
                     .closed = d(2024, 1, 1), .household = h, .persons = {person(h), person(h)}});
        // B: identified on 2023's last day, still open.
        b = addCase({.identified = d(2023, 12, 31), .persons = {person()}});
        // C: identified on 2024's first day, oriented, still open.
        c = addCase({.identified = d(2024, 1, 1), .oriented = d(2024, 2, 1), .persons = {person()}});
        // D: identified and accompanied on 2024's last day.
        dd = addCase({.identified = d(2024, 12, 31), .accompanied = d(2024, 12, 31)});
        // E: identified the day after 2024.
        e = addCase({.identified = d(2025, 1, 1)});
        // F: closed on 2023's last day.
        f = addCase({.identified = d(2023, 3, 1), .closed = d(2023, 12, 31),
                     .closeReason = QStringLiteral("refused")});
        // I: identified and closed within 2024, closed on its last day.
        i = addCase({.identified = d(2024, 6, 1), .accompanied = d(2024, 7, 1),
                     .closed = d(2024, 12, 31), .closeReason = QStringLiteral("handed_over")});
        // Never counted: an archived case and another programme's case, both in 2024.
        archive("case_file", addCase({.identified = d(2024, 3, 3)}));
        addCase({.identified = d(2024, 3, 3), .programme = otherProgramme});
    }
    Uuid a, b, c, dd, e, f, i;
};
} // namespace

TEST_CASE("Cases: every period anchor on records straddling the bounds")
{
    CaseBounds t;
    const auto cases = [&](CasePeriod p) { return t.value(D::count(Measure::Cases, period(p)), year2024()); };
    CHECK(cases(CasePeriod::Identified) == 3);        // C, D, I
    CHECK(cases(CasePeriod::Active) == 5);            // A, B, C, D, I
    CHECK(cases(CasePeriod::AccompaniedActive) == 3); // A, D, I
    CHECK(cases(CasePeriod::ActiveAtEnd) == 3);       // B, C, D (I closed on the last day)
    CHECK(cases(CasePeriod::Closed) == 2);            // A, I
    CHECK(cases(CasePeriod::Accompanied) == 2);       // D, I
    CHECK(cases(CasePeriod::Oriented) == 1);          // C
    CHECK(cases(CasePeriod::Any) == 7);               // all but the archived and the other programme's
    // The default anchor is "active".
    CHECK(t.value(D::count(Measure::Cases), year2024()) == 5);
    // Status and close reason filters.
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Status, codes({"closed"})}}), year2024()) == 2);
    CHECK(t.value(D::count(Measure::Cases, period(CasePeriod::Closed, {{Filter::CloseReason, codes({"handed_over"})}})),
                  year2024()) == 1);
    // People: distinct people of the cases (A has two, C and B one, D and I none).
    CHECK(t.value(D::count(Measure::People), year2024()) == 4);
    CHECK(t.value(D::count(Measure::People, {{Filter::PersonRole, codes({"main"})}}), year2024()) == 3);
    CHECK(t.value(D::count(Measure::Households), year2024()) == 1);

    for (const CasePeriod p : {CasePeriod::Identified, CasePeriod::Active, CasePeriod::ActiveAtEnd,
                               CasePeriod::Closed}) {
        INFO(IndicatorCatalogue::code(p).toStdString());
        CHECK(t.value(D::count(Measure::Cases, period(p)), empty2010) == 0);
    }
}

TEST_CASE("Interventions and hours: bounds, statuses, channels, worker roles, pairs")
{
    IndicatorFixture t;
    const Uuid peer = t.worker(WorkerRole::PeerWorker, QStringLiteral("TP1"));
    const Uuid peer2 = t.worker(WorkerRole::PeerWorker, QStringLiteral("TP2"));
    const Uuid pro = t.worker(WorkerRole::Professional, QStringLiteral("AS1"));
    const Uuid c = t.addCase({.identified = t.d(2023, 6, 1)});
    using S = InterventionStatus;
    const QString home = QStringLiteral("home_visit"), phone = QStringLiteral("phone");
    t.intervention(t.d(2023, 12, 31), S::Done, home, 600, {c}, {peer});    // before
    t.intervention(t.d(2024, 1, 1), S::Done, home, 90, {c}, {peer, pro});  // pair: 1,5 h each
    t.intervention(t.d(2024, 6, 15), S::Done, phone, 30, {c}, {pro});
    t.intervention(t.d(2024, 12, 31), S::Done, home, 60, {c}, {peer, peer2});
    t.intervention(t.d(2024, 3, 1), S::Cancelled, home, 60, {c}, {peer});
    t.intervention(t.d(2024, 4, 1), S::Missed, phone, 45, {c}, {pro});
    t.intervention(t.d(2024, 5, 1), S::Planned, home, 60, {}, {peer});
    t.intervention(t.d(2025, 1, 1), S::Done, home, 600, {c}, {peer});      // after
    t.archive("intervention", t.intervention(t.d(2024, 7, 7), S::Done, home, 600, {c}, {peer}));
    t.intervention(t.d(2024, 7, 7), S::Done, home, 600, {}, {peer}, QStringLiteral("home_visit"),
                   t.otherProgramme);

    const ReportingPeriod y = year2024();
    CHECK(t.value(D::count(Measure::Interventions), y) == 6);
    CHECK(t.value(D::count(Measure::Interventions, {{Filter::Status, codes({"done"})}}), y) == 3);
    CHECK(t.value(D::count(Measure::Interventions, {{Filter::Status, codes({"planned", "missed"})}}), y) == 2);
    CHECK(t.value(D::count(Measure::Interventions, {{Filter::Channel, codes({"phone"})}}), y) == 2);
    CHECK(t.value(D::count(Measure::Interventions, {{Filter::Channel, notCodes({QStringLiteral("phone")})}}), y) == 4);
    CHECK(t.value(D::count(Measure::Interventions, {{Filter::InterventionType, codes({"interview"})}}), y) == 0);
    // Hours: done interventions by default, each counted once: 1,5 + 0,5 + 1.
    CHECK(t.value(D::count(Measure::Hours), y) == Approx(3.0));
    CHECK(t.value(D::count(Measure::Hours, {{Filter::Status, codes({"done", "cancelled"})}}), y) == Approx(4.0));
    // Interventions in which a peer worker took part.
    CHECK(t.value(D::count(Measure::Hours, {{Filter::WorkerRole, codes({"peer_worker"})}}), y) == Approx(2.5));
    // Hours worked: once per worker present. Peers: 1,5 + 1 + 1; professional: 1,5 + 0,5.
    CHECK(t.value(D::count(Measure::WorkerHours), y) == Approx(5.5));
    CHECK(t.value(D::count(Measure::WorkerHours, {{Filter::WorkerRole, codes({"peer_worker"})}}), y) == Approx(3.5));
    CHECK(t.value(D::count(Measure::WorkerHours, {{Filter::WorkerRole, codes({"professional"})}}), y) == Approx(2.0));

    const IndicatorResult byRole = t.compute(D::breakdown(Measure::WorkerHours, Category::WorkerRole), y);
    REQUIRE(byRole.rows.size() == 3);
    CHECK(byRole.rows[0].code == QLatin1String("peer_worker"));
    CHECK(byRole.rows[0].value == Approx(3.5));
    CHECK(byRole.rows[1].value == Approx(2.0));
    CHECK(byRole.rows[2].value == 0); // coordinator: listed with zero
    CHECK(*byRole.value == Approx(5.5));

    const IndicatorResult byChannel = t.compute(D::breakdown(Measure::Interventions, Category::Channel), y);
    QHash<QString, double> channel;
    for (const BreakdownRow &r : byChannel.rows)
        channel.insert(r.code, r.value);
    CHECK(channel.value(QStringLiteral("home_visit")) == 4);
    CHECK(channel.value(QStringLiteral("phone")) == 2);
    CHECK(channel.value(QStringLiteral("office")) == 0);
    CHECK(*byChannel.value == 6);

    CHECK(t.value(D::count(Measure::Interventions), empty2010) == 0);
    CHECK(t.value(D::count(Measure::Hours), empty2010) == 0);
    CHECK(t.value(D::count(Measure::WorkerHours), empty2010) == 0);
    // The day after and the day before are periods of their own.
    CHECK(t.value(D::count(Measure::Interventions), {t.d(2023, 12, 31), t.d(2023, 12, 31)}) == 1);
    CHECK(t.value(D::count(Measure::Hours), {t.d(2025, 1, 1), t.d(2025, 1, 1)}) == Approx(10.0));
}

TEST_CASE("Ratios: values, zero denominators, decimal display")
{
    CaseBounds t;
    const D accompaniedOverActive =
        D::ratio({Measure::Cases, period(CasePeriod::AccompaniedActive)}, {Measure::Cases, {}});
    const IndicatorResult r = t.compute(accompaniedOverActive, year2024());
    CHECK(r.kind == IndicatorResult::Kind::Ratio);
    CHECK(r.numerator == 3);
    CHECK(r.denominator == 5);
    REQUIRE(r.value);
    CHECK(*r.value == Approx(0.6));
    CHECK(r.displayText() == QStringLiteral("3 / 5 (60,0 %)"));

    // Nothing in 2010: no value, never 0 % nor a division error.
    const IndicatorResult none = t.compute(accompaniedOverActive, empty2010);
    CHECK(none.numerator == 0);
    CHECK(none.denominator == 0);
    CHECK_FALSE(none.value.has_value());
    CHECK(none.displayText() == QStringLiteral("0 / 0 (n.d.)"));

    // A zero numerator over a non-zero denominator is a real 0 %.
    const IndicatorResult zero = t.compute(
        D::ratio({Measure::Cases, {{Filter::Status, codes({"identified"})}, {Filter::Period, choice(CasePeriod::Identified)}}},
                 {Measure::Cases, {}}),
        year2024());
    REQUIRE(zero.value);
    CHECK(*zero.value == 0);

    const IndicatorResult average = t.compute(
        D::ratio({Measure::People, {}}, {Measure::Cases, {}}, D::Display::Decimal), year2024());
    CHECK(*average.value == Approx(0.8));
    CHECK(average.displayText() == QStringLiteral("4 / 5 (0,8)"));
}

TEST_CASE("Breakdowns: every category listed, zeros kept, multi-valued totals, not filled in")
{
    IndicatorFixture t;
    const Uuid landlord = t.partner(QStringLiteral("social_landlord"), QStringLiteral("LOGISENS"));
    const Uuid privateLandlord = t.partner(QStringLiteral("private_landlord"), QStringLiteral("M. Martin"));
    t.addCase({.identified = t.d(2024, 2, 1), .household = t.household(landlord),
               .problems = {QStringLiteral("isolation"), QStringLiteral("self_neglect")}});
    t.addCase({.identified = t.d(2024, 3, 1), .household = t.household(landlord),
               .problems = {QStringLiteral("isolation")}});
    t.addCase({.identified = t.d(2024, 3, 5), .household = t.household(privateLandlord)});
    t.addCase({.identified = t.d(2024, 4, 1), .household = t.household()});
    t.addCase({.identified = t.d(2024, 4, 2)});

    const IndicatorResult problems = t.compute(D::breakdown(Measure::Cases, Category::Problem), year2024());
    QHash<QString, double> byCode;
    for (const BreakdownRow &r : problems.rows)
        byCode.insert(r.code.isNull() ? QStringLiteral("<null>") : r.code, r.value);
    CHECK(byCode.value(QStringLiteral("isolation")) == 2);
    CHECK(byCode.value(QStringLiteral("self_neglect")) == 1);
    CHECK(byCode.contains(QStringLiteral("addiction")));
    CHECK(byCode.value(QStringLiteral("addiction")) == 0);
    CHECK(byCode.value(QStringLiteral("<null>")) == 3);
    CHECK(problems.rows.last().code.isNull());
    CHECK(problems.rows.last().label == QStringLiteral("Non renseigné"));
    CHECK(problems.rows.size() == 13); // the twelve shipped problems, then "not filled in"
    // Five cases, although the rows add up to six.
    CHECK(*problems.value == 5);

    const IndicatorResult landlords = t.compute(D::breakdown(Measure::Cases, Category::Landlord), year2024());
    REQUIRE(landlords.rows.size() == 3);
    CHECK(landlords.rows[0].code == landlord.toString());
    CHECK(landlords.rows[0].label == QStringLiteral("LOGISENS"));
    CHECK(landlords.rows[0].value == 2);
    // A private landlord is a person: shown by type and a short id, never by name.
    CHECK(landlords.rows[1].code == privateLandlord.toString());
    CHECK(landlords.rows[1].label.startsWith(QStringLiteral("Bailleur privé ")));
    CHECK_FALSE(landlords.rows[1].label.contains(QStringLiteral("Martin")));
    CHECK(landlords.rows[2].code.isNull());
    CHECK(landlords.rows[2].value == 2);
    CHECK(*landlords.value == 5);

    // "Hors LOGISENS": every case whose household is not LOGISENS's, with or without one.
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Landlord, notCodes({landlord.toString()})}}), year2024()) == 3);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Landlord, codes(QStringList{landlord.toString()})}}), year2024()) == 2);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::LandlordType, codes({"social_landlord"})}}), year2024()) == 2);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Problem, codes({"self_neglect", "isolation"})}}), year2024()) == 2);

    const IndicatorResult months = t.compute(
        D::breakdown(Measure::Cases, Category::Month, period(CasePeriod::Identified)), year2024());
    REQUIRE(months.rows.size() == 12);
    CHECK(months.rows[0].label == QStringLiteral("Janvier 2024"));
    CHECK(months.rows[1].value == 1);
    CHECK(months.rows[2].value == 2);
    CHECK(months.rows[3].value == 2);
    CHECK(months.rows[11].value == 0);

    const IndicatorResult nothing = t.compute(D::breakdown(Measure::Cases, Category::Problem), empty2010);
    CHECK(*nothing.value == 0);
    CHECK(nothing.rows.size() == 12); // every problem at zero, no "not filled in" row
}

TEST_CASE("Collective sessions, participants and commission reviews")
{
    IndicatorFixture t;
    using K = SessionKind;
    using S = SessionStatus;
    const SessionParticipants pros{QStringLiteral("health_professional"), 7};
    const SessionParticipants social{QStringLiteral("social_worker"), 5};
    t.session(K::InformationMeeting, t.d(2023, 12, 31), S::Done, {pros});
    t.session(K::InformationMeeting, t.d(2024, 1, 1), S::Done, {pros, social});
    t.session(K::InformationMeeting, t.d(2024, 9, 1), S::Cancelled, {social});
    t.session(K::InformationMeeting, t.d(2024, 12, 31), S::Done, {social});
    t.session(K::Workshop, t.d(2024, 5, 5), S::Done, {{QStringLiteral("resident"), 9}});
    t.session(K::InformationMeeting, t.d(2024, 5, 5), S::Done, {pros}, {}, t.otherProgramme);
    const Uuid c1 = t.addCase({.identified = t.d(2024, 1, 10)});
    const Uuid c2 = t.addCase({.identified = t.d(2024, 1, 12)});
    t.session(K::Commission, t.d(2024, 2, 2), S::Done, {},
              {{c1, QStringLiteral("accepted"), {}}, {c2, QStringLiteral("postponed"), {}}});
    t.session(K::Commission, t.d(2024, 3, 2), S::Done, {}, {{c2, QStringLiteral("accepted"), {}}});

    const ReportingPeriod y = year2024();
    const FilterMap info{{Filter::SessionKind, codes({"information_meeting"})}};
    FilterMap infoDone = info;
    infoDone[Filter::Status] = codes({"done"});
    CHECK(t.value(D::count(Measure::Sessions, info), y) == 3);
    CHECK(t.value(D::count(Measure::Sessions, infoDone), y) == 2);
    // Réalisées / prévues.
    const IndicatorResult held = t.compute(D::ratio({Measure::Sessions, infoDone}, {Measure::Sessions, info}), y);
    CHECK(held.displayText() == QStringLiteral("2 / 3 (66,7 %)"));
    // Participants of sessions held (the cancelled one's 5 do not count).
    CHECK(t.value(D::count(Measure::Participants, info), y) == 17);
    CHECK(t.value(D::count(Measure::Participants, {{Filter::Status, codes({"cancelled"})}}), y) == 5);
    CHECK(t.value(D::count(Measure::Participants), y) == 26);
    const IndicatorResult typology = t.compute(D::breakdown(Measure::Participants, Category::ParticipantTypology, info), y);
    QHash<QString, double> byType;
    for (const BreakdownRow &r : typology.rows)
        byType.insert(r.code, r.value);
    CHECK(byType.value(QStringLiteral("health_professional")) == 7);
    CHECK(byType.value(QStringLiteral("social_worker")) == 10);
    CHECK(byType.value(QStringLiteral("elected")) == 0);
    CHECK(*typology.value == 17);

    CHECK(t.value(D::count(Measure::CommissionReviews), y) == 3);
    CHECK(t.value(D::count(Measure::CommissionReviews, {{Filter::Decision, codes({"accepted"})}}), y) == 2);
    CHECK(t.value(D::count(Measure::Sessions, {{Filter::SessionKind, codes({"commission"})}}), y) == 2);
    CHECK(t.value(D::count(Measure::Participants), empty2010) == 0);
}

TEST_CASE("Partners mobilised: distinct, per case, by type, not after the period")
{
    IndicatorFixture t;
    const Uuid gp = t.partner(QStringLiteral("gp"), QStringLiteral("Dr Secret"));
    const Uuid cmp = t.partner(QStringLiteral("cmp"), QStringLiteral("CMP de Chaumont"));
    const Uuid ccas = t.partner(QStringLiteral("ccas"), QStringLiteral("CCAS de Chaumont"));
    t.addCase({.identified = t.d(2024, 1, 5), .accompanied = t.d(2024, 2, 1),
               .partners = {{gp, {}, t.d(2024, 1, 5)}, {cmp, {}, t.d(2024, 2, 1)}},
               .referral = ccas});
    t.addCase({.identified = t.d(2024, 3, 5), .accompanied = t.d(2024, 4, 1),
               .partners = {{gp, {}, t.d(2024, 3, 5)}, {ccas, {}, t.d(2025, 2, 1)}},
               .referral = ccas});
    t.addCase({.identified = t.d(2024, 5, 5)});

    const ReportingPeriod y = year2024();
    CHECK(t.value(D::count(Measure::PartnersMobilised), y) == 2); // CCAS only mobilised in 2025
    CHECK(t.value(D::count(Measure::PartnerLinks), y) == 3);
    CHECK(t.value(D::count(Measure::ReferringPartners), y) == 1);
    CHECK(t.value(D::count(Measure::PartnersMobilised, {{Filter::PartnerType, codes({"gp"})}}), y) == 1);
    const IndicatorResult perCase = t.compute(
        D::ratio({Measure::PartnerLinks, period(CasePeriod::AccompaniedActive)},
                 {Measure::Cases, period(CasePeriod::AccompaniedActive)}, D::Display::Decimal), y);
    CHECK(*perCase.value == Approx(1.5));
    const IndicatorResult byType = t.compute(D::breakdown(Measure::PartnerLinks, Category::PartnerType), y);
    QHash<QString, double> links;
    for (const BreakdownRow &r : byType.rows)
        links.insert(r.code, r.value);
    CHECK(links.value(QStringLiteral("gp")) == 2);
    CHECK(links.value(QStringLiteral("cmp")) == 1);
    CHECK(links.value(QStringLiteral("ccas")) == 0);
    // In 2025 the CCAS mobilisation counts, for the cases still followed then.
    CHECK(t.value(D::count(Measure::PartnerLinks), ReportingPeriod::calendarYear(2025)) == 4);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Referred, flag(true)}}), y) == 2);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Referred, flag(false)}}), y) == 1);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::ReferralPartnerType, codes({"ccas"})}}), y) == 2);
}

TEST_CASE("Workers, trained workers and FTE of the programme")
{
    IndicatorFixture t;
    const Uuid tp1 = t.worker(WorkerRole::PeerWorker, QStringLiteral("TP1"), 0.2, t.d(2023, 5, 1));
    const Uuid tp2 = t.worker(WorkerRole::PeerWorker, QStringLiteral("TP2"), 0.3, t.d(2024, 10, 1));
    const Uuid tp3 = t.worker(WorkerRole::PeerWorker, QStringLiteral("TP3"), 0.4, t.d(2025, 3, 1));
    const Uuid tp4 = t.worker(WorkerRole::PeerWorker, QStringLiteral("TP4"), 0.5);
    const Uuid pro = t.worker(WorkerRole::Professional, QStringLiteral("AS1"), 0.8);
    const Uuid c = t.addCase({.identified = t.d(2023, 1, 1),
                              .workers = {{tp3, PairRole::Peer, t.d(2023, 1, 1), t.d(2024, 2, 1)},
                                          {tp4, PairRole::Peer, t.d(2023, 1, 1), t.d(2023, 12, 31)}}});
    t.intervention(t.d(2024, 5, 1), InterventionStatus::Done, QStringLiteral("home_visit"), 60, {c}, {tp1, pro});
    t.intervention(t.d(2024, 6, 1), InterventionStatus::Done, QStringLiteral("home_visit"), 60, {c}, {tp2});
    // Planned only, or in another year: not intervening in 2024 through these.
    t.intervention(t.d(2024, 7, 1), InterventionStatus::Planned, QStringLiteral("home_visit"), 60, {c}, {tp4});
    t.intervention(t.d(2023, 7, 1), InterventionStatus::Done, QStringLiteral("home_visit"), 60, {c}, {tp4});

    const ReportingPeriod y = year2024();
    const FilterMap peers{{Filter::WorkerRole, codes({"peer_worker"})}};
    // TP1, TP2 intervened; TP3 was assigned until February; TP4's assignment ended in 2023.
    CHECK(t.value(D::count(Measure::Workers, peers), y) == 3);
    CHECK(t.value(D::count(Measure::Workers), y) == 4);
    CHECK(t.value(D::count(Measure::TrainedWorkers, peers), y) == 2);             // TP1, TP2
    FilterMap trainedThisYear = peers;
    trainedThisYear[Filter::TrainedInPeriod] = flag(true);
    CHECK(t.value(D::count(Measure::Workers, trainedThisYear), y) == 1);         // TP2
    CHECK(t.value(D::count(Measure::Fte), y) == Approx(0.2 + 0.3 + 0.4 + 0.8));
    CHECK(t.value(D::count(Measure::Fte, peers), y) == Approx(0.9));
    CHECK(t.value(D::count(Measure::Workers), empty2010) == 0);
}

TEST_CASE("Materials and assessments")
{
    IndicatorFixture t;
    t.material(QStringLiteral("leaflet"), t.d(2024, 1, 1), 600, 520);
    t.material(QStringLiteral("poster"), t.d(2024, 12, 31), 80, 72);
    t.material(QStringLiteral("leaflet"), t.d(2023, 12, 31), 100, 100);
    const ReportingPeriod y = year2024();
    CHECK(t.value(D::count(Measure::Materials), y) == 2);
    CHECK(t.value(D::count(Measure::MaterialsMade), y) == 680);
    CHECK(t.value(D::count(Measure::MaterialsDistributed), y) == 592);
    CHECK(t.value(D::count(Measure::Materials, {{Filter::MaterialType, codes({"poster"})}}), y) == 1);

    const Uuid c = t.addCase({.identified = t.d(2023, 1, 1)});
    t.assessment(c, t.d(2023, 6, 1), QStringLiteral("housing"), 1, QStringLiteral("team"));
    t.assessment(c, t.d(2024, 6, 1), QStringLiteral("housing"), 2, QStringLiteral("team"));
    t.assessment(c, t.d(2024, 6, 1), QStringLiteral("housing"), 4, QStringLiteral("person"));
    t.assessment(c, t.d(2024, 9, 1), QStringLiteral("social_ties"), 4, QStringLiteral("person"));
    CHECK(t.value(D::count(Measure::Assessments), y) == 3);
    CHECK(t.value(D::count(Measure::Assessments, {{Filter::Source, codes({"person"})}}), y) == 2);
    CHECK(t.value(D::count(Measure::Assessments, {{Filter::Dimension, codes({"housing"})}}), y) == 2);
    // Cases "declaring" a favourable score (4 or 5) in the period.
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Assessed, assessed(QStringLiteral("housing"), QStringLiteral("person"), 4)}}), y) == 1);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Assessed, assessed(QStringLiteral("housing"), QStringLiteral("team"), 4)}}), y) == 0);
    CHECK(t.value(D::count(Measure::Cases, {{Filter::Assessed, assessed(QStringLiteral("housing"), {}, 1, 2)}}), y) == 1);
}

TEST_CASE("Evolution: first and last assessment of the period, person beside team")
{
    IndicatorFixture t;
    const QString housing = QStringLiteral("housing");
    const QString person = QStringLiteral("person"), team = QStringLiteral("team");
    const auto newCase = [&] { return t.addCase({.identified = t.d(2023, 1, 1)}); };
    const Uuid improved = newCase();
    t.assessment(improved, t.d(2024, 1, 1), housing, 2, person);
    t.assessment(improved, t.d(2024, 6, 1), housing, 1, person); // a dip in between does not matter
    t.assessment(improved, t.d(2024, 12, 31), housing, 4, person);
    t.assessment(improved, t.d(2024, 2, 1), housing, 2, team);
    t.assessment(improved, t.d(2024, 11, 1), housing, 3, team);
    const Uuid stable = newCase();
    t.assessment(stable, t.d(2024, 2, 1), housing, 3, person);
    t.assessment(stable, t.d(2024, 10, 1), housing, 3, person);
    t.assessment(stable, t.d(2024, 2, 1), housing, 4, team);
    t.assessment(stable, t.d(2024, 10, 1), housing, 2, team);
    // Straddling: the 2023 assessment is not the first one of 2024; only one 2024 date left.
    const Uuid straddling = newCase();
    t.assessment(straddling, t.d(2023, 12, 31), housing, 1, person);
    t.assessment(straddling, t.d(2024, 3, 1), housing, 5, person);
    // Two assessments on the same day are not an evolution.
    const Uuid sameDay = newCase();
    t.assessment(sameDay, t.d(2024, 4, 1), housing, 1, team);
    t.assessment(sameDay, t.d(2024, 4, 1), housing, 5, team);
    // Another dimension.
    const Uuid other = newCase();
    t.assessment(other, t.d(2024, 1, 1), QStringLiteral("social_ties"), 1, person);
    t.assessment(other, t.d(2024, 5, 1), QStringLiteral("social_ties"), 5, person);

    const IndicatorResult r = t.compute(D::evolution(housing), year2024());
    CHECK(r.kind == IndicatorResult::Kind::Evolution);
    CHECK(r.person == EvolutionFigures{2, 1, 1, 0});
    CHECK(r.team == EvolutionFigures{2, 1, 0, 1});
    CHECK(*r.person.share() == Approx(0.5));
    CHECK(r.displayText() == QStringLiteral("personne : 50 % (1 / 2) · équipe : 50 % (1 / 2)"));

    // Over 2023–2024 the straddling case becomes evaluable and improved.
    const IndicatorResult wide = t.compute(D::evolution(housing), {t.d(2023, 1, 1), t.d(2024, 12, 31)});
    CHECK(wide.person == EvolutionFigures{3, 2, 1, 0});

    const IndicatorResult none = t.compute(D::evolution(housing), empty2010);
    CHECK(none.person.evaluable == 0);
    CHECK_FALSE(none.person.share().has_value());
    CHECK(none.displayText() == QStringLiteral("personne : n.d. · équipe : n.d."));

    // Case filters apply: only the improved case has a problem recorded.
    CaseRepository cases(t.db(), t.clock);
    Case withProblem = *cases.find(improved);
    withProblem.problems = {QStringLiteral("isolation")};
    cases.update(withProblem);
    const IndicatorResult filtered =
        t.compute(D::evolution(housing, {{Filter::Problem, codes({"isolation"})}}), year2024());
    CHECK(filtered.person == EvolutionFigures{1, 1, 0, 0});
}

TEST_CASE("Indicators of a sheet: stored definitions, values entered by hand for exact periods")
{
    IndicatorFixture t;
    t.addCase({.identified = t.d(2024, 2, 1)});
    const Uuid computed = t.indicator(IndicatorKind::Process, QStringLiteral("Situations"),
                                      D::count(Measure::Cases));
    const Uuid manual = t.indicator(IndicatorKind::Result, QStringLiteral("Besoins exprimés"), std::nullopt);
    IndicatorRepository indicators(t.db(), t.clock);
    indicators.setValue({manual, t.d(2024, 1, 1), t.d(2024, 12, 31), 12.0, QStringLiteral("12 / 17"), {}, {}, {}});

    CHECK(t.engine.compute(*indicators.find(computed), year2024()).value == 1.0);
    const IndicatorResult entered = t.engine.compute(*indicators.find(manual), year2024());
    CHECK(entered.kind == IndicatorResult::Kind::Manual);
    CHECK(entered.entered);
    CHECK(*entered.value == 12);
    CHECK(entered.displayText() == QStringLiteral("12 / 17"));
    // Another period has nothing entered (a value is not spread over other periods).
    const IndicatorResult missing =
        t.engine.compute(*indicators.find(manual), {t.d(2024, 1, 1), t.d(2024, 6, 30)});
    CHECK_FALSE(missing.entered);
    CHECK(missing.displayText() == QStringLiteral("non renseigné"));
}
