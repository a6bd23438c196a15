#include "test_indicator_fixtures.h"

#include "domain/ActionSheet.h"
#include "domain/Assessment.h"
#include "domain/CommunicationMaterial.h"
#include "domain/Funding.h"
#include "domain/Household.h"
#include "domain/Indicator.h"
#include "domain/Organisation.h"
#include "domain/Partner.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/AssessmentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/CollectiveSessionRepository.h"
#include "repositories/CommunicationMaterialRepository.h"
#include "repositories/FundingRepository.h"
#include "repositories/HouseholdRepository.h"
#include "repositories/IndicatorRepository.h"
#include "repositories/InterventionRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PartnerRepository.h"
#include "repositories/PersonRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/WorkerRepository.h"
#include "storage/SqliteStatement.h"

namespace passerelle::test {

namespace {
Uuid addProgramme(Database &db, const Clock &clock, const Uuid &organisation, const char *code,
                  const char *name)
{
    Programme p;
    p.organisationId = organisation;
    p.code = QString::fromLatin1(code);
    p.name = QString::fromUtf8(name);
    return ProgrammeRepository(db, clock).create(p);
}
} // namespace

IndicatorFixture::IndicatorFixture() : engine(*temp.db)
{
    Organisation o;
    o.name = QStringLiteral("UDAF de Haute-Marne");
    organisation = OrganisationRepository(db(), clock).create(o);
    programme = addProgramme(db(), clock, organisation, "PA", "Pair-aidance");
    otherProgramme = addProgramme(db(), clock, organisation, "EM", "Équipe mobile");
    ActionSheet s;
    s.programmeId = programme;
    s.number = QStringLiteral("3.3.1");
    s.title = QStringLiteral("Dispositif de PAIR-AIDANCE");
    s.carrierStructure = QStringLiteral("UDAF de Haute-Marne");
    s.startYear = 2021;
    s.endYear = 2026;
    sheet = ActionSheetRepository(db(), clock).create(s);
}

Uuid IndicatorFixture::partner(const QString &type, const QString &name)
{
    Partner p;
    p.name = name;
    p.partnerType = type;
    p.contactName = QStringLiteral("Mme Contact-Secret");
    return PartnerRepository(db(), clock).create(p);
}

Uuid IndicatorFixture::worker(WorkerRole role, const QString &code, double fte, const QDate &trained)
{
    Worker w;
    w.organisationId = organisation;
    w.code = code;
    w.displayName = QStringLiteral("Intervenant ") + code;
    w.role = role;
    w.fte = fte;
    w.trainedOn = trained;
    return WorkerRepository(db(), clock).create(w);
}

Uuid IndicatorFixture::household(const Uuid &landlord, std::optional<bool> qpv)
{
    Household h;
    h.landlordPartnerId = landlord;
    h.qpv = qpv;
    h.housingKind = landlord.isNull() ? std::nullopt : std::optional(HousingKind::SocialRental);
    return HouseholdRepository(db(), clock).create(h);
}

Uuid IndicatorFixture::person(const Uuid &household, const QString &lastName)
{
    Person p;
    p.firstName = QStringLiteral("Jeanne");
    p.lastName = lastName;
    p.householdId = household;
    if (!household.isNull()) {
        SqliteStatement q(db().handle(), "SELECT count(*) FROM person WHERE household_id = ?");
        q.bindBlob(1, household.bytes());
        q.step();
        p.relation = q.int64(0) == 0 ? QStringLiteral("self") : QStringLiteral("child");
    }
    return PersonRepository(db(), clock).create(p);
}

Uuid IndicatorFixture::addCase(const CaseSpec &spec)
{
    Case c;
    c.programmeId = spec.programme.isNull() ? programme : spec.programme;
    c.identifiedOn = spec.identified;
    c.householdId = spec.household;
    for (qsizetype i = 0; i < spec.persons.size(); ++i)
        c.persons.append({spec.persons[i], i == 0 ? CasePersonRole::Main : CasePersonRole::Member});
    c.problems = spec.problems;
    c.partners = spec.partners;
    c.workers = spec.workers;
    c.referralPartnerId = spec.referral;
    if (!spec.referral.isNull())
        c.referralDate = spec.identified;
    CaseRepository cases(db(), clock);
    const Uuid id = cases.create(c);
    if (spec.oriented.isValid())
        cases.changeStatus(id, CaseStatus::Oriented, spec.oriented);
    if (spec.accompanied.isValid())
        cases.changeStatus(id, CaseStatus::Accompanied, spec.accompanied);
    if (spec.closed.isValid())
        cases.changeStatus(id, CaseStatus::Closed, spec.closed, {}, spec.closeReason);
    return id;
}

QString IndicatorFixture::numberOf(const Uuid &caseId)
{
    return CaseRepository(db(), clock).find(caseId)->number;
}

Uuid IndicatorFixture::intervention(const QDate &date, InterventionStatus status,
                                    const QString &channel, int minutes, const QList<Uuid> &cases,
                                    const QList<Uuid> &workers, const QString &type,
                                    const Uuid &programmeId)
{
    Intervention i;
    i.programmeId = programmeId.isNull() ? programme : programmeId;
    i.date = date;
    i.status = status;
    i.channel = channel;
    i.interventionType = type;
    i.durationMin = minutes;
    i.caseIds = cases;
    i.workerIds = workers;
    return InterventionRepository(db(), clock).create(i);
}

Uuid IndicatorFixture::session(SessionKind kind, const QDate &date, SessionStatus status,
                               const QList<SessionParticipants> &participants,
                               const QList<CommissionReview> &reviews, const Uuid &programmeId)
{
    CollectiveSession s;
    s.programmeId = programmeId.isNull() ? programme : programmeId;
    s.kind = kind;
    s.date = date;
    s.status = status;
    s.commune = QStringLiteral("Chaumont");
    s.participants = participants;
    s.reviews = reviews;
    return CollectiveSessionRepository(db(), clock).create(s);
}

Uuid IndicatorFixture::assessment(const Uuid &caseId, const QDate &date, const QString &dimension,
                                  int score, const QString &source)
{
    Assessment a;
    a.caseId = caseId;
    a.assessedOn = date;
    a.dimension = dimension;
    a.score = score;
    a.source = *assessmentSourceFromCode(source);
    a.note = QStringLiteral("Note confidentielle");
    return AssessmentRepository(db(), clock).record(a);
}

Uuid IndicatorFixture::material(const QString &type, const QDate &made, int quantityMade,
                                int distributed)
{
    CommunicationMaterial m;
    m.programmeId = programme;
    m.materialType = type;
    m.title = QStringLiteral("Plaquette");
    m.madeOn = made;
    m.quantityMade = quantityMade;
    m.quantityDistributed = distributed;
    return CommunicationMaterialRepository(db(), clock).create(m);
}

Uuid IndicatorFixture::funding(const QString &funder, int year, qint64 euros, const Uuid &sheetId)
{
    Funding f;
    SqliteStatement q(db().handle(), "SELECT programme_id FROM action_sheet WHERE id = ?");
    q.bindBlob(1, (sheetId.isNull() ? sheet : sheetId).bytes());
    q.step();
    f.programmeId = Uuid::fromBytes(q.blob(0));
    f.actionSheetId = sheetId.isNull() ? sheet : sheetId;
    f.funder = funder;
    f.year = year;
    f.amountCents = euros * 100;
    return FundingRepository(db(), clock).create(f);
}

Uuid IndicatorFixture::indicator(IndicatorKind kind, const QString &label,
                                 const std::optional<IndicatorDefinition> &definition,
                                 const Uuid &sheetId)
{
    Indicator i;
    i.actionSheetId = sheetId.isNull() ? sheet : sheetId;
    i.kind = kind;
    i.label = label;
    const Uuid id = IndicatorRepository(db(), clock).create(i);
    if (definition)
        IndicatorDefinitionStore(db(), clock).setDefinition(id, definition);
    return id;
}

void IndicatorFixture::archive(const char *table, const Uuid &id)
{
    SqliteStatement q(db().handle(), QByteArray("UPDATE ") + table + " SET archived_at = 1 WHERE id = ?");
    q.bindBlob(1, id.bytes());
    q.execute();
}

IndicatorResult IndicatorFixture::compute(const IndicatorDefinition &definition,
                                          const ReportingPeriod &period)
{
    definition.validate();
    return engine.compute(definition, {programme}, period);
}

double IndicatorFixture::value(const IndicatorDefinition &definition, const ReportingPeriod &period)
{
    return compute(definition, period).value.value_or(-1);
}

} // namespace passerelle::test
