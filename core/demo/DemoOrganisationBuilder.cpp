#include "demo/DemoOrganisationBuilder.h"

#include "demo/DemoIdentity.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"

#include <algorithm>
#include <cstdio>

namespace passerelle {

namespace {
using Table = DemoWriter::Table;

// One team per this many expected cases over the five years, so a large demo keeps
// caseloads plausible (a pair follows a few dozen people at a time).
constexpr int casesPerTeam = 600;
constexpr int maxTeams = 60;

int firstProgrammeDay(const DemoWorld &world)
{
    int years = 0;
    for (const DemoProgrammeProfile &p : DemoProgrammeProfile::all())
        years = std::max(years, p.yearsRunningBeforeWindow);
    return world.calendar.startOfYear(world.calendar.year(world.windowStart) - years);
}
} // namespace

void DemoOrganisationBuilder::write(DemoWorld &world, DemoWriter &writer)
{
    qint64 created = world.ms(firstProgrammeDay(world) - 45, 9 * 60);
    world.organisationId = writer.newId(Table::Organisation, created);
    writer.row(Table::Organisation)
        .blob(world.organisationId)
        .text("UDAF de Haute-Marne")
        .text("UDAF 52")
        .text("Chaumont")
        .text("52")
        .integer(created)
        .integer(created)
        .insert();
    writeProgrammes(world, writer);
    writePartners(world, writer);
    writeWorkers(world, writer);
}

void DemoOrganisationBuilder::writeProgrammes(DemoWorld &world, DemoWriter &writer)
{
    const auto profiles = DemoProgrammeProfile::all();
    const int windowYear = world.calendar.year(world.windowStart);
    int assigned = 0;
    for (std::size_t p = 0; p < profiles.size(); ++p) {
        const DemoProgrammeProfile &profile = profiles[p];
        DemoProgramme &programme = world.programmes[p];
        programme.expectedCases = p + 1 == profiles.size()
                                      ? world.caseCount - assigned
                                      : world.caseCount * profile.casePermille / 1000;
        assigned += programme.expectedCases;
        const int start = world.calendar.startOfYear(windowYear - profile.yearsRunningBeforeWindow);
        qint64 created = world.ms(start, 9 * 60 + int(p) * 7);
        programme.id = writer.newId(Table::Programme, created);
        writer.row(Table::Programme)
            .blob(programme.id)
            .blob(world.organisationId)
            .text(profile.code)
            .text(profile.name)
            .text(profile.description)
            .text(profile.territory)
            .text(world.calendar.iso(start))
            .null()
            .integer(created)
            .integer(created)
            .insert();
    }
}

void DemoOrganisationBuilder::writePartners(DemoWorld &world, DemoWriter &writer)
{
    const auto partners = DemoVocabulary::partners();
    world.partnerIds.reserve(partners.size());
    int day = firstProgrammeDay(world) - 30;
    for (const DemoPartnerDefinition &p : partners) {
        qint64 created = world.ms(day, 10 * 60);
        day += 11;
        world.partnerIds.push_back(writer.newId(Table::Partner, created));
        writer.row(Table::Partner)
            .blob(world.partnerIds.back())
            .text(p.name)
            .text(p.partnerType)
            .text(p.commune)
            .text(p.contactName)
            .text(p.phone)
            .text(p.email)
            .text(p.notes)
            .integer(created)
            .integer(created)
            .insert();
    }
}

void DemoOrganisationBuilder::writeWorkers(DemoWorld &world, DemoWriter &writer)
{
    const auto profiles = DemoProgrammeProfile::all();
    int total = 0;
    for (std::size_t p = 0; p < profiles.size(); ++p) {
        const int teams = std::clamp(
            (world.programmes[p].expectedCases + casesPerTeam - 1) / casesPerTeam, 1, maxTeams);
        world.programmes[p].teams.resize(std::size_t(teams));
        total += teams * int(profiles[p].team.size());
    }
    world.workers.reserve(std::size_t(total));
    DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::Workers), 0);
    const int hiringStart = world.windowStart - 400;
    for (std::size_t p = 0; p < profiles.size(); ++p) {
        const DemoProgrammeProfile &profile = profiles[p];
        DemoProgramme &programme = world.programmes[p];
        int numberPerPrefix[8] = {};
        for (std::size_t t = 0; t < programme.teams.size(); ++t) {
            DemoTeam &team = programme.teams[t];
            for (std::size_t post = 0; post < profile.team.size(); ++post) {
                const DemoStaffPost &staff = profile.team[post];
                const int index = int(world.workers.size());
                DemoWorker worker;
                worker.programme = int(p);
                worker.team = int(t);
                const QByteArray role(staff.role);
                worker.role = role == "coordinator"   ? DemoWorker::Role::Coordinator
                              : role == "peer_worker" ? DemoWorker::Role::Peer
                                                      : DemoWorker::Role::Professional;
                // Posts sharing a prefix share a counter: PA-TP01, PA-TP02…
                std::size_t prefixSlot = 0;
                while (prefixSlot < post &&
                       qstrcmp(profile.team[prefixSlot].codePrefix, staff.codePrefix) != 0)
                    ++prefixSlot;
                const int number = ++numberPerPrefix[std::min<std::size_t>(prefixSlot, 7)];
                char code[32];
                std::snprintf(code, sizeof code, "%s-%s%02d", profile.code, staff.codePrefix,
                              number);
                const char sex = staff.sex ? staff.sex : (random.chance(600) ? 'f' : 'm');
                // Drawn in two statements: the order of `+` operands is unspecified.
                QByteArray displayName(DemoIdentity::firstName(random, sex));
                const QByteArray surname = DemoIdentity::surname(random);
                displayName.append(' ').append(surname.left(1)).append('.');
                int trainedOn = -1;
                if (random.chance(worker.role == DemoWorker::Role::Peer ? 800 : 250))
                    trainedOn = world.calendar.weekdayOnOrBefore(
                        random.between(world.windowStart - 300, world.calendar.today() - 30));
                // A few workers have left; each team keeps at least one active worker per role.
                const bool replaceable =
                    (worker.role == DemoWorker::Role::Peer && !team.peers.empty()) ||
                    (worker.role == DemoWorker::Role::Professional && !team.professionals.empty());
                const bool active = !(replaceable && random.chance(60));
                const QByteArray email =
                    QByteArray(code).toLower() + (p == DemoProgrammeProfile::MobileTeam
                                                      ? "@logisens.example.org"
                                                      : "@udaf52.example.org");
                char phone[20];
                std::snprintf(phone, sizeof phone, "06 39 98 %02d %02d", (index / 100) % 100,
                              index % 100);
                const int day = hiringStart + index * 300 / std::max(total, 1);
                qint64 created = world.ms(day, 9 * 60 + random.between(0, 480));
                worker.id = writer.newId(Table::Worker, created);
                writer.row(Table::Worker)
                    .blob(worker.id)
                    .blob(world.organisationId)
                    .text(QByteArray(code))
                    .text(displayName)
                    .text(staff.role)
                    .text(staff.profession)
                    .real(staff.fteHundredths / 100.0)
                    .text(trainedOn >= 0 ? world.calendar.iso(trainedOn) : nullptr)
                    .integer(active ? 1 : 0)
                    .text(email)
                    .text(QByteArray(phone))
                    .integer(created)
                    .integer(created)
                    .insert();
                // Workers who left keep their history but take no new cases.
                if (active) {
                    if (worker.role == DemoWorker::Role::Coordinator)
                        team.coordinator = index;
                    else if (worker.role == DemoWorker::Role::Peer)
                        team.peers.push_back(index);
                    else
                        team.professionals.push_back(index);
                }
                world.workers.push_back(std::move(worker));
            }
        }
    }
}

} // namespace passerelle
