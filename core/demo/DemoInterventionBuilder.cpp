#include "demo/DemoInterventionBuilder.h"

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <tuple>

namespace passerelle {

namespace {
using Table = DemoWriter::Table;
namespace K = DemoCodes;

enum Status : qint8
{
    Planned,
    Done,
    Cancelled,
    Missed
};
const char *const statusCodes[] = {"planned", "done", "cancelled", "missed"};

// Planned interventions reach this far past the reference date for active cases.
constexpr int horizonAccompanied = 45;
constexpr int horizonWaiting = 20;
constexpr int startSlots = 37; // 08:30 to 17:30 by quarter hours

// 32 bytes per intervention: two million of them are held and sorted before writing.
struct Draft
{
    qint64 createdMs;
    qint32 updatedAfterS; // updated_at - created_at, in seconds
    qint32 caseIndex;     // -1: attached to no case
    qint16 day;
    qint16 worker1;
    qint16 worker2; // -1: alone
    quint16 duration;
    qint8 programme;
    qint8 status;
    qint8 channel;
    qint8 type;
    qint8 slot; // -1: no start time
    qint8 note; // -1: no note
};
static_assert(sizeof(Draft) == 32);

const char *slotText(int slot)
{
    static const auto texts = [] {
        std::array<std::array<char, 6>, startSlots> t{};
        for (int s = 0; s < startSlots; ++s) {
            const int minutes = 8 * 60 + 30 + 15 * s;
            std::snprintf(t[std::size_t(s)].data(), 6, "%02d:%02d", (minutes / 60) % 24,
                          minutes % 60);
        }
        return t;
    }();
    return texts[std::size_t(slot)].data();
}

int channelFor(int type, DemoRandom &random)
{
    switch (type) {
    case K::Interview:
        return std::array{K::ChannelOffice, K::ChannelPhone,
                          K::ChannelHomeVisit}[std::size_t(random.weighted({50, 35, 15}))];
    case K::HomeVisit:
    case K::Decluttering:
        return K::ChannelHomeVisit;
    case K::Accompaniment:
        return K::ChannelAccompaniment;
    case K::Administrative:
        return std::array{K::ChannelOffice, K::ChannelPhone,
                          K::ChannelAccompaniment}[std::size_t(random.weighted({50, 30, 20}))];
    case K::Synthesis:
        return random.chance(700) ? K::ChannelOffice : K::ChannelOther;
    case K::PartnerContact:
        return random.chance(700) ? K::ChannelPhone : K::ChannelOffice;
    default:
        return random.chance(600) ? K::ChannelOther : K::ChannelAccompaniment;
    }
}

// Minutes, in steps of five, as long as such an intervention usually lasts.
int durationFor(int type, int channel, DemoRandom &random)
{
    int lo = 30, hi = 120;
    switch (type) {
    case K::Interview:
        std::tie(lo, hi) = channel == K::ChannelPhone    ? std::pair{10, 30}
                           : channel == K::ChannelOffice ? std::pair{30, 75}
                                                         : std::pair{45, 90};
        break;
    case K::HomeVisit:
        std::tie(lo, hi) = std::pair{45, 120};
        break;
    case K::Accompaniment:
        std::tie(lo, hi) = std::pair{60, 180};
        break;
    case K::Decluttering:
        std::tie(lo, hi) = std::pair{120, 300};
        break;
    case K::Administrative:
        std::tie(lo, hi) = std::pair{20, 90};
        break;
    case K::Synthesis:
        std::tie(lo, hi) = std::pair{30, 90};
        break;
    case K::PartnerContact:
        std::tie(lo, hi) = std::pair{10, 30};
        break;
    default:
        break;
    }
    return 5 * random.between(lo / 5, hi / 5);
}

qint8 statusOn(int day, int today, DemoRandom &random)
{
    if (day > today)
        return Planned;
    // Recent ones may still wait to be recorded (the overdue count of check).
    if (day > today - 21)
        return std::array<qint8, 4>{Planned, Done, Cancelled,
                                    Missed}[std::size_t(random.weighted({20, 68, 5, 7}))];
    return std::array<qint8, 3>{Done, Cancelled, Missed}[std::size_t(random.weighted({84, 7, 9}))];
}

// Fills the parts common to every intervention once day, type and workers are known.
void complete(const DemoWorld &world, DemoRandom &random, Draft &p, int earliestRecord)
{
    const int today = world.calendar.today();
    p.status = statusOn(p.day, today, random);
    p.channel = qint8(channelFor(p.type, random));
    const int expected = durationFor(p.type, p.channel, random);
    p.duration = quint16(p.status == Done || p.status == Planned ? expected : 0);
    p.slot = qint8(random.chance(950) ? random.between(0, startSlots - 1) : -1);
    const int start = p.slot >= 0 ? 8 * 60 + 30 + 15 * p.slot : 10 * 60;
    if (p.status == Done && random.chance(220))
        p.note = qint8(random.below(quint32(DemoVocabulary::doneNotes(p.type).size())));
    else if (p.status == Cancelled && random.chance(600))
        p.note = qint8(random.below(quint32(DemoVocabulary::cancelledNotes().size())));
    else if (p.status == Missed && random.chance(500))
        p.note = qint8(random.below(quint32(DemoVocabulary::missedNotes().size())));
    else
        p.note = -1;

    qint64 created;
    qint64 updated;
    if (p.status == Planned || random.chance(300)) {
        // Put in the diary ahead, then recorded on the day.
        const int day =
            std::max(earliestRecord, std::min<int>(p.day, today) - random.between(0, 14));
        created = world.moment(day, 8 * 60, 18 * 60, random);
        updated = p.status == Planned ? created
                                      : world.ms(p.day, start + expected + random.between(10, 120));
    } else {
        created = world.moment(p.day, start + expected + 10, start + expected + 180, random);
        updated = created;
    }
    p.createdMs = created;
    p.updatedAfterS = qint32(std::max<qint64>(0, updated - created) / 1000);
}

const char *noteText(const Draft &p)
{
    if (p.note < 0)
        return nullptr;
    switch (p.status) {
    case Done:
        return DemoVocabulary::doneNotes(p.type)[std::size_t(p.note)];
    case Cancelled:
        return DemoVocabulary::cancelledNotes()[std::size_t(p.note)];
    default:
        return DemoVocabulary::missedNotes()[std::size_t(p.note)];
    }
}

void planForCase(const DemoWorld &world, const DemoCase &c, int caseIndex, int count,
                 std::vector<Draft> &out)
{
    const DemoProgrammeProfile &profile = DemoProgrammeProfile::all()[std::size_t(c.programme)];
    const DemoCalendar &cal = world.calendar;
    const int today = cal.today();
    DemoRandom random =
        DemoRandom::stream(world.seed, quint64(DemoStream::Interventions), c.stream);
    const int end = c.closed >= 0
                        ? c.closed
                        : today + (c.accompanied >= 0 ? horizonAccompanied : horizonWaiting);
    const int beforeAccompaniment = c.accompanied >= 0 ? c.accompanied : end;
    for (int k = 0; k < count; ++k) {
        Draft p{};
        p.caseIndex = caseIndex;
        p.programme = c.programme;
        int day;
        if (k == 0)
            day = c.identified; // first contact on the day of the referral
        else if (c.accompanied >= 0 && random.chance(850))
            day = random.between(c.accompanied, end);
        else
            day = random.between(c.identified, beforeAccompaniment);
        p.day = qint16(std::max(c.identified, cal.weekdayOnOrBefore(day)));
        if (k == 0)
            p.type = qint8(profile.peerPairs || c.programme == DemoProgrammeProfile::MobileTeam
                               ? (random.chance(500) ? K::HomeVisit : K::Interview)
                               : K::Interview);
        else
            p.type = qint8(random.weighted(profile.interventionTypeWeights.begin(),
                                           profile.interventionTypeWeights.end()));

        // Who goes: the pair once the accompaniment has started, else the referent.
        p.worker1 = qint16(c.referent);
        p.worker2 = -1;
        const int professional = c.professional >= 0 ? c.professional : c.referent;
        if (c.accompanied >= 0 && p.day >= c.accompanied && c.peer >= 0) {
            const int who = random.weighted({55, 25, 20});
            p.worker1 = qint16(who == 2 ? professional : c.peer);
            p.worker2 = qint16(who == 0 ? professional : -1);
        } else if (c.professional >= 0 && p.day >= c.professionalFrom()) {
            const int who = random.weighted({80, 10, 10});
            p.worker1 = qint16(who == 2 ? c.referent : c.professional);
            p.worker2 = qint16(who == 1 ? c.referent : -1);
        } else if (c.professional >= 0 && random.chance(200)) {
            p.worker2 = qint16(c.professional);
        }
        complete(world, random, p, c.identified);
        out.push_back(p);
    }
}

void planWithoutCase(const DemoWorld &world, int index, std::vector<Draft> &out)
{
    const DemoCalendar &cal = world.calendar;
    DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::Interventions),
                                           (quint64(1) << 40) + quint64(index));
    std::array<int, DemoProgrammeProfile::Count> weights{};
    for (std::size_t p = 0; p < weights.size(); ++p)
        weights[p] = DemoProgrammeProfile::all()[p].casePermille;
    Draft p{};
    p.caseIndex = -1;
    p.programme = qint8(random.weighted(weights.begin(), weights.end()));
    const DemoProgramme &programme = world.programmes[std::size_t(p.programme)];
    const DemoTeam &team = programme.teams[random.below(quint32(programme.teams.size()))];
    p.day = qint16(cal.weekdayOnOrBefore(random.between(world.windowStart + 3, cal.today() + 30)));
    p.type = qint8(std::array{K::Synthesis, K::PartnerContact,
                              K::OtherType}[std::size_t(random.weighted({40, 45, 15}))]);
    p.worker1 = qint16(team.coordinator);
    p.worker2 = qint16(
        !team.professionals.empty() && random.chance(500) ? random.pick(team.professionals) : -1);
    complete(world, random, p, world.windowStart);
    out.push_back(p);
}
} // namespace

