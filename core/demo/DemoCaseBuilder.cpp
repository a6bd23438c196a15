#include "demo/DemoCaseBuilder.h"

#include "demo/DemoIdentity.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"

#include <algorithm>
#include <bit>
#include <cstdio>

namespace passerelle {

namespace {
using Table = DemoWriter::Table;
namespace K = DemoCodes;
namespace P = DemoPartnerKey;

struct StatusChange
{
    qint64 createdMs;
    int caseIndex;
    int day;
    qint8 from; // -1 = none
    qint8 to;
    const char *reason;
};

// One person of a household, planned before anything is written so that the household's
// composition note describes the people actually created.
struct Member
{
    const char *relation; // ref_household_relation code
    char sex;
    int birthYear;
    QByteArray surname;
    bool onCase; // also a person of the case (role 'member')
    QByteArray id;
};

struct Household
{
    QByteArray id;
    int landlord = -1; // partner key
    bool arrears = false;
};

class CaseWriter
{
public:
    CaseWriter(DemoWorld &world, DemoWriter &writer) : m_world(world), m_writer(writer)
    {
        m_firstYear = world.calendar.year(world.windowStart);
        m_numbers.assign(std::size_t(DemoProgrammeProfile::Count) * 8, 0);
        m_salt = quint32(DemoRandom::mix(world.seed, 0x5EED));
    }

    void writeCase(int index);
    void writeStatusChanges();

private:
    static std::vector<Member> planMembers(DemoRandom &random, int referenceYear);
    Household writeHousehold(DemoCase &c, DemoRandom &random, const std::vector<Member> &members);
    QByteArray writePerson(DemoRandom &random, const Household &h, qint64 created, const Member &m,
                           const char *relation);
    void writeWorkers(const DemoCase &c);
    void writePartners(const DemoCase &c, DemoRandom &random, int referrer, const Household &h);
    void writeProblems(const DemoCase &c, DemoRandom &random, const Household &h);
    qint64 planStatusChanges(const DemoCase &c, int index, DemoRandom &random);

