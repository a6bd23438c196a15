#include "domain/Case.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QSet>

namespace passerelle {

QString toCode(CasePersonRole role)
{
    return role == CasePersonRole::Main ? QStringLiteral("main") : QStringLiteral("member");
}

std::optional<CasePersonRole> casePersonRoleFromCode(QStringView code)
{
    if (code == u"main")
        return CasePersonRole::Main;
    if (code == u"member")
        return CasePersonRole::Member;
    return std::nullopt;
}

QString label(CasePersonRole role)
{
    return role == CasePersonRole::Main
               ? QCoreApplication::translate("Domain", "Personne accompagnée")
               : QCoreApplication::translate("Domain", "Membre du foyer");
}

QString toCode(PairRole role)
{
    switch (role) {
    case PairRole::Peer:
        return QStringLiteral("peer");
    case PairRole::Professional:
        return QStringLiteral("professional");
    case PairRole::Referent:
        return QStringLiteral("referent");
    }
    Q_UNREACHABLE();
}

std::optional<PairRole> pairRoleFromCode(QStringView code)
{
    for (const PairRole r : {PairRole::Peer, PairRole::Professional, PairRole::Referent}) {
        if (code == toCode(r))
            return r;
    }
    return std::nullopt;
}

QString label(PairRole role)
{
    switch (role) {
    case PairRole::Peer:
        return QCoreApplication::translate("Domain", "Travailleur pair");
    case PairRole::Professional:
        return QCoreApplication::translate("Domain", "Professionnel du binôme");
    case PairRole::Referent:
        return QCoreApplication::translate("Domain", "Référent");
    }
    Q_UNREACHABLE();
}

QString recordLabel(const Case &c)
{
    if (!c.number.isEmpty())
        return QCoreApplication::translate("Domain", "Situation %1").arg(c.number);
    return c.id.isNull() ? QStringLiteral("case_file")
                         : QStringLiteral("case_file ") + c.id.toString();
}

void validate(const Case &c)
{
    Validator v(recordLabel(c));
    if (c.programmeId.isNull())
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("« Dispositif » est obligatoire."));
    v.maxLength(QStringLiteral("number"), c.number, 40, ValidationText::tr("Numéro"));
    v.requireDate(QStringLiteral("identified_on"), c.identifiedOn,
                  ValidationText::tr("Date de repérage"));

    // Invariant 2: the dates that are present follow the workflow's order.
    const QString identified = ValidationText::tr("Date de repérage");
    const QString oriented = ValidationText::tr("Date d'orientation");
    const QString accompanied = ValidationText::tr("Date de début d'accompagnement");
    const QString closed = ValidationText::tr("Date de clôture");
    v.dateOrder(c.identifiedOn, QStringLiteral("oriented_on"), c.orientedOn, identified, oriented);
    v.dateOrder(c.identifiedOn, QStringLiteral("accompanied_on"), c.accompaniedOn, identified,
                accompanied);
    v.dateOrder(c.orientedOn, QStringLiteral("accompanied_on"), c.accompaniedOn, oriented,
                accompanied);
    v.dateOrder(c.identifiedOn, QStringLiteral("closed_on"), c.closedOn, identified, closed);
    v.dateOrder(c.orientedOn, QStringLiteral("closed_on"), c.closedOn, oriented, closed);
    v.dateOrder(c.accompaniedOn, QStringLiteral("closed_on"), c.closedOn, accompanied, closed);

    const bool isClosed = c.status == CaseStatus::Closed;
    if (c.status == CaseStatus::Oriented && !c.orientedOn.isValid())
        v.fail(QStringLiteral("oriented_on"),
               ValidationText::tr("Une situation orientée a une date d'orientation."));
    if (c.status == CaseStatus::Accompanied && !c.accompaniedOn.isValid())
        v.fail(
            QStringLiteral("accompanied_on"),
            ValidationText::tr("Une situation accompagnée a une date de début d'accompagnement."));
    if (isClosed != c.closedOn.isValid())
        v.fail(QStringLiteral("closed_on"),
               isClosed
                   ? ValidationText::tr("Une situation clôturée a une date de clôture.")
                   : ValidationText::tr("Seule une situation clôturée a une date de clôture."));
    if (isClosed == c.closeReason.isEmpty())
        v.fail(QStringLiteral("close_reason"),
               isClosed
                   ? ValidationText::tr("« Motif de clôture » est obligatoire pour clôturer.")
                   : ValidationText::tr("Seule une situation clôturée a un motif de clôture."));
    v.maxLength(QStringLiteral("referral_reason"), c.referralReason, 4000,
                ValidationText::tr("Motif de la saisine"));

    QSet<Uuid> persons;
    int mainCount = 0;
    for (const CasePerson &p : c.persons) {
        if (p.personId.isNull() || persons.contains(p.personId))
            v.fail(
                QStringLiteral("case_person.person_id"),
                p.personId.isNull()
                    ? ValidationText::tr("Chaque personne de la situation doit être enregistrée.")
                    : ValidationText::tr("Une personne figure deux fois dans la situation."));
        persons.insert(p.personId);
        if (p.role == CasePersonRole::Main)
            ++mainCount;
    }
    // Invariant 6.
    if (mainCount > 1)
        v.fail(QStringLiteral("case_person.role"),
               ValidationText::tr("Une situation n'a qu'une personne accompagnée principale."));

    QSet<Uuid> workers;
    for (const CaseWorker &w : c.workers) {
        if (w.workerId.isNull() || workers.contains(w.workerId))
            v.fail(
                QStringLiteral("case_worker.worker_id"),
                w.workerId.isNull()
                    ? ValidationText::tr("Chaque intervenant affecté doit être enregistré.")
                    : ValidationText::tr("Un intervenant est affecté deux fois à la situation."));
        workers.insert(w.workerId);
        v.requireDate(QStringLiteral("case_worker.assigned_on"), w.assignedOn,
                      ValidationText::tr("Date d'affectation"));
        v.dateOrder(w.assignedOn, QStringLiteral("case_worker.unassigned_on"), w.unassignedOn,
                    ValidationText::tr("Date d'affectation"),
                    ValidationText::tr("Date de fin d'affectation"));
    }

    QSet<Uuid> partners;
    for (const CasePartner &p : c.partners) {
        if (p.partnerId.isNull() || partners.contains(p.partnerId))
            v.fail(
                QStringLiteral("case_partner.partner_id"),
                p.partnerId.isNull()
                    ? ValidationText::tr("Chaque partenaire mobilisé doit être enregistré.")
                    : ValidationText::tr("Un partenaire est mobilisé deux fois sur la situation."));
        partners.insert(p.partnerId);
        v.requireDate(QStringLiteral("case_partner.mobilised_on"), p.mobilisedOn,
                      ValidationText::tr("Date de mobilisation"));
    }

    QSet<QString> problems;
    for (const QString &code : c.problems) {
        if (code.trimmed().isEmpty() || problems.contains(code))
            v.fail(QStringLiteral("case_problem.code"),
                   code.trimmed().isEmpty()
                       ? ValidationText::tr("Une problématique sans code a été donnée.")
                       : ValidationText::tr("Une problématique figure deux fois."));
        problems.insert(code);
    }
    v.throwIfFailed();
}

} // namespace passerelle
