#pragma once

#include "indicators/IndicatorEngine.h"
#include "reports/AnnualReview.h"


namespace passerelle {

// The bridge between the indicator engine and the review's cells: computes a definition
// over the sheet's programme and returns typed cells that remember the definition, so that
// every figure of the review can be traced back to its records like an indicator can.
class ReviewFigures
{
public:
    ReviewFigures(IndicatorEngine &engine, const Uuid &programmeId);

    // A count (or sum): an Integer or Decimal cell.
    ReviewCell count(const IndicatorDefinition &definition, const ReportingPeriod &period);
    // A ratio: a Percent or Decimal cell, Empty when the denominator is zero.
    ReviewCell ratio(const IndicatorDefinition &definition, const ReportingPeriod &period);
    IndicatorResult compute(const IndicatorDefinition &definition, const ReportingPeriod &period);
    // The figures of a whole section at once, so that those reading the same rows (the
    // period and the previous one, several statuses) share a statement.
    QList<IndicatorResult> computeAll(const QList<IndicatorEngine::Request> &requests);

    // The cells of results already computed.
    static ReviewCell countCell(const IndicatorDefinition &definition,
                                const IndicatorResult &result, const ReportingPeriod &period);
    static ReviewCell ratioCell(const IndicatorDefinition &definition,
                                const IndicatorResult &result, const ReportingPeriod &period);

    // The cell of one group of a breakdown result.
    static ReviewCell groupCell(const IndicatorDefinition &definition, const BreakdownRow &row,
                                ValueType type, const ReportingPeriod &period);
    static ReviewCell valueCell(double value, ValueType type, ReviewTraceRef trace);
    static ReviewTraceRef traceRef(const IndicatorDefinition &definition,
                                   const ReportingPeriod &period);

    // Number of SQL statements the engine ran (for --timing).
    int queries() const { return m_engine.statements(); }

private:
    IndicatorEngine &m_engine;
    QList<Uuid> m_programmes;
};

} // namespace passerelle
