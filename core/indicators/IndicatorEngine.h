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

    // One definition over one period, for computeAll().
    struct Request
    {
        IndicatorDefinition definition;
        ReportingPeriod period;
    };

    IndicatorResult compute(const IndicatorDefinition &definition, const QList<Uuid> &programmes,
                            const ReportingPeriod &period);
    // Several definitions and periods over one scope, each result equal to compute()'s, in
    // fewer statements: measures reading the same rows share one (see MeasureBatch).
    QList<IndicatorResult> computeAll(const QList<Request> &requests,
                                      const QList<Uuid> &programmes);
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

    // Number of SQL statements computing values so far (for --timing).
    int statements() const { return m_statements; }

    // The stored definition of an indicator; nullopt when it is entered by hand. A stored
    // definition that no longer parses throws ValidationError naming the indicator.
    std::optional<IndicatorDefinition> definitionOf(const Uuid &indicatorId);
    // The programme an action sheet belongs to (null when the sheet does not exist).
    Uuid programmeOfSheet(const Uuid &actionSheetId);

private:
    // The evolutions of every Evolution request, those with the same case filters and
    // period in one statement.
    void evolutions(const QList<Request> &requests, const QList<Uuid> &programmes,
                    QList<IndicatorResult> &out);
    IndicatorTrace traceOf(const MeasureSpec &spec, const QList<Uuid> &programmes,
                           const ReportingPeriod &period, const QString &title,
                           std::optional<std::pair<Category, std::optional<QString>>> group = {});

    Database &m_db;
    int m_statements = 0;
};

} // namespace passerelle
