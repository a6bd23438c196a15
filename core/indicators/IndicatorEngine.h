#pragma once

#include "domain/Indicator.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorResult.h"
#include "indicators/IndicatorTrace.h"
#include "indicators/ReportingPeriod.h"

#include <optional>

namespace passerelle {

class Database;

// Computes indicators: a definition over a scope (programmes) and a period, by SQL
// aggregates — one parameterised statement per measure, none per record — and lists the
// records behind any figure. The desktop, the annual review and the CLI all call this.
class IndicatorEngine
{
public:
    explicit IndicatorEngine(Database &db);

    IndicatorResult compute(const IndicatorDefinition &definition, const QList<Uuid> &programmes,
                            const ReportingPeriod &period);
    // An indicator of an action sheet: its definition over the sheet's programme, or — when
    // it has none — the value entered by hand for exactly that period.
    IndicatorResult compute(const Indicator &indicator, const ReportingPeriod &period);
    // One measure alone.
    double measure(const MeasureSpec &spec, const QList<Uuid> &programmes,
                   const ReportingPeriod &period);

    QList<IndicatorTrace> trace(const IndicatorDefinition &definition,
                                const QList<Uuid> &programmes, const ReportingPeriod &period,
                                const TraceSelection &selection = {});
    // Throws ValidationError (field "definition") for an indicator entered by hand.
    QList<IndicatorTrace> trace(const Indicator &indicator, const ReportingPeriod &period,
                                const TraceSelection &selection = {});

    // The stored definition of an indicator; nullopt when it is entered by hand. A stored
    // definition that no longer parses throws ValidationError naming the indicator.
    std::optional<IndicatorDefinition> definitionOf(const Uuid &indicatorId);
    // The programme an action sheet belongs to (null when the sheet does not exist).
    Uuid programmeOfSheet(const Uuid &actionSheetId);

private:
    IndicatorResult breakdown(const IndicatorDefinition &d, const QList<Uuid> &programmes,
                              const ReportingPeriod &period);
    IndicatorResult evolution(const IndicatorDefinition &d, const QList<Uuid> &programmes,
                              const ReportingPeriod &period);
    IndicatorTrace traceOf(const MeasureSpec &spec, const QList<Uuid> &programmes,
                           const ReportingPeriod &period, const QString &title,
                           std::optional<std::pair<Category, std::optional<QString>>> group = {});

    Database &m_db;
};

} // namespace passerelle
