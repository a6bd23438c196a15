#include "indicators/IndicatorQueryCompiler.h"

#include "indicators/IndicatorSql.h"

namespace passerelle {

IndicatorQueryCompiler::IndicatorQueryCompiler(const QList<Uuid> &programmes,
                                               const ReportingPeriod &period)
    : m_period(period)
{
    for (const Uuid &id : programmes)
        m_programmes.append(id.bytes());
}

CompiledQuery IndicatorQueryCompiler::value(const MeasureSpec &spec) const
{
    const IndicatorSql::Parts parts = IndicatorSql::parts(spec, m_programmes, m_period);
    QueryText q;
    q.sql("SELECT ").sql(parts.aggregate.sql()).sql(" ").append(parts.from).sql(" WHERE ").append(parts.where);
    return q.compile();
}

CompiledQuery IndicatorQueryCompiler::grouped(const MeasureSpec &spec, Category by) const
{
    const IndicatorSql::Parts parts = IndicatorSql::parts(spec, m_programmes, m_period);
    const IndicatorSql::CategoryKey key = IndicatorSql::categoryKey(by, spec);
    QueryText q;
    q.sql("SELECT ").sql(key.key).sql(", ").sql(parts.aggregate.sql()).sql(" ").append(parts.from)
        .sql(key.joins).sql(" WHERE ").append(parts.where).sql(" GROUP BY 1");
    return q.compile();
}

CompiledQuery IndicatorQueryCompiler::trace(
    const MeasureSpec &spec, std::optional<std::pair<Category, std::optional<QString>>> group) const
{
    const IndicatorSql::Parts parts = IndicatorSql::parts(spec, m_programmes, m_period);
    QueryText q;
    q.sql("SELECT ").sql(parts.traceColumns).sql(" ").append(parts.from);
    QueryText where = parts.where;
    if (group) {
        const IndicatorSql::CategoryKey key = IndicatorSql::categoryKey(group->first, spec);
        q.sql(key.joins);
        if (group->second)
            where.sql(" AND ").sql(key.key).sql(" = ").value(*group->second);
        else
            where.sql(" AND ").sql(key.key).sql(" IS NULL");
    }
    q.sql(" WHERE ").append(where).sql(" GROUP BY ").sql(parts.traceGroupBy).sql(" ORDER BY 2, 1");
    return q.compile();
}

QueryText IndicatorQueryCompiler::evolutionPairs(const QString &dimension,
                                                 const MeasureSpec &caseFilters) const
{
    // The case side of an assessment query (scope, case filters, dates in the period), on
    // one dimension; each (case, source) then keeps its first and last score of the period.
    // Several assessments on one day are ordered by when they were recorded.
    MeasureSpec spec = caseFilters;
    spec.measure = Measure::Assessments;
    const IndicatorSql::Parts parts = IndicatorSql::parts(spec, m_programmes, m_period);
    QueryText q;
    q.sql("WITH scored AS (SELECT a.case_id, a.source, a.assessed_on, a.score,"
          " row_number() OVER (PARTITION BY a.case_id, a.source"
          " ORDER BY a.assessed_on, a.created_at, a.id) AS first_rank,"
          " row_number() OVER (PARTITION BY a.case_id, a.source"
          " ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) AS last_rank ")
        .append(parts.from).sql(" WHERE ").append(parts.where)
        .sql(" AND a.dimension = ").value(dimension)
        .sql("), paired AS (SELECT case_id, source,"
             " max(CASE WHEN first_rank = 1 THEN score END) AS first_score,"
             " max(CASE WHEN last_rank = 1 THEN score END) AS last_score,"
             " min(assessed_on) AS first_on, max(assessed_on) AS last_on"
             " FROM scored GROUP BY case_id, source) ");
    return q;
}

CompiledQuery IndicatorQueryCompiler::evolution(const QString &dimension,
                                                const MeasureSpec &caseFilters) const
{
    QueryText q = evolutionPairs(dimension, caseFilters);
    // Evaluable: assessed on two different days of the period by that source.
    q.sql("SELECT source, count(*), total(last_score > first_score), total(last_score = first_score),"
          " total(last_score < first_score) FROM paired WHERE last_on > first_on GROUP BY source");
    return q.compile();
}

CompiledQuery IndicatorQueryCompiler::evolutionTrace(const QString &dimension,
                                                     const MeasureSpec &caseFilters,
                                                     const QString &source) const
{
    QueryText q = evolutionPairs(dimension, caseFilters);
    q.sql("SELECT c.number, paired.first_on, paired.first_score || ' → ' || paired.last_score"
          " || ' (' || paired.first_on || ' → ' || paired.last_on || ')',"
          " paired.last_score > paired.first_score, hex(c.id)"
          " FROM paired JOIN case_file c ON c.id = paired.case_id"
          " WHERE paired.last_on > paired.first_on AND paired.source = ")
        .value(source)
        .sql(" ORDER BY 1");
    return q.compile();
}

} // namespace passerelle
