#include "demo/DemoAssessmentBuilder.h"

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"

#include <algorithm>

namespace passerelle {

namespace {
using Table = DemoWriter::Table;
namespace K = DemoCodes;

struct Score
{
    qint64 createdMs;
    qint32 caseIndex;
    qint16 day;
    qint8 dimension; // index in the programme profile's dimensions
    qint8 score;
    qint8 team; // 0 person, 1 team
    qint8 note; // -1 none
};

void planForCase(const DemoWorld &world, const DemoCase &c, int caseIndex, std::vector<Score> &out)
{
    if (c.accompanied < 0)
        return;
    const DemoCalendar &cal = world.calendar;
    const int end = c.closed >= 0 ? c.closed : cal.today();
    DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::Assessments), c.stream);

    std::vector<int> days;
    for (int day = c.accompanied + random.between(7, 35); day <= end;
         day += random.between(240, 365))
        days.push_back(std::max(c.accompanied, cal.weekdayOnOrBefore(day)));
    const bool success = c.closeReason == K::GoalsReached || c.closeReason == K::HandedOver;
    if (c.closed >= 0 && success && (days.empty() || days.back() < c.closed - 60))
        days.push_back(c.closed);
    if (days.empty())
        return;

    const auto &dimensions = DemoProgrammeProfile::all()[std::size_t(c.programme)].dimensions;
    int teamScore[4];
    int trend[4];      // 1 improving, 0 stable, -1 worsening
    int personBias[4]; // how the person sees it beside the team
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        teamScore[d] = 1 + random.weighted({30, 45, 25});
        trend[d] = std::array{1, 0, -1}[std::size_t(random.weighted({65, 25, 10}))];
        personBias[d] = std::array{1, 0, -1}[std::size_t(random.weighted({30, 55, 15}))];
    }
    for (std::size_t k = 0; k < days.size(); ++k) {
        qint64 at = world.moment(days[k], 10 * 60, 17 * 60, random);
        for (std::size_t d = 0; d < dimensions.size(); ++d) {
            if (k > 0) {
                if (trend[d] > 0 && random.chance(550))
                    ++teamScore[d];
                else if (trend[d] < 0 && random.chance(400))
                    --teamScore[d];
                else if (trend[d] == 0 && random.chance(200))
                    teamScore[d] += random.chance(500) ? 1 : -1;
                teamScore[d] = std::clamp(teamScore[d], 1, 5);
            }
            const int person = std::clamp(teamScore[d] + personBias[d], 1, 5);
            const qint8 note =
                random.chance(50)
                    ? qint8(random.below(quint32(DemoVocabulary::assessmentNotes().size())))
                    : qint8(-1);
            out.push_back({at, caseIndex, qint16(days[k]), qint8(d), qint8(person), 0, note});
            at += 1000;
            out.push_back({at, caseIndex, qint16(days[k]), qint8(d), qint8(teamScore[d]), 1, -1});
            at += 1000;
        }
    }
}
} // namespace

void DemoAssessmentBuilder::write(DemoWorld &world, DemoWriter &writer)
{
    std::vector<Score> scores;
    scores.reserve(world.cases.size() * 12);
    for (std::size_t i = 0; i < world.cases.size(); ++i)
        planForCase(world, world.cases[i], int(i), scores);
    std::stable_sort(scores.begin(), scores.end(),
                     [](const Score &a, const Score &b) { return a.createdMs < b.createdMs; });
    for (const Score &s : scores) {
        const DemoCase &c = world.cases[std::size_t(s.caseIndex)];
        qint64 created = s.createdMs;
        writer.row(Table::Assessment)
            .blob(writer.newId(Table::Assessment, created))
            .blob(c.id)
            .text(world.calendar.iso(s.day))
            .text(DemoProgrammeProfile::all()[std::size_t(c.programme)]
                      .dimensions[std::size_t(s.dimension)])
            .integer(s.score)
            .text(s.team ? "team" : "person")
            .text(s.note >= 0 ? DemoVocabulary::assessmentNotes()[std::size_t(s.note)] : nullptr)
            .integer(created)
            .integer(created)
            .insert();
    }
}

} // namespace passerelle