void DemoInterventionBuilder::write(DemoWorld &world, DemoWriter &writer, int perCase,
                                    int progressOffset)
{
    const DemoCalendar &cal = world.calendar;
    const int today = cal.today();
    const qint64 total = qint64(world.cases.size()) * perCase;
    const qint64 withoutCase = total >= 100 ? total / 100 : 0;
    const qint64 onCases = total - withoutCase;

    // Each case's share grows with its length, most of it during the accompaniment; the
    // shares are rounded on running totals so that they add up to exactly `onCases`.
    std::vector<qint64> weights(world.cases.size());
    qint64 weightSum = 0;
    for (std::size_t i = 0; i < world.cases.size(); ++i) {
        const DemoCase &c = world.cases[i];
        const int end = c.closed >= 0
                            ? c.closed
                            : today + (c.accompanied >= 0 ? horizonAccompanied : horizonWaiting);
        const int before = (c.accompanied >= 0 ? c.accompanied : end) - c.identified;
        weights[i] = 3 + before / 20 + (c.accompanied >= 0 ? (end - c.accompanied) / 5 : 0);
        weightSum += weights[i];
    }
    std::vector<Draft> plans;
    plans.reserve(std::size_t(total));
    qint64 running = 0;
    qint64 allocated = 0;
    for (std::size_t i = 0; i < world.cases.size(); ++i) {
        running += weights[i];
        const qint64 upTo = weightSum > 0 ? onCases * running / weightSum : 0;
        planForCase(world, world.cases[i], int(i), int(upTo - allocated), plans);
        allocated = upTo;
    }
    for (qint64 j = 0; j < withoutCase; ++j)
        planWithoutCase(world, int(j), plans);

    std::stable_sort(plans.begin(), plans.end(),
                     [](const Draft &a, const Draft &b) { return a.createdMs < b.createdMs; });

    for (std::size_t i = 0; i < plans.size(); ++i) {
        const Draft &p = plans[i];
        qint64 created = p.createdMs;
        const QByteArray id = writer.newId(Table::Intervention, created);
        writer.row(Table::Intervention)
            .blob(id)
            .blob(world.programmes[std::size_t(p.programme)].id)
            .text(cal.iso(p.day))
            .text(p.slot >= 0 ? slotText(p.slot) : nullptr)
            .text(statusCodes[p.status])
            .text(K::channels[p.channel])
            .text(K::interventionTypes[p.type])
            .integer(p.duration)
            .text(noteText(p))
            .integer(created)
            .integer(std::max(created, p.createdMs + qint64(p.updatedAfterS) * 1000))
            .insert();
        if (p.caseIndex >= 0)
            writer.row(Table::InterventionCase)
                .blob(id)
                .blob(world.cases[std::size_t(p.caseIndex)].id)
                .insert();
        writer.row(Table::InterventionWorker)
            .blob(id)
            .blob(world.workers[std::size_t(p.worker1)].id)
            .insert();
        if (p.worker2 >= 0 && p.worker2 != p.worker1)
            writer.row(Table::InterventionWorker)
                .blob(id)
                .blob(world.workers[std::size_t(p.worker2)].id)
                .insert();
        if (world.progress && (i + 1) % 20000 == 0)
            world.progress(progressOffset + int(i + 1));
    }
    if (world.progress)
        world.progress(progressOffset + int(plans.size()));
}

} // namespace passerelle