    DemoWorld &m_world;
    DemoWriter &m_writer;
    int m_firstYear = 0;
    std::vector<int> m_numbers; // per programme and year of the window
    quint32 m_salt = 0;
    quint32 m_households = 0;
    quint32 m_persons = 0;
    std::vector<StatusChange> m_changes;
};

template <typename Weights> int pickWeighted(DemoRandom &random, const Weights &weights)
{
    return random.weighted(std::begin(weights), std::end(weights));
}

int pickPartner(DemoRandom &random, std::span<const DemoWeight> weights)
{
    int total = 0;
    for (const DemoWeight &w : weights)
        total += w.weight;
    int r = int(random.below(quint32(total)));
    for (const DemoWeight &w : weights) {
        if (r < w.weight)
            return w.key;
        r -= w.weight;
    }
    return weights.front().key;
}

std::vector<Member> CaseWriter::planMembers(DemoRandom &random, int referenceYear)
{
    auto sexOf = [&] { return "fmx"[random.weighted({480, 500, 20})]; };
    std::vector<Member> members;
    const int size = 1 + random.weighted({60, 20, 10, 6, 4});
    const int birth =
        (random.between(1945, referenceYear - 20) + random.between(1945, referenceYear - 20)) / 2;
    members.reserve(std::size_t(size));
    members.push_back({"self", sexOf(), birth, DemoIdentity::surname(random), true, {}});
    const Member self = members.front(); // a copy: the vector grows below
    for (int m = 1; m < size; ++m) {
        Member member{"child", sexOf(), 0, self.surname, random.chance(400), {}};
        if (m == 1 && random.chance(550)) {
            member.relation = "partner";
            member.birthYear = std::min(self.birthYear + random.between(-8, 8), referenceYear - 18);
            if (random.chance(500))
                member.surname = DemoIdentity::surname(random);
        } else if (self.birthYear + 18 <= referenceYear && random.chance(850)) {
            member.birthYear =
                random.between(self.birthYear + 18, std::min(self.birthYear + 42, referenceYear));
        } else if (self.birthYear < referenceYear - 50 || random.chance(500)) {
            member.relation = "sibling";
            member.birthYear =
                std::min(self.birthYear + random.between(-10, 10), referenceYear - 16);
        } else {
            member.relation = "parent";
            member.birthYear = self.birthYear - random.between(20, 35);
        }
        members.push_back(std::move(member));
    }
    return members;
}

Household CaseWriter::writeHousehold(DemoCase &c, DemoRandom &random,
                                     const std::vector<Member> &members)
{
    const DemoProgrammeProfile &profile = DemoProgrammeProfile::all()[std::size_t(c.programme)];
    const DemoCalendar &cal = m_world.calendar;
    Household h;
    const int kind = pickWeighted(random, profile.housingKindWeights);
    const bool renting = kind <= 1;
    if (kind == 0)
        h.landlord = pickPartner(random, profile.socialLandlords);
    else if (kind == 1)
        h.landlord = P::PrivateLandlordAgency;
    std::vector<int> weights;
    for (const DemoCommune &commune : profile.communes)
        weights.push_back(commune.weight);
    const DemoCommune &commune =
        profile.communes[std::size_t(random.weighted(weights.begin(), weights.end()))];
    const bool qpv = commune.qpvPermille > 0 && random.chance(commune.qpvPermille);
    int tenancy = -1;
    if (renting)
        tenancy = std::max(0, c.identified - random.between(60, 8000));
    else if (kind == 4 || kind == 5)
        tenancy = std::max(0, c.identified - random.between(30, 1500));
    qint64 arrears = 0;
    const bool mobileTeam = c.programme == DemoProgrammeProfile::MobileTeam;
    if (renting && random.chance(mobileTeam ? 550 : 380))
        arrears = qint64(mobileTeam ? random.between(300, 9000) : random.between(150, 6000)) * 100 +
                  random.between(0, 99);
    h.arrears = arrears > 0;
    const bool plan = h.arrears && random.chance(350);
    const char *stage = nullptr;
    if (c.closeReason == K::Evicted)
        stage = "evicted";
    else if (h.arrears)
        stage = K::evictionStages[random.weighted({30, 25, 18, 10, 8, 5, 3, 0})];
    else if (renting && random.chance(700))
        stage = "none";

    using Composition = DemoVocabulary::Composition;
    auto has = [&](const char *relation) {
        return std::any_of(members.begin(), members.end(),
                           [&](const Member &m) { return qstrcmp(m.relation, relation) == 0; });
    };
    const Composition composition =
        members.size() == 1 ? Composition::Single
        : has("partner")    ? (has("child") ? Composition::CoupleWithChildren : Composition::Couple)
        : has("child")      ? Composition::SingleParent
                            : Composition::WithRelative;

    qint64 created = c.createdMs;
    h.id = m_writer.newId(Table::Household, created);
    m_writer.row(Table::Household)
        .blob(h.id)
        .text(DemoIdentity::code('M', m_households++, m_salt))
        .blob(h.landlord >= 0 ? m_world.partnerIds[std::size_t(h.landlord)] : QByteArray())
        .text(K::housingKinds[kind])
        .text(commune.name)
        .integer(qpv ? 1 : 0)
        .text(tenancy >= 0 ? cal.iso(tenancy) : nullptr)
        .integer(arrears)
        .integer(plan ? 1 : 0)
        .text(stage)
        .text(random.pick(DemoVocabulary::compositionNotes(composition)))
        .integer(created)
        .integer(created)
        .insert();
    return h;
}

QByteArray CaseWriter::writePerson(DemoRandom &random, const Household &h, qint64 created,
                                   const Member &m, const char *relation)
{
    const QByteArray id = m_writer.newId(Table::Person, created);
    m_writer.row(Table::Person)
        .blob(id)
        .text(DemoIdentity::code('P', m_persons++, m_salt))
        .text(DemoIdentity::firstName(random, m.sex))
        .text(m.surname)
        .integer(m.birthYear)
        .text(m.sex == 'f'   ? "f"
              : m.sex == 'm' ? "m"
                             : "x")
        .blob(h.id)
        .text(relation)
        .integer(created)
        .integer(created)
        .insert();
    return id;
}

void CaseWriter::writeCase(int index)
{
    DemoCase &c = m_world.cases[std::size_t(index)];
    const DemoProgrammeProfile &profile = DemoProgrammeProfile::all()[std::size_t(c.programme)];
    const DemoCalendar &cal = m_world.calendar;
    DemoRandom random =
        DemoRandom::stream(m_world.seed, quint64(DemoStream::CaseDetails), c.stream);

    // The people, the person of reference first. A case without a household on file has
    // just that person, with no household relation.
    std::vector<Member> members = planMembers(random, cal.year(cal.today()));
    Household h;
    if (random.chance(profile.householdPermille))
        h = writeHousehold(c, random, members);
    else
        members.resize(1);
    for (std::size_t m = 0; m < members.size(); ++m)
        members[m].id = writePerson(random, h, c.createdMs, members[m],
                                    h.id.isEmpty() ? nullptr : members[m].relation);

    char number[32];
    const int year = cal.year(c.identified);
    int &sequence =
        m_numbers[std::size_t(c.programme) * 8 + std::size_t(std::clamp(year - m_firstYear, 0, 7))];
    std::snprintf(number, sizeof number, "%s-%d-%04d", profile.code, year, ++sequence);
    const int referrer = pickPartner(random, profile.referrers);
    const bool engaged = c.status != K::Identified || random.chance(500);
    qint64 created = c.createdMs;
    c.id = m_writer.newId(Table::CaseFile, created);
    c.createdMs = created;
    const qint64 updated = planStatusChanges(c, index, random);
    m_writer.row(Table::CaseFile)
        .blob(c.id)
        .blob(m_world.programmes[std::size_t(c.programme)].id)
        .text(QByteArray(number))
        .blob(h.id)
        .text(K::statuses[c.status])
        .text(cal.iso(c.identified))
        .text(c.oriented >= 0 ? cal.iso(c.oriented) : nullptr)
        .text(c.accompanied >= 0 ? cal.iso(c.accompanied) : nullptr)
        .text(c.closed >= 0 ? cal.iso(c.closed) : nullptr)
        .text(c.closeReason >= 0 ? K::closeReasons[c.closeReason] : nullptr)
        .blob(m_world.partnerIds[std::size_t(referrer)])
        .text(cal.iso(cal.weekdayOnOrBefore(std::max(0, c.identified - random.between(0, 14)))))
        .text(random.pick(profile.referralReasons))
        .text(engaged && random.chance(800) ? random.pick(DemoVocabulary::needsPerson()) : nullptr)
        .text(engaged && random.chance(800) ? random.pick(DemoVocabulary::needsProfessional())
                                            : nullptr)
        .text(random.chance(120) ? random.pick(DemoVocabulary::caseNotes()) : nullptr)
        .integer(created)
        .integer(updated)
        .insert();

    m_writer.row(Table::CasePerson).blob(c.id).blob(members.front().id).text("main").insert();
    for (std::size_t m = 1; m < members.size(); ++m) {
        if (members[m].onCase)
            m_writer.row(Table::CasePerson).blob(c.id).blob(members[m].id).text("member").insert();
    }
    writeWorkers(c);
    writePartners(c, random, referrer, h);
    writeProblems(c, random, h);
}

qint64 CaseWriter::planStatusChanges(const DemoCase &c, int index, DemoRandom &random)
{
    const int steps[4] = {c.identified, c.oriented, c.accompanied, c.closed};
    qint64 at = c.createdMs;
    qint8 from = -1;
    for (qint8 to = 0; to < 4; ++to) {
        if (steps[to] < 0)
            continue;
        if (to > 0) {
            // Recorded during the working day; strictly after the previous change even on the
            // same day, so that "latest change" is never ambiguous.
            at = std::max(m_world.moment(steps[to], 9 * 60, 18 * 60, random), at + 60'000);
        }
        const char *reason = to == K::Closed ? DemoVocabulary::closeReasonText(c.closeReason)
                             : to == K::Oriented && c.orientationSession >= 0
                                 ? DemoVocabulary::statusChangeReason(to, 0)
                                 : DemoVocabulary::statusChangeReason(to, int(random.below(2)));
        m_changes.push_back({at, index, steps[to], from, to, reason});
        from = to;
    }
    return at;
}

void CaseWriter::writeWorkers(const DemoCase &c)
{
    const DemoCalendar &cal = m_world.calendar;
    const char *until = c.closed >= 0 ? cal.iso(c.closed) : nullptr;
    auto assign = [&](int worker, const char *role, int from) {
        m_writer.row(Table::CaseWorker)
            .blob(c.id)
            .blob(m_world.workers[std::size_t(worker)].id)
            .text(role)
            .text(cal.iso(from))
            .text(until)
            .insert();
    };
    if (c.referent >= 0)
        assign(c.referent, "referent", c.identified);
    if (c.professional >= 0)
        assign(c.professional, "professional", c.professionalFrom());
    if (c.peer >= 0)
        assign(c.peer, "peer", c.accompanied);
}

void CaseWriter::writePartners(const DemoCase &c, DemoRandom &random, int referrer,
                               const Household &h)
{
    const DemoCalendar &cal = m_world.calendar;
    const DemoProgrammeProfile &profile = DemoProgrammeProfile::all()[std::size_t(c.programme)];
    const int end = c.closed >= 0 ? c.closed : cal.today();
    auto mobilise = [&](int partner, const char *role, int day) {
        m_writer.row(Table::CasePartner)
            .blob(c.id)
            .blob(m_world.partnerIds[std::size_t(partner)])
            .text(role)
            .text(cal.iso(std::clamp(day, c.identified, end)))
            .insert();
    };
    mobilise(referrer, "Orienteur", c.identified);
    std::vector<int> used{referrer};
    if (h.landlord >= 0 && h.landlord != referrer) {
        mobilise(h.landlord, "Bailleur", c.identified + random.between(0, 20));
        used.push_back(h.landlord);
    }
    int extra = c.accompanied >= 0 ? random.between(1, 3)
                : c.closed >= 0    ? random.between(0, 1)
                                   : 0;
    if (c.accompanied >= 0 && end - c.accompanied > 365)
        ++extra;
    for (int attempt = 0; extra > 0 && attempt < 8; ++attempt) {
        const int partner = pickPartner(random, profile.mobilised);
        if (std::find(used.begin(), used.end(), partner) != used.end())
            continue;
        used.push_back(partner);
        --extra;
        const char *type = DemoVocabulary::partners()[std::size_t(partner)].partnerType;
        mobilise(partner, DemoVocabulary::casePartnerRole(type), random.between(c.identified, end));
    }
}

void CaseWriter::writeProblems(const DemoCase &c, DemoRandom &random, const Household &h)
{
    const DemoProgrammeProfile &profile = DemoProgrammeProfile::all()[std::size_t(c.programme)];
    unsigned chosen = 0;
    if (h.arrears && random.chance(700))
        chosen |= 1u << 2; // rent_arrears
    const int wanted = random.between(1, 3);
    for (int attempt = 0; std::popcount(chosen) < wanted && attempt < 10; ++attempt)
        chosen |= 1u << pickWeighted(random, profile.problemWeights);
    for (int p = 0; p < int(std::size(K::problems)); ++p) {
        if (chosen & (1u << p))
            m_writer.row(Table::CaseProblem).blob(c.id).text(K::problems[p]).insert();
    }
}

void CaseWriter::writeStatusChanges()
{
    std::stable_sort(
        m_changes.begin(), m_changes.end(),
        [](const StatusChange &a, const StatusChange &b) { return a.createdMs < b.createdMs; });
    for (StatusChange &s : m_changes) {
        qint64 created = s.createdMs;
        m_writer.row(Table::CaseStatusChange)
            .blob(m_writer.newId(Table::CaseStatusChange, created))
            .blob(m_world.cases[std::size_t(s.caseIndex)].id)
            .text(s.from >= 0 ? K::statuses[s.from] : nullptr)
            .text(K::statuses[s.to])
            .text(m_world.calendar.iso(s.day))
            .text(s.reason)
            .integer(created)
            .integer(created)
            .insert();
    }
    m_changes.clear();
    m_changes.shrink_to_fit();
}
} // namespace

void DemoCaseBuilder::write(DemoWorld &world, DemoWriter &writer)
{
    CaseWriter cases(world, writer);
    for (int i = 0; i < int(world.cases.size()); ++i) {
        cases.writeCase(i);
        if (world.progress && (i + 1) % 2000 == 0)
            world.progress(i + 1);
    }
    cases.writeStatusChanges();
    if (world.progress)
        world.progress(int(world.cases.size()));
}

} // namespace passerelle
