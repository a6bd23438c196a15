#pragma once

#include "reports/AnnualReview.h"
#include "util/Clock.h"

#include <QList>

namespace passerelle {

class Database;

// Builds the annual review of an action sheet for a period (by default a calendar year),
// with the previous period of the same length beside every figure: indicators, caseload,
// hours by role, interventions by channel, partners, collective sessions, assessments,
// funding by funder, and the free-text sections saved for that sheet and period.
class AnnualReviewBuilder
{
public:
    explicit AnnualReviewBuilder(Database &db, const Clock &clock = systemClock());

    // Throws ValidationError (field "action_sheet_id" / "period") when the sheet does not
    // exist or the period is not valid.
    AnnualReview build(const Uuid &actionSheetId, const ReportingPeriod &period);

    // What the last build() spent per section, for `report --timing`.
    struct SectionTiming
    {
        QString section;
        double milliseconds = 0;
        int queries = 0;
    };
    const QList<SectionTiming> &timings() const { return m_timings; }

private:
    // Caseload, hours, interventions, partners, sessions and assessments, appended to `out`
    // in that order; computed in parallel (see build()). Returns each one's timing.
    QList<SectionTiming> activitySections(const Uuid &programmeId, const ReportingPeriod &period,
                                          const ReportingPeriod &previous,
                                          QList<ReviewSection> &out);
    ReviewSection funding(const Uuid &sheetId, const Uuid &chainedFrom, const Uuid &programmeId,
                          const ReportingPeriod &period, const ReportingPeriod &previous);
    QList<ReviewSection> freeText(const Uuid &sheetId, const ReportingPeriod &period);

    Database &m_db;
    const Clock &m_clock;
    QList<SectionTiming> m_timings;
};

} // namespace passerelle
