#include "reports/ReviewFigures.h"

namespace passerelle {

ReviewFigures::ReviewFigures(IndicatorEngine &engine, const Uuid &programmeId)
    : m_engine(engine), m_programmes{programmeId}
{
}

ReviewTraceRef ReviewFigures::traceRef(const IndicatorDefinition &definition,
                                       const ReportingPeriod &period)
{
    ReviewTraceRef ref;
    ref.definition = QString::fromUtf8(definition.toJson());
    ref.period = period;
    return ref;
}

ReviewCell ReviewFigures::valueCell(double value, ValueType type, ReviewTraceRef trace)
{
    if (type == ValueType::Integer)
        return ReviewCell::ofInteger(qRound64(value), std::move(trace));
    return ReviewCell::ofDecimal(value, 1, std::move(trace));
}

IndicatorResult ReviewFigures::compute(const IndicatorDefinition &definition,
                                       const ReportingPeriod &period)
{
    return m_engine.compute(definition, m_programmes, period);
}

QList<IndicatorResult> ReviewFigures::computeAll(const QList<IndicatorEngine::Request> &requests)
{
    return m_engine.computeAll(requests, m_programmes);
}

ReviewCell ReviewFigures::countCell(const IndicatorDefinition &definition, const IndicatorResult &r,
                                    const ReportingPeriod &period)
{
    return valueCell(r.value.value_or(0), r.valueType, traceRef(definition, period));
}

ReviewCell ReviewFigures::ratioCell(const IndicatorDefinition &definition, const IndicatorResult &r,
                                    const ReportingPeriod &period)
{
    if (!r.value)
        return ReviewCell::empty();
    if (definition.display == IndicatorDefinition::Display::Decimal)
        return ReviewCell::ofDecimal(*r.value, 1, traceRef(definition, period));
    return ReviewCell::ofPercent(*r.value, traceRef(definition, period));
}

ReviewCell ReviewFigures::count(const IndicatorDefinition &definition,
                                const ReportingPeriod &period)
{
    return countCell(definition, compute(definition, period), period);
}

ReviewCell ReviewFigures::ratio(const IndicatorDefinition &definition,
                                const ReportingPeriod &period)
{
    return ratioCell(definition, compute(definition, period), period);
}

ReviewCell ReviewFigures::groupCell(const IndicatorDefinition &definition, const BreakdownRow &row,
                                    ValueType type, const ReportingPeriod &period)
{
    ReviewTraceRef ref = traceRef(definition, period);
    ref.hasCategory = true;
    ref.category = row.code;
    return valueCell(row.value, type, ref);
}

} // namespace passerelle
