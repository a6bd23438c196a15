#include "domain/Intervention.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QSet>

namespace passerelle {

namespace {
constexpr InterventionStatus allStatuses[] = {InterventionStatus::Planned, InterventionStatus::Done,
                                              InterventionStatus::Cancelled,
                                              InterventionStatus::Missed};
} // namespace

QString toCode(InterventionStatus status)
{
    switch (status) {
    case InterventionStatus::Planned:
        return QStringLiteral("planned");
    case InterventionStatus::Done:
        return QStringLiteral("done");
    case InterventionStatus::Cancelled:
        return QStringLiteral("cancelled");
    case InterventionStatus::Missed:
        return QStringLiteral("missed");
    }
    Q_UNREACHABLE();
}

std::optional<InterventionStatus> interventionStatusFromCode(QStringView code)
{
    for (const InterventionStatus s : allStatuses) {
        if (code == toCode(s))
            return s;
    }
    return std::nullopt;
}

QString label(InterventionStatus status)
{
    switch (status) {
    case InterventionStatus::Planned:
        return QCoreApplication::translate("Domain", "Prévue");
    case InterventionStatus::Done:
        return QCoreApplication::translate("Domain", "Réalisée");
    case InterventionStatus::Cancelled:
        return QCoreApplication::translate("Domain", "Annulée");
    case InterventionStatus::Missed:
        return QCoreApplication::translate("Domain", "Non honorée");
    }
    Q_UNREACHABLE();
}

QString recordLabel(const Intervention &i)
{
    return i.id.isNull() ? QStringLiteral("intervention")
                         : QStringLiteral("intervention ") + i.id.toString();
}

void validate(const Intervention &i)
{
    Validator v(recordLabel(i));
    validate(i, v);
    v.throwIfFailed();
}

void validate(const Intervention &i, Validator &v)
{
    if (i.programmeId.isNull())
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("« Dispositif » est obligatoire."));
    v.requireDate(QStringLiteral("date"), i.date, ValidationText::tr("Date"));
    if (i.startTime.isValid() && (i.startTime.second() != 0 || i.startTime.msec() != 0))
        v.fail(QStringLiteral("start_time"),
               ValidationText::tr("« Heure » s'indique en heures et minutes."));
    v.requireText(QStringLiteral("channel"), i.channel, ValidationText::tr("Modalité"));
    v.requireText(QStringLiteral("intervention_type"), i.interventionType,
                  ValidationText::tr("Type d'intervention"));
    v.range(QStringLiteral("duration_min"), i.durationMin, 0, 1440,
            ValidationText::tr("Durée (minutes)"));
    // Invariant 4: hours worked come from done interventions, so a done one has a duration.
    if (i.status == InterventionStatus::Done && i.durationMin <= 0)
        v.fail(QStringLiteral("duration_min"),
               ValidationText::tr(
                   "Une intervention réalisée doit avoir une durée supérieure à zéro."));

    QSet<Uuid> cases;
    for (const Uuid &id : i.caseIds) {
        if (id.isNull() || cases.contains(id))
            v.fail(QStringLiteral("intervention_case.case_id"),
                   id.isNull()
                       ? ValidationText::tr("Chaque situation liée doit être enregistrée.")
                       : ValidationText::tr("Une situation est liée deux fois à l'intervention."));
        cases.insert(id);
    }
    QSet<Uuid> workers;
    for (const Uuid &id : i.workerIds) {
        if (id.isNull() || workers.contains(id))
            v.fail(QStringLiteral("intervention_worker.worker_id"),
                   id.isNull()
                       ? ValidationText::tr("Chaque intervenant doit être enregistré.")
                       : ValidationText::tr("Un intervenant figure deux fois sur l'intervention."));
        workers.insert(id);
    }
}

} // namespace passerelle
