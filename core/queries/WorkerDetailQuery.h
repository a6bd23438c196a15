#pragma once

#include "queries/CaseReference.h"

#include <QList>
#include <QSqlQuery>

namespace passerelle {

class Database;

// What the workers page shows beside the chosen worker: the cases they are assigned to
// today and the hours they worked this month.
class WorkerDetailQuery
{
public:
    struct Detail
    {
        // Current assignments (no end, or an end on or after today) on cases not archived,
        // by case number: date = assigned_on, role = pair_role code.
        QList<CaseReference> cases;
        int assignedCount = 0; // cases.size()
        int openCount = 0;     // of which the case is not closed
        QDate monthStart;      // the month of `today`, first and last day
        QDate monthEnd;
        // Done interventions of the month with the worker among theirs: how many, and the
        // sum of their durations. A peer worker is paid by the hour: this is their month.
        int doneInterventions = 0;
        int minutesThisMonth = 0;
    };

    explicit WorkerDetailQuery(const Database &db);
    ~WorkerDetailQuery();
    WorkerDetailQuery(const WorkerDetailQuery &) = delete;
    WorkerDetailQuery &operator=(const WorkerDetailQuery &) = delete;

    // `today` comes from the Clock seam: it decides both "current" and "this month".
    Detail detail(const Uuid &workerId, const QDate &today);

private:
    QSqlQuery m_cases;
    QSqlQuery m_hours;
};

} // namespace passerelle
