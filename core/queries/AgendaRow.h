#pragma once

#include "domain/Intervention.h"
#include "util/Uuid.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace passerelle {

// One case an agenda line serves: its human number and a pseudonymous code (the main
// person's, else the first person's), never a name.
struct AgendaCase
{
    Uuid id;
    QString number;
    QString personCode; // empty when the case has nobody yet
};

// One intervention of a worker's agenda: a value snapshot with what the line shows already
// resolved (labels in the screen's language, case numbers, workers' codes), so that a week
// costs one read.
struct AgendaRow
{
    Uuid id;
    Uuid programmeId;
    QString programmeCode;
    QDate date;
    QTime startTime; // invalid when not given
    InterventionStatus status = InterventionStatus::Planned;
    int durationMin = 0;
    QString channel;
    QString channelLabel;
    QString interventionType;
    QString typeLabel;
    QList<AgendaCase> cases;  // by number
    QStringList workerCodes;  // every worker of the intervention (the agenda's own included), sorted

    // Planned for a day that is over: the visit was made and not recorded, or never made.
    bool isOverdue(const QDate &today) const
    {
        return status == InterventionStatus::Planned && date < today;
    }
};

} // namespace passerelle
