#pragma once

#include "reports/AnnualReview.h"

namespace passerelle {

class Database;
class ReviewFigures;

// The sections of the annual review every programme has, whatever its indicators: caseload,
// hours by worker role, interventions planned vs done by channel, partners, collective
// sessions and participants, assessments (person vs team). Each figure is a definition of
// the indicator engine, so each can be traced like an indicator.
class ReviewActivitySections
{
public:
    ReviewActivitySections(Database &db, ReviewFigures &figures, const ReportingPeriod &period,
                           const ReportingPeriod &previous);

    ReviewSection caseload();
    ReviewSection hours();
    ReviewSection interventions();
    ReviewSection partners();
    ReviewSection sessions();
    ReviewSection assessments();

private:
    Database &m_db;
    ReviewFigures &m_figures;
    ReportingPeriod m_period;
    ReportingPeriod m_previous;
};

} // namespace passerelle
