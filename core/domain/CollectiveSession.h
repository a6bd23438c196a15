#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace passerelle {

enum class SessionKind
{
    InformationMeeting,
    Workshop,
    PartnerMeeting,
    Training,
    SynthesisMeeting,
    ThematicDay,
    Commission
};
QString toCode(SessionKind kind);
std::optional<SessionKind> sessionKindFromCode(QStringView code);
QString label(SessionKind kind);

enum class SessionStatus
{
    Planned,
    Done,
    Cancelled
};
QString toCode(SessionStatus status);
std::optional<SessionStatus> sessionStatusFromCode(QStringView code);
QString label(SessionStatus status);

// How many people of one typology (health professionals, residents, peer workers…) attended.
struct SessionParticipants
{
    QString typology; // ref_participant_typology code
    int count = 0;
};

// A case reviewed by a commission and the decision taken for it.
struct CommissionReview
{
    Uuid caseId;
    QString decision; // ref_commission_decision code
    QString note;
};

// An information meeting, workshop, partner meeting, training, synthesis meeting, thematic day
// or commission (cellule d'orientation, commission appartement). Participants and, for a
// commission only, the reviewed cases are saved with the session.
struct CollectiveSession
{
    Uuid id;
    Uuid programmeId;
    SessionKind kind = SessionKind::Workshop;
    QString title;
    QDate date;
    QTime startTime; // invalid when not given
    std::optional<int> durationMin;
    SessionStatus status = SessionStatus::Done;
    QString commune;
    QString place;
    QString topics;
    QList<SessionParticipants> participants;
    QList<CommissionReview> reviews;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;

    int participantCount() const;
};

// One commission decision seen from the case: which session, when, what was decided.
struct CaseCommissionDecision
{
    Uuid sessionId;
    QDate date;
    QString decision;
    QString note;
};

QString recordLabel(const CollectiveSession &s);

// Checks the values of one session: date, duration, each typology once with a count ≥ 0,
// reviews only on a commission and each case once with a decision. Throws ValidationError
// naming every refused field.
void validate(const CollectiveSession &session);

} // namespace passerelle
