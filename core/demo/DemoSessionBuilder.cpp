#include "demo/DemoSessionBuilder.h"

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"

#include <algorithm>

namespace passerelle {

namespace {
using Table = DemoWriter::Table;
namespace K = DemoCodes;

enum SessionStatus : int
{
    Planned,
    Done,
    Cancelled
};
const char *const sessionStatuses[] = {"planned", "done", "cancelled"};

// Sessions are planned up to this many days after the reference date.
constexpr int planningHorizon = 60;
// A commission examines about this many new situations per session; more cases mean
// more commissions (one per territory) rather than endless agendas.
constexpr int casesPerCommission = 10;

struct Attendance
{
    int typology; // index in DemoCodes::participantTypologies
    int min;
    int max;
};

std::span<const Attendance> attendance(int kind)
{
    static const Attendance info[] = {{0, 2, 8}, {1, 3, 12}, {2, 0, 4}, {3, 0, 2}, {7, 0, 3}};
    static const Attendance workshop[] = {{4, 4, 14}, {5, 1, 2}, {7, 0, 2}};
    static const Attendance partner[] = {{0, 1, 4}, {1, 2, 6}, {2, 1, 3}};
    static const Attendance training[] = {{5, 2, 6}, {0, 2, 8}, {1, 2, 8}};
    static const Attendance synthesis[] = {{0, 2, 4}, {1, 1, 4}, {5, 0, 2}};
    static const Attendance thematic[] = {{4, 10, 40}, {0, 10, 30}, {1, 10, 30},
                                          {3, 1, 5},   {6, 5, 20},  {7, 3, 10}};
    static const Attendance commission[] = {{0, 2, 4}, {1, 2, 5}, {2, 1, 3}, {3, 1, 2}, {6, 0, 1}};
    switch (kind) {
    case K::InformationMeeting:
        return info;
    case K::Workshop:
        return workshop;
    case K::PartnerMeeting:
        return partner;
    case K::Training:
        return training;
    case K::SynthesisMeeting:
        return synthesis;
    case K::ThematicDay:
        return thematic;
    default:
        return commission;
    }
}

// Start time ("HH:MM") and duration in minutes typical of a kind.
std::pair<const char *, int> timing(int kind, DemoRandom &random)
{
    switch (kind) {
    case K::InformationMeeting:
        return {random.chance(500) ? "18:00" : "14:00", 120};
    case K::Workshop:
        return {random.chance(500) ? "10:00" : "14:00", 30 * random.between(3, 6)};
    case K::PartnerMeeting:
        return {"09:30", 120};
    case K::Training:
        return random.chance(500) ? std::pair<const char *, int>{"09:00", 420}
                                  : std::pair<const char *, int>{"14:00", 180};
    case K::SynthesisMeeting:
        return {random.chance(500) ? "10:00" : "14:00", 90};
    case K::ThematicDay:
        return {"09:00", 420};
    default:
        return {"14:00", 150};
    }
}

// The nominal rhythms suit a programme of about thirty new situations a year (seed 001); a
// small demo programme meets less often, up to four times less (twice for commissions, which
// cases wait for).
int sparseness(const DemoWorld &world, int programme, int kind)
{
    const int perYear = std::max(1, world.programmes[std::size_t(programme)].expectedCases / 5);
    return std::clamp(30 / perYear, 1, kind == K::Commission ? 2 : 4);
}

int instancesOf(const DemoWorld &world, int programme, int kind, int every)
{
    const DemoProgramme &p = world.programmes[std::size_t(programme)];
    if (kind != K::Commission)
        return std::min(int(p.teams.size()), 8);
    const int perYear = p.expectedCases / 5;
    const int perSession = perYear * every / 365;
    return std::max(1, (perSession + casesPerCommission - 1) / casesPerCommission);
}
} // namespace

void DemoSessionBuilder::plan(DemoWorld &world)
{
    const auto profiles = DemoProgrammeProfile::all();
    const DemoCalendar &cal = world.calendar;
    const int today = cal.today();
    for (int p = 0; p < int(profiles.size()); ++p) {
        for (int kind = 0; kind < K::SessionKindCount; ++kind) {
            const int nominal = profiles[std::size_t(p)].sessionEveryDays[std::size_t(kind)];
            if (nominal <= 0)
                continue;
            const int every = nominal * sparseness(world, p, kind);
            const int instances = instancesOf(world, p, kind, every);
            for (int instance = 0; instance < instances; ++instance) {
                DemoRandom random = DemoRandom::stream(
                    world.seed, quint64(DemoStream::Sessions),
                    quint64((p * K::SessionKindCount + kind) * 100000 + instance));
                for (int day = world.windowStart + random.between(0, every - 1);
                     day <= today + planningHorizon;
                     day += std::max(1, every + random.between(-every / 5, every / 5))) {
                    DemoSession s;
                    s.programme = p;
                    s.kind = kind;
                    s.instance = instance;
                    s.day = cal.weekdayOnOrAfter(day);
                    if (s.day > today)
                        s.status = Planned;
                    else
                        s.status =
                            random.chance(kind == K::Commission ? 20 : 60) ? Cancelled : Done;
                    // Announced a few weeks ahead; attendance recorded in the evening.
                    const int announced = std::min(s.day, today) - random.between(5, 30);
                    s.createdMs = world.moment(announced, 9 * 60, 17 * 60, random);
                    if (s.status == Done)
                        s.updatedMs = world.ms(s.day, 18 * 60 + random.between(0, 90));
                    else if (s.status == Cancelled)
                        s.updatedMs =
                            std::max(s.createdMs, world.ms(s.day - random.between(0, 3), 12 * 60));
                    else
                        s.updatedMs = s.createdMs;
                    world.sessions.push_back(s);
                }
            }
        }
    }
    std::stable_sort(
        world.sessions.begin(), world.sessions.end(),
        [](const DemoSession &a, const DemoSession &b) { return a.createdMs < b.createdMs; });
    // The commissions that met, by day, where case planning looks for its decision dates.
    for (int i = 0; i < int(world.sessions.size()); ++i) {
        const DemoSession &s = world.sessions[std::size_t(i)];
        if (s.kind == K::Commission && s.status == Done)
            world.programmes[std::size_t(s.programme)].commissionSessions.push_back(i);
    }
    for (DemoProgramme &programme : world.programmes) {
        std::stable_sort(programme.commissionSessions.begin(), programme.commissionSessions.end(),
                         [&](int a, int b) {
                             return world.sessions[std::size_t(a)].day <
                                    world.sessions[std::size_t(b)].day;
                         });
        for (const int i : programme.commissionSessions)
            programme.commissionDays.push_back(world.sessions[std::size_t(i)].day);
    }
}

void DemoSessionBuilder::write(DemoWorld &world, DemoWriter &writer)
{
    const auto profiles = DemoProgrammeProfile::all();
    for (std::size_t i = 0; i < world.sessions.size(); ++i) {
        DemoSession &s = world.sessions[i];
        const DemoProgrammeProfile &profile = profiles[std::size_t(s.programme)];
        DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::SessionDetails), i);
        const auto [startTime, duration] = timing(s.kind, random);
        std::vector<int> weights;
        for (const DemoCommune &c : profile.communes)
            weights.push_back(c.weight);
        const char *commune =
            profile.communes[std::size_t(random.weighted(weights.begin(), weights.end()))].name;
        const char *title = s.kind == K::Commission
                                ? profile.commissionTitle
                                : random.pick(DemoVocabulary::sessionTitles(s.kind));
        qint64 created = s.createdMs;
        s.id = writer.newId(Table::CollectiveSession, created);
        s.createdMs = created;
        writer.row(Table::CollectiveSession)
            .blob(s.id)
            .blob(world.programmes[std::size_t(s.programme)].id)
            .text(K::sessionKinds[s.kind])
            .text(title)
            .text(world.calendar.iso(s.day))
            .text(startTime)
            .integer(duration)
            .text(sessionStatuses[s.status])
            .text(commune)
            .text(random.pick(DemoVocabulary::sessionPlaces()))
            .text(random.pick(DemoVocabulary::sessionTopics(s.kind)))
            .integer(created)
            .integer(std::max(created, s.updatedMs))
            .insert();
        if (s.status != Done)
            continue;
        for (const Attendance &a : attendance(s.kind)) {
            const int count = random.between(a.min, a.max);
            if (count > 0)
                writer.row(Table::SessionParticipants)
                    .blob(s.id)
                    .text(K::participantTypologies[a.typology])
                    .integer(count)
                    .insert();
        }
    }
}

