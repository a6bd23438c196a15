#pragma once

#include "indicators/CompiledQuery.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/ReportingPeriod.h"

namespace passerelle {

// The SQL fragments of the catalogue: for each measure the tables it reads and what it
// aggregates, for each filter its condition, for each category its grouping key, for each
// measure the columns a trace lists. Every fragment is a constant of this file; values come
// in as parameters. Aliases are fixed: c case_file, cp case_person, pe person, h household,
// cpa case_partner, p partner, i intervention, iw intervention_worker, w worker,
// s collective_session, sp session_participants, cr commission_review,
// m communication_material, a assessment.
class IndicatorSql
{
public:
    // An aggregate split around its argument, so that a statement computing several
    // measures at once can feed it only the rows of one of them: function + argument +
    // suffix, e.g. "total(" "i.duration_min" ") / 60.0".
    struct Aggregate
    {
        QByteArray function;
        QByteArray argument;
        QByteArray suffix;

        QByteArray sql() const { return function + argument + suffix; }
        // A count: it is 0 exactly when no row is counted (its arguments are never NULL).
        bool countsRows() const { return function.startsWith("count("); }
        // The aggregate over the rows where `condition` holds (NULL elsewhere, which every
        // aggregate of the catalogue ignores): the value a statement WHERE `condition` gives.
        QueryText over(const QueryText &condition) const;
    };

    // What a query of one measure is made of; compiled by IndicatorQueryCompiler.
    struct Parts
    {
        QueryText from;  // "FROM … JOIN …" (joins of a category are added after it)
        QueryText where; // "… AND …" (never empty)
        // The part of `where` that depends on neither the period nor the filters: archived
        // rows and programmes. Measures of one FROM and one scope can share a statement.
        QueryText scope;
        // The date column `where` bounds to the period (empty when the period is not one
        // range of one column, as for cases): the range an index can seek on.
        QByteArray dateColumn;
        Aggregate aggregate;
        // Trace columns: reference, date, detail, weight, id (hex), and the GROUP BY that
        // makes one row per record counted.
        QByteArray traceColumns;
        QByteArray traceGroupBy;
    };
    struct CategoryKey
    {
        QByteArray joins; // LEFT JOINs the key needs (may be empty)
        QByteArray key;   // a TEXT expression (NULL = not filled in)
    };

    // `programmes` is the scope: the action sheet's programme unless the definition's
    // "programme" filter says otherwise.
    static Parts parts(const MeasureSpec &spec, const QList<QVariant> &programmes,
                       const ReportingPeriod &period);
    static CategoryKey categoryKey(Category category, const MeasureSpec &spec);
    // A partner as a report may show it: its name, except for the partner types that
    // usually name a person (GP, specialist, private landlord), shown by type and short id.
    static QByteArray partnerLabel(const char *alias);
    static QList<QVariant> ids(const QStringList &uuids);
};

} // namespace passerelle
