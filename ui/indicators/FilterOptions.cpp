#include "indicators/FilterOptions.h"

#include "domain/Case.h"
#include "indicators/CategoryLabels.h"
#include "queries/CaseListChoices.h"
#include "repositories/ProgrammeRepository.h"
#include "repositories/ReferenceRepository.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
// The category whose labels name the codes of a filter (same codes, same lists).
std::optional<Category> categoryOf(Filter filter)
{
    switch (filter) {
    case Filter::Status:
        return Category::Status;
    case Filter::WorkerRole:
        return Category::WorkerRole;
    case Filter::SessionKind:
        return Category::SessionKind;
    case Filter::Source:
        return Category::Source;
    default:
        return std::nullopt;
    }
}
} // namespace

FilterOptions::FilterOptions(Database &db) : m_db(db)
{
    for (const Programme &p : ProgrammeRepository(db).list())
        m_programmes.append({p.id.toString(), p.code + QStringLiteral(" — ") + p.name});
    // The landlord filter offers landlords only (the case list's choice), not every partner:
    // a doctor or an association among fifty partners only hid the two landlords.
    for (const CaseListChoices::Choice &c : CaseListChoices(db).landlords())
        m_landlords.append({c.id.toString(), c.archived ? tr("%1 (archivé)").arg(c.name) : c.name});
    for (const ReferenceItem &item :
         ReferenceRepository(db).items(QStringLiteral("outcome_dimension")))
        m_dimensions.append({item.code, item.label()});
}

QList<FilterOptions::Option> FilterOptions::fixedCodes(Filter filter, Measure measure) const
{
    QList<Option> out;
    const QStringList allowed = IndicatorCatalogue::allowedCodes(filter, measure);
    CategoryLabels labels(m_db);
    for (const QString &code : allowed) {
        QString text = code;
        if (filter == Filter::PersonRole) {
            if (const auto role = casePersonRoleFromCode(code))
                text = label(*role);
        } else if (const auto category = categoryOf(filter)) {
            text = labels.label(*category, measure, code);
        }
        out.append({code, text});
    }
    return out;
}

QList<FilterOptions::Option> FilterOptions::codes(Filter filter, Measure measure) const
{
    if (filter == Filter::Programme)
        return m_programmes;
    if (filter == Filter::Landlord)
        return m_landlords;
    const QString table = IndicatorCatalogue::referenceTable(filter);
    if (!table.isEmpty()) {
        QList<Option> out;
        for (const ReferenceItem &item : ReferenceRepository(m_db).items(table.mid(4)))
            out.append({item.code, item.label()});
        return out;
    }
    return fixedCodes(filter, measure);
}

QString FilterOptions::filterLabel(Filter filter)
{
    switch (filter) {
    case Filter::Programme:
        return tr("Dispositif");
    case Filter::Status:
        return tr("Statut");
    case Filter::Channel:
        return tr("Canal");
    case Filter::InterventionType:
        return tr("Type d'intervention");
    case Filter::WorkerRole:
        return tr("Rôle de l'intervenant");
    case Filter::Landlord:
        return tr("Bailleur");
    case Filter::LandlordType:
        return tr("Type de bailleur");
    case Filter::PartnerType:
        return tr("Type de partenaire");
    case Filter::ReferralPartnerType:
        return tr("Type de partenaire ayant orienté");
    case Filter::Problem:
        return tr("Problématique");
    case Filter::CloseReason:
        return tr("Motif de clôture");
    case Filter::SessionKind:
        return tr("Type d'action collective");
    case Filter::ParticipantTypology:
        return tr("Typologie des participants");
    case Filter::Decision:
        return tr("Décision de commission");
    case Filter::MaterialType:
        return tr("Type de support");
    case Filter::Dimension:
        return tr("Dimension évaluée");
    case Filter::Source:
        return tr("Regard (personne ou équipe)");
    case Filter::PersonRole:
        return tr("Place dans la situation");
    case Filter::Period:
        return tr("Dates dans la période");
    case Filter::Referred:
        return tr("Orientée par un partenaire");
    case Filter::Qpv:
        return tr("En quartier prioritaire (QPV)");
    case Filter::TrainedInPeriod:
        return tr("Formé pendant la période");
    case Filter::Assessed:
        return tr("Score d'évaluation");
    }
    return {};
}

QList<CasePeriod> FilterOptions::casePeriods()
{
    return {CasePeriod::Active,     CasePeriod::AccompaniedActive, CasePeriod::ActiveAtEnd,
            CasePeriod::Identified, CasePeriod::Oriented,          CasePeriod::Accompanied,
            CasePeriod::Closed,     CasePeriod::Referral,          CasePeriod::Any};
}

QString FilterOptions::casePeriodLabel(CasePeriod period)
{
    switch (period) {
    case CasePeriod::Active:
        return tr("ouvertes à un moment de la période (file active)");
    case CasePeriod::AccompaniedActive:
        return tr("accompagnées à un moment de la période");
    case CasePeriod::ActiveAtEnd:
        return tr("encore ouvertes le dernier jour");
    case CasePeriod::Identified:
        return tr("identifiées pendant la période");
    case CasePeriod::Oriented:
        return tr("orientées pendant la période");
    case CasePeriod::Accompanied:
        return tr("accompagnement commencé pendant la période");
    case CasePeriod::Closed:
        return tr("clôturées pendant la période");
    case CasePeriod::Referral:
        return tr("saisine reçue pendant la période");
    case CasePeriod::Any:
        return tr("sans condition de date");
    }
    return {};
}

} // namespace passerelle