void DemoSessionBuilder::writeReviews(DemoWorld &world, DemoWriter &writer)
{
    struct Review
    {
        int session;
        int caseIndex;
        int decision;
    };
    std::vector<Review> reviews;
    for (int c = 0; c < int(world.cases.size()); ++c) {
        const DemoCase &dc = world.cases[std::size_t(c)];
        const DemoProgramme &programme = world.programmes[std::size_t(dc.programme)];
        if (programme.commissionDays.empty())
            continue;
        DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::Reviews), dc.stream);
        const auto &days = programme.commissionDays;
        if (dc.orientationSession >= 0) {
            // Now and then the commission first asked for more before deciding.
            const int decisionDay = world.sessions[std::size_t(dc.orientationSession)].day;
            const auto it = std::lower_bound(days.begin(), days.end(), dc.identified);
            if (it != days.end() && *it < decisionDay && random.chance(150)) {
                const int earlier = programme.commissionSessions[std::size_t(it - days.begin())];
                reviews.push_back(
                    {earlier, c, random.chance(500) ? K::Postponed : K::MoreInformation});
            }
            reviews.push_back({dc.orientationSession, c, dc.orientedBy});
        }
        if (dc.closed >= 0 && dc.accompanied >= 0 && random.chance(250)) {
            const auto it = std::upper_bound(days.begin(), days.end(), dc.closed);
            if (it != days.begin() && *(it - 1) >= dc.accompanied)
                reviews.push_back({programme.commissionSessions[std::size_t(it - days.begin() - 1)],
                                   c, K::Ended});
        }
    }
    // Grouped by session (ascending ids), cases ascending within: the key order of the table.
    std::stable_sort(reviews.begin(), reviews.end(), [](const Review &a, const Review &b) {
        return a.session != b.session ? a.session < b.session : a.caseIndex < b.caseIndex;
    });
    for (const Review &r : reviews) {
        DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::Reviews),
                                               (quint64(r.session) << 32) | quint64(r.caseIndex));
        writer.row(Table::CommissionReview)
            .blob(world.sessions[std::size_t(r.session)].id)
            .blob(world.cases[std::size_t(r.caseIndex)].id)
            .text(K::decisions[r.decision])
            .text(random.chance(300) ? random.pick(DemoVocabulary::reviewNotes(r.decision))
                                     : nullptr)
            .insert();
    }
}

} // namespace passerelle
