#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace passerelle {

// One line of a case's timeline: an intervention linked to the case, or a commission session
// that reviewed it. A value snapshot, labels already resolved in the screen's language.
struct CaseTimelineEntry
{
    enum class Kind
    {
        Intervention,
        Session
    };

    Kind kind = Kind::Intervention;
    Uuid id;
    QDate date;
    QTime startTime;      // invalid when not given
    QString status;       // intervention.status or collective_session.status code
    QString typeCode;     // intervention_type code, or the session's kind code
    QString typeLabel;    // label of the intervention type (empty for a session)
    QString channelLabel; // interventions only
    int durationMin = 0;  // 0 when unknown
    QString workers;      // display names of the workers, ", "-joined (interventions only)
    int otherCases = 0;   // other cases the same intervention is linked to
    QString title;        // the session's title
    QString decisionCode; // the commission's decision on this case (sessions only)
    QString decisionLabel;
    QString note; // the intervention's note, or the commission's note on this case
};

} // namespace passerelle
