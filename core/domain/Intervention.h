#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace passerelle {

class Validator;

// Scheduled versus done (posés / effectifs) is what the annual review counts.
enum class InterventionStatus
{
    Planned,
    Done,
    Cancelled,
    Missed
};

QString toCode(InterventionStatus status);
std::optional<InterventionStatus> interventionStatusFromCode(QStringView code);
QString label(InterventionStatus status);

// A home visit, interview, accompaniment, decluttering, administrative step… for one or more
// cases of its programme, or for none (e.g. a partner contact), by one or more workers.
struct Intervention
{
    Uuid id;
    Uuid programmeId;
    QDate date;
    QTime startTime; // invalid when not given; minutes only
    InterventionStatus status = InterventionStatus::Planned;
    QString channel;          // ref_channel code
    QString interventionType; // ref_intervention_type code
    int durationMin = 0;      // planned length while planned, time spent once done
    QString note;
    QList<Uuid> caseIds;
    QList<Uuid> workerIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

QString recordLabel(const Intervention &i);

// Checks the values of one intervention: date, time in whole minutes, channel and type given,
// duration 0–1440 and above zero once done, each case and worker once. What needs the
// database (codes, programme of each case) is checked by InterventionRepository.
// Throws ValidationError naming every refused field.
void validate(const Intervention &intervention);
// The same checks, added to `v` so that a repository reports them with its own in one error.
void validate(const Intervention &intervention, Validator &v);

} // namespace passerelle
