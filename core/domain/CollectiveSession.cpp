#include "domain/CollectiveSession.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QSet>

namespace passerelle {

namespace {
constexpr SessionKind allKinds[] = {SessionKind::InformationMeeting, SessionKind::Workshop,
                                    SessionKind::PartnerMeeting,     SessionKind::Training,
                                    SessionKind::SynthesisMeeting,   SessionKind::ThematicDay,
                                    SessionKind::Commission};
constexpr SessionStatus allStatuses[] = {SessionStatus::Planned, SessionStatus::Done,
                                         SessionStatus::Cancelled};
} // namespace

QString toCode(SessionKind kind)
{
    switch (kind) {
    case SessionKind::InformationMeeting:
        return QStringLiteral("information_meeting");
    case SessionKind::Workshop:
        return QStringLiteral("workshop");
    case SessionKind::PartnerMeeting:
        return QStringLiteral("partner_meeting");
    case SessionKind::Training:
        return QStringLiteral("training");
    case SessionKind::SynthesisMeeting:
        return QStringLiteral("synthesis_meeting");
    case SessionKind::ThematicDay:
        return QStringLiteral("thematic_day");
    case SessionKind::Commission:
        return QStringLiteral("commission");
    }
    Q_UNREACHABLE();
}

std::optional<SessionKind> sessionKindFromCode(QStringView code)
{
    for (const SessionKind k : allKinds) {
        if (code == toCode(k))
            return k;
    }
    return std::nullopt;
}

QString label(SessionKind kind)
{
    switch (kind) {
    case SessionKind::InformationMeeting:
        return QCoreApplication::translate("Domain", "Réunion d'information");
    case SessionKind::Workshop:
        return QCoreApplication::translate("Domain", "Atelier collectif");
    case SessionKind::PartnerMeeting:
        return QCoreApplication::translate("Domain", "Rencontre partenaires");
    case SessionKind::Training:
        return QCoreApplication::translate("Domain", "Formation");
    case SessionKind::SynthesisMeeting:
        return QCoreApplication::translate("Domain", "Réunion de synthèse");
    case SessionKind::ThematicDay:
        return QCoreApplication::translate("Domain", "Journée thématique");
    case SessionKind::Commission:
        return QCoreApplication::translate("Domain", "Commission");
    }
    Q_UNREACHABLE();
}

QString toCode(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return QStringLiteral("planned");
    case SessionStatus::Done:
        return QStringLiteral("done");
    case SessionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
}

std::optional<SessionStatus> sessionStatusFromCode(QStringView code)
{
    for (const SessionStatus s : allStatuses) {
        if (code == toCode(s))
            return s;
    }
    return std::nullopt;
}

QString label(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return QCoreApplication::translate("Domain", "Prévue");
    case SessionStatus::Done:
        return QCoreApplication::translate("Domain", "Tenue");
    case SessionStatus::Cancelled:
        return QCoreApplication::translate("Domain", "Annulée");
    }
    Q_UNREACHABLE();
}

int CollectiveSession::participantCount() const
{
    int total = 0;
    for (const SessionParticipants &p : participants)
        total += p.count;
    return total;
}

QString recordLabel(const CollectiveSession &s)
{
    return s.id.isNull() ? QStringLiteral("collective_session")
                         : QStringLiteral("collective_session ") + s.id.toString();
}

void validate(const CollectiveSession &s)
{
    Validator v(recordLabel(s));
    if (s.programmeId.isNull())
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("« Dispositif » est obligatoire."));
    v.requireDate(QStringLiteral("date"), s.date, ValidationText::tr("Date"));
    if (s.startTime.isValid() && (s.startTime.second() != 0 || s.startTime.msec() != 0))
        v.fail(QStringLiteral("start_time"),
               ValidationText::tr("« Heure » s'indique en heures et minutes."));
    if (s.durationMin)
        v.range(QStringLiteral("duration_min"), *s.durationMin, 0, 1440,
                ValidationText::tr("Durée (minutes)"));
    v.maxLength(QStringLiteral("title"), s.title, 200, ValidationText::tr("Intitulé"));
    v.maxLength(QStringLiteral("commune"), s.commune, 100, ValidationText::tr("Commune"));

    QSet<QString> typologies;
    for (const SessionParticipants &p : s.participants) {
        if (p.typology.trimmed().isEmpty())
            v.fail(QStringLiteral("session_participants.typology"),
                   ValidationText::tr("Chaque groupe de participants a une typologie."));
        else if (typologies.contains(p.typology))
            v.fail(QStringLiteral("session_participants.typology"),
                   ValidationText::tr("Une typologie de participants figure deux fois."));
        typologies.insert(p.typology);
        if (p.count < 0)
            v.fail(QStringLiteral("session_participants.count"),
                   ValidationText::tr("Un nombre de participants ne peut pas être négatif."));
    }

    // Invariant 3: only a commission reviews cases.
    if (!s.reviews.isEmpty() && s.kind != SessionKind::Commission)
        v.fail(
            QStringLiteral("kind"),
            ValidationText::tr(
                "Seule une commission examine des situations : choisissez le type « Commission » "
                "ou retirez les situations examinées."));
    QSet<Uuid> cases;
    for (const CommissionReview &r : s.reviews) {
        if (r.caseId.isNull() || cases.contains(r.caseId))
            v.fail(
                QStringLiteral("commission_review.case_id"),
                r.caseId.isNull()
                    ? ValidationText::tr("Chaque situation examinée doit être enregistrée.")
                    : ValidationText::tr("Une situation est examinée deux fois dans la séance."));
        cases.insert(r.caseId);
        if (r.decision.trimmed().isEmpty())
            v.fail(
                QStringLiteral("commission_review.decision"),
                ValidationText::tr("« Décision » est obligatoire pour chaque situation examinée."));
    }
    v.throwIfFailed();
}

} // namespace passerelle
