#pragma once

#include "reports/AnnualReview.h"

namespace passerelle {

class Database;

// The activity dashboard (tableau de bord de suivi des activités) of seed 000: month by
// month for one programme and year, the caseload moves, interventions planned and done,
// hours, collective sessions and participants. One row per month and a total row; every
// cell traceable like the review's. The desktop shows it for the current year.
class Dashboard
{
public:
    static ReviewTable build(Database &db, const Uuid &programmeId, int year);
};

} // namespace passerelle
