#pragma once

#include "indicators/CompiledQuery.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/ReportingPeriod.h"
#include "util/Uuid.h"

#include <optional>

namespace passerelle {

// Turns one measure of a definition into one parameterised statement, for a scope (the
// programmes of the action sheet) and a period. The statement that gives a value and the
// one that lists its records share their FROM and WHERE, so a trace always adds up to
// the value it explains.
class IndicatorQueryCompiler
{
public:
    IndicatorQueryCompiler(const QList<Uuid> &programmes, const ReportingPeriod &period);

    // SELECT <aggregate>: one row, one column.
    CompiledQuery value(const MeasureSpec &spec) const;
    // SELECT <key>, <aggregate> … GROUP BY <key>: one row per group present.
    CompiledQuery grouped(const MeasureSpec &spec, Category by) const;
    // One row per record counted: reference, date, detail, weight, id (hex). With a
    // category, only the records of that group (`key` null = "not filled in").
    CompiledQuery trace(const MeasureSpec &spec,
                        std::optional<std::pair<Category, std::optional<QString>>> group = {}) const;

    // Evolution of dimensions, read in one pass: one row per dimension and source that has
    // evaluable cases: dimension, source, evaluable, improved, stable, worsened.
    CompiledQuery evolution(const QStringList &dimensions, const MeasureSpec &caseFilters) const;
    // The evaluable cases of one source: case number, first date, "first → last", improved
    // (1 or 0), case id (hex).
    CompiledQuery evolutionTrace(const QString &dimension, const MeasureSpec &caseFilters,
                                 const QString &source) const;

    const ReportingPeriod &period() const { return m_period; }

private:
    QueryText evolutionPairs(const QStringList &dimensions, const MeasureSpec &caseFilters) const;

    QList<QVariant> m_programmes;
    ReportingPeriod m_period;
};

} // namespace passerelle
