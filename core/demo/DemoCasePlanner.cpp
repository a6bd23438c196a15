#include "demo/DemoCasePlanner.h"

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace passerelle {

namespace {
namespace K = DemoCodes;

// The first cases take each status in turn so that even a ten-case demo shows them all.
constexpr int forcedCases = 8;

struct Orientation
{
    int day = -1;
    int session = -1;
};
} // namespace

void DemoCasePlanner::plan(DemoWorld &world)
{
    world.cases.resize(std::size_t(world.caseCount));
    for (int i = 0; i < world.caseCount; ++i) {
        DemoRandom random =
            DemoRandom::stream(world.seed, quint64(DemoStream::CasePlan), quint64(i));
        DemoCase c = planOne(world, random, i);
        assignWorkers(world, random, c);
        c.createdMs = world.moment(c.identified, 8 * 60, 18 * 60, random);
        world.cases[std::size_t(i)] = std::move(c);
    }
    std::stable_sort(
        world.cases.begin(), world.cases.end(),
        [](const DemoCase &a, const DemoCase &b) { return a.createdMs < b.createdMs; });
}

DemoCase DemoCasePlanner::planOne(const DemoWorld &world, DemoRandom &random, int index)
{
    const DemoCalendar &cal = world.calendar;
    const int today = cal.today();
    const bool forced = index < forcedCases;
    const int target = forced ? (index + index / 4) % 4 : -1;

    DemoCase c;
    c.stream = quint32(index);
    if (forced) {
        c.programme = qint8(index % DemoProgrammeProfile::Count);
    } else {
        std::array<int, DemoProgrammeProfile::Count> weights{};
        for (std::size_t p = 0; p < weights.size(); ++p)
            weights[p] = DemoProgrammeProfile::all()[p].casePermille;
        c.programme = qint8(random.weighted(weights.begin(), weights.end()));
    }
    const DemoProgrammeProfile &profile = DemoProgrammeProfile::all()[std::size_t(c.programme)];
    const DemoProgramme &programme = world.programmes[std::size_t(c.programme)];

    // Referrals grow over the years as a programme becomes known.
    static constexpr int forcedAge[4][2] = {{0, 10}, {25, 60}, {150, 400}, {500, 1400}};
    int identified;
    if (forced) {
        identified = today - random.between(forcedAge[target][0], forcedAge[target][1]);
    } else {
        const int span = today - world.windowStart;
        const int a = random.between(0, span);
        identified =
            world.windowStart + (random.chance(400) ? std::max(a, random.between(0, span)) : a);
    }
    identified = cal.weekdayOnOrBefore(identified);
    if (identified < world.windowStart)
        identified = cal.weekdayOnOrAfter(identified);
    c.identified = identified;

    const bool early = !forced && random.chance(profile.earlyClosePermille);
    const bool direct = !forced && random.chance(profile.skipOrientationPermille);
    auto closeAt = [&](int day, int reason) {
        c.closed = day;
        c.closeReason = qint8(reason);
    };

    // Orientation: decided by the next commission for programmes that have one.
    int last = identified;
    if (!direct) {
        Orientation o;
        if (profile.commissionTitle) {
            const auto &days = programme.commissionDays;
            const auto it =
                std::lower_bound(days.begin(), days.end(), identified + random.between(2, 10));
            if (it != days.end()) {
                o.day = *it;
                o.session = programme.commissionSessions[std::size_t(it - days.begin())];
            } else if (forced && target >= K::Oriented) {
                o.day = cal.weekdayOnOrAfter(identified + 3);
            } else {
                return c; // waiting for the next commission
            }
        } else {
            o.day = cal.weekdayOnOrAfter(identified +
                                         (forced ? random.between(3, 15) : random.between(3, 40)));
        }
        if (early && random.chance(550)) {
            // Turned down at orientation: not for this programme, or sent elsewhere.
            const bool redirected = random.chance(400);
            closeAt(o.day, redirected ? K::HandedOver : K::NotEligible);
            if (o.session >= 0) {
                c.orientationSession = o.session;
                c.orientedBy = qint8(redirected ? K::Redirected : K::DecisionRefused);
            }
        } else {
            c.oriented = o.day;
            if (o.session >= 0) {
                c.orientationSession = o.session;
                c.orientedBy = qint8(c.programme == DemoProgrammeProfile::HousingCommission &&
                                             random.chance(600)
                                         ? K::HousingGranted
                                         : K::Accepted);
            }
            last = o.day;
        }
    }
    if (c.closed < 0 && early) {
        // Oriented (or not) but the accompaniment never started.
        static const int reasons[] = {K::Refused, K::LostContact, K::Moved, K::OtherReason};
        const int day = cal.weekdayOnOrAfter(last + random.between(7, 60));
        closeAt(day, reasons[random.weighted({50, 30, 10, 10})]);
    }
    if (c.closed < 0) {
        c.accompanied =
            cal.weekdayOnOrAfter(last + (forced ? random.between(5, 20) : random.between(2, 30)));
        int length = profile.meanAccompanimentDays * random.between(30, 170) / 100;
        if (random.chance(150))
            length *= 2;
        if (forced)
            length = random.between(120, 360);
        static const int reasonWeights[] = {35, 25, 8, 10, 8, 3, 5, 2, 0, 4};
        const int reason =
            forced ? int(K::GoalsReached)
                   : random.weighted(std::begin(reasonWeights), std::end(reasonWeights));
        closeAt(cal.weekdayOnOrAfter(c.accompanied + length), reason);
    }

    // What had happened by the reference date (or by the forced status).
    const int limit = forced ? target : K::Closed;
    auto keep = [&](int &day, int status) {
        if (day > today || status > limit)
            day = -1;
    };
    keep(c.oriented, K::Oriented);
    keep(c.accompanied, K::Accompanied);
    keep(c.closed, K::Closed);
    if (c.closed < 0)
        c.closeReason = -1;
    if (c.oriented < 0 && c.orientedBy >= 0 && c.closed < 0) {
        c.orientationSession = -1;
        c.orientedBy = -1;
    }
    c.status = qint8(c.closed >= 0        ? K::Closed
                     : c.accompanied >= 0 ? K::Accompanied
                     : c.oriented >= 0    ? K::Oriented
                                          : K::Identified);
    return c;
}

void DemoCasePlanner::assignWorkers(const DemoWorld &world, DemoRandom &random, DemoCase &c)
{
    const DemoProgramme &programme = world.programmes[std::size_t(c.programme)];
    const DemoTeam &team = programme.teams[random.below(quint32(programme.teams.size()))];
    c.referent = team.coordinator;
    if (c.professionalFrom() >= 0 && !team.professionals.empty())
        c.professional = random.pick(team.professionals);
    if (c.accompanied >= 0 && DemoProgrammeProfile::all()[std::size_t(c.programme)].peerPairs &&
        !team.peers.empty())
        c.peer = random.pick(team.peers);
}

} // namespace passerelle
