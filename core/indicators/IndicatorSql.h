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
    // What a query of one measure is made of; compiled by IndicatorQueryCompiler.
    struct Parts
    {
        QueryText from;  // "FROM … JOIN …" (joins of a category are added after it)
        QueryText where; // "… AND …" (never empty)
        QByteArray aggregate;
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
