#include "queries/CaseFileQuery.h"

#include "repositories/AssessmentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/CollectiveSessionRepository.h"
#include "repositories/HouseholdRepository.h"
#include "repositories/PartnerRepository.h"
#include "repositories/PersonRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"
#include "repositories/WorkerRepository.h"

#include <QSet>

#include <algorithm>

namespace passerelle {

const QStringList &CaseFileQuery::referenceLists()
{
    static const QStringList lists{
        QStringLiteral("close_reason"),       QStringLiteral("eviction_stage"),
        QStringLiteral("household_relation"), QStringLiteral("problem_typology"),
        QStringLiteral("outcome_dimension"),  QStringLiteral("commission_decision"),
        QStringLiteral("partner_type")};
    return lists;
}

CaseFileQuery::CaseFileQuery(Database &db) : m_db(db) {}

std::optional<CaseFileSnapshot> CaseFileQuery::load(const Uuid &caseId)
{
    CaseRepository cases(m_db);
    std::optional<Case> found = cases.find(caseId);
    if (!found)
        return std::nullopt;

    CaseFileSnapshot s;
    s.caseFile = std::move(*found);
    const Case &c = s.caseFile;
    s.history = cases.history(caseId);

    ProgrammeRepository programmes(m_db);
    if (std::optional<Programme> p = programmes.find(c.programmeId))
        s.programme = std::move(*p);

    PersonRepository persons(m_db);
    s.people = persons.listForCase(caseId);
    if (!c.householdId.isNull()) {
        HouseholdRepository households(m_db);
        s.household = households.find(c.householdId);
        QSet<Uuid> known;
        for (const Person &p : std::as_const(s.people))
            known.insert(p.id);
        for (Person &p : persons.listForHousehold(c.householdId))
            if (!known.contains(p.id))
                s.people.append(std::move(p));
    }
    Uuid mainId;
    for (const CasePerson &cp : c.persons)
        if (cp.role == CasePersonRole::Main)
            mainId = cp.personId;
    std::stable_sort(s.people.begin(), s.people.end(), [&mainId](const Person &a, const Person &b) {
        if ((a.id == mainId) != (b.id == mainId))
            return a.id == mainId;
        return a.code < b.code;
    });

    CollectiveSessionRepository sessions(m_db);
    s.decisions = sessions.decisionsForCase(caseId);
    AssessmentRepository assessments(m_db);
    s.assessments = assessments.listForCase(caseId);

    WorkerRepository workers(m_db);
    for (const CaseWorker &cw : c.workers)
        if (std::optional<Worker> w = workers.find(cw.workerId))
            s.workers.append(std::move(*w));

    PartnerRepository partners(m_db);
    s.partners = partners.list();
    QList<Uuid> referred{c.referralPartnerId};
    if (s.household)
        referred.append(s.household->landlordPartnerId);
    for (const CasePartner &cp : c.partners)
        referred.append(cp.partnerId);
    for (const Uuid &id : std::as_const(referred))
        if (!id.isNull() && !s.partner(id))
            if (std::optional<Partner> p = partners.find(id))
                s.partners.append(std::move(*p));

    ReferenceRepository reference(m_db);
    for (const QString &list : referenceLists())
        s.lists.insert(list, reference.items(list, true));
    return s;
}

bool CaseFileQuery::refreshStatus(CaseFileSnapshot &snapshot)
{
    CaseRepository cases(m_db);
    const std::optional<Case> stored = cases.find(snapshot.caseFile.id);
    if (!stored)
        return false;
    Case &c = snapshot.caseFile;
    c.status = stored->status;
    c.orientedOn = stored->orientedOn;
    c.accompaniedOn = stored->accompaniedOn;
    c.closedOn = stored->closedOn;
    c.closeReason = stored->closeReason;
    c.updatedAt = stored->updatedAt;
    snapshot.history = cases.history(c.id);
    return true;
}

void CaseFileQuery::refreshAssessments(CaseFileSnapshot &snapshot)
{
    AssessmentRepository assessments(m_db);
    snapshot.assessments = assessments.listForCase(snapshot.caseFile.id);
}

} // namespace passerelle
