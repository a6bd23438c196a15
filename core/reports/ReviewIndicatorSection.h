#pragma once

#include "domain/Indicator.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorResult.h"
#include "reports/AnnualReview.h"

namespace passerelle {

class IndicatorEngine;
class ReviewFigures;

// The "Indicateurs" section: every indicator of the sheet, by kind (process, result,
// impact), with the period's value beside the previous period's and the target. A
// breakdown adds its typology table; an evolution shows the person's view and the team's
// on two rows.
class ReviewIndicatorSection
{
public:
    ReviewIndicatorSection(IndicatorEngine &engine, ReviewFigures &figures);

    ReviewSection build(const QList<Indicator> &indicators, const ReportingPeriod &period,
                        const ReportingPeriod &previous);

private:
    struct Value
    {
        ReviewCell cell;
        QString detail;
    };
    void addIndicator(const Indicator &indicator, const ReportingPeriod &period,
                      const ReportingPeriod &previous, ReviewTable &table,
                      QList<ReviewTable> &breakdowns);
    Value valueOf(const IndicatorResult &result, const IndicatorDefinition *definition,
                  const ReportingPeriod &period) const;

    IndicatorEngine &m_engine;
    ReviewFigures &m_figures;
};

} // namespace passerelle
