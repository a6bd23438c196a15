#include "indicators/MeasureBatch.h"

#include "indicators/IndicatorQueryCompiler.h"
#include "indicators/IndicatorSql.h"
#include "storage/SqliteStatement.h"

#include <algorithm>

namespace passerelle {

namespace {
QVariant iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// What must be equal for two measures to share a statement: the rows they read.
struct StatementKey
{
    QByteArray from;
    QByteArray scope;
    QList<QVariant> scopeParams;
    QByteArray dateColumn; // the hull of the periods bounds it
    std::optional<Category> by;
    QByteArray category; // its joins and key (a month is that of the measure's date)
    CompiledQuery where; // set only for measures that share their whole WHERE

    bool operator==(const StatementKey &o) const
    {
        return from == o.from && scope == o.scope && scopeParams == o.scopeParams &&
               dateColumn == o.dateColumn && by == o.by && category == o.category &&
               where.sql == o.where.sql && where.params == o.where.params;
    }
};
} // namespace

MeasureBatch::MeasureBatch(const QList<Uuid> &programmes) : m_programmes(programmes)
{
    for (const Uuid &id : programmes)
        m_programmeIds.append(id.bytes());
}

int MeasureBatch::addMember(const MeasureSpec &spec, std::optional<Category> by,
                            const ReportingPeriod &period)
{
    for (size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].spec == spec && m_members[i].by == by && m_members[i].period == period)
            return int(i);
    m_members.push_back({spec, period, by, 0, {}});
    return int(m_members.size() - 1);
}

int MeasureBatch::add(const MeasureSpec &spec, const ReportingPeriod &period)
{
    return addMember(spec, std::nullopt, period);
}

int MeasureBatch::addGrouped(const MeasureSpec &spec, Category by, const ReportingPeriod &period)
{
    return addMember(spec, by, period);
}

double MeasureBatch::value(int index) const
{
    return m_members[size_t(index)].value;
}

const MeasureBatch::Groups &MeasureBatch::groups(int index) const
{
    return m_members[size_t(index)].groups;
}

int MeasureBatch::run(sqlite3 *db)
{
    std::vector<StatementKey> keys;
    std::vector<std::vector<int>> shared; // members of keys[n]
    std::vector<std::vector<int>> statements;
    for (size_t i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members[i];
        const IndicatorSql::Parts parts = IndicatorSql::parts(m.spec, m_programmeIds, m.period);
        StatementKey key{parts.from.text(),
                         parts.scope.text(),
                         parts.scope.compile().params,
                         parts.dateColumn,
                         m.by,
                         {},
                         {}};
        // Workers are selected by a subquery of the period's interventions: under CASE
        // WHEN it would run once per member (and per presence test). They share a
        // statement only with measures of the very same WHERE (count and FTE), which
        // then need no CASE.
        if (IndicatorCatalogue::family(m.spec.measure) == MeasureFamily::Worker)
            key.where = parts.where.compile();
        if (m.by) {
            const IndicatorSql::CategoryKey category = IndicatorSql::categoryKey(*m.by, m.spec);
            key.category = category.joins + " / " + category.key;
        }
        const auto found = std::find(keys.begin(), keys.end(), key);
        if (found == keys.end()) {
            keys.push_back(key);
            shared.push_back({int(i)});
        } else {
            shared[size_t(found - keys.begin())].push_back(int(i));
        }
    }
    statements.insert(statements.end(), shared.begin(), shared.end());
    for (const std::vector<int> &members : statements) {
        if (members.size() == 1)
            runAlone(db, m_members[size_t(members.front())]);
        else
            runShared(db, members);
    }
    return int(statements.size());
}

void MeasureBatch::runAlone(sqlite3 *db, Member &m) const
{
    const IndicatorQueryCompiler compiler(m_programmes, m.period);
    if (!m.by) {
        m.value = compiler.value(m.spec).scalar(db);
        return;
    }
    compiler.grouped(m.spec, *m.by).forEachRow(db, [&m](const SqliteStatement &q) {
        m.groups.append(
            {q.isNull(0) ? std::nullopt : std::optional<QString>(q.text(0)), q.real(1)});
    });
}

void MeasureBatch::runSameWhere(sqlite3 *db, const std::vector<int> &members,
                                const IndicatorSql::Parts &head,
                                const std::optional<IndicatorSql::CategoryKey> &category)
{
    // The statement of the first member with every member's aggregate: same rows, same
    // groups, so no CASE and no presence test.
    QueryText q;
    q.sql("SELECT ");
    if (category)
        q.sql(category->key).sql(", ");
    for (size_t k = 0; k < members.size(); ++k) {
        const Member &m = m_members[size_t(members[k])];
        q.sql(k > 0 ? ", " : "")
            .sql(IndicatorSql::parts(m.spec, m_programmeIds, m.period).aggregate.sql());
    }
    q.sql(" ").append(head.from);
    if (category)
        q.sql(category->joins);
    q.sql(" WHERE ").append(head.where);
    if (category)
        q.sql(" GROUP BY 1");
    const int first = category ? 1 : 0;
    q.compile().forEachRow(db, [&](const SqliteStatement &row) {
        for (size_t k = 0; k < members.size(); ++k) {
            Member &m = m_members[size_t(members[k])];
            const int column = first + int(k);
            if (!category)
                m.value = row.isNull(column) ? 0 : row.real(column);
            else
                m.groups.append({row.isNull(0) ? std::nullopt : std::optional<QString>(row.text(0)),
                                 row.real(column)});
        }
    });
}

void MeasureBatch::runShared(sqlite3 *db, const std::vector<int> &members)
{
    const Member &first = m_members[size_t(members.front())];
    const IndicatorSql::Parts head = IndicatorSql::parts(first.spec, m_programmeIds, first.period);
    std::optional<IndicatorSql::CategoryKey> category;
    if (first.by)
        category = IndicatorSql::categoryKey(*first.by, first.spec);

    const CompiledQuery firstWhere = head.where.compile();
    bool sameWhere = true;
    for (const int i : members) {
        const Member &m = m_members[size_t(i)];
        const CompiledQuery w =
            IndicatorSql::parts(m.spec, m_programmeIds, m.period).where.compile();
        sameWhere = sameWhere && w.sql == firstWhere.sql && w.params == firstWhere.params;
    }
    if (sameWhere) {
        runSameWhere(db, members, head, category);
        return;
    }

    // SELECT [key,] for each member its aggregate over its rows [and whether it has any].
    QueryText q;
    q.sql("SELECT ");
    if (category)
        q.sql(category->key).sql(", ");
    QDate from = first.period.start, to = first.period.end;
    for (size_t k = 0; k < members.size(); ++k) {
        const Member &m = m_members[size_t(members[k])];
        const IndicatorSql::Parts parts = IndicatorSql::parts(m.spec, m_programmeIds, m.period);
        if (k > 0)
            q.sql(", ");
        q.append(parts.aggregate.over(parts.where));
        // A group exists for a member when one of its rows is in it, as in its own
        // GROUP BY: a group of the other period only is absent, not zero. A count says it.
        if (category && !parts.aggregate.countsRows())
            q.sql(", count(CASE WHEN (").append(parts.where).sql(") THEN 1 END)");
        from = std::min(from, m.period.start);
        to = std::max(to, m.period.end);
    }
    q.sql(" ").append(head.from);
    if (category)
        q.sql(category->joins);
    q.sql(" WHERE ").append(head.scope);
    if (!head.dateColumn.isEmpty())
        q.sql(" AND ")
            .sql(head.dateColumn)
            .sql(" BETWEEN ")
            .value(iso(from))
            .sql(" AND ")
            .value(iso(to));
    // Rows of no member are left out as early as their columns allow (a status filter
    // before the joins), not only ignored by every aggregate.
    q.sql(" AND (");
    for (size_t k = 0; k < members.size(); ++k) {
        const Member &m = m_members[size_t(members[k])];
        q.sql(k > 0 ? " OR (" : "(")
            .append(IndicatorSql::parts(m.spec, m_programmeIds, m.period).where)
            .sql(")");
    }
    q.sql(")");
    if (category)
        q.sql(" GROUP BY 1");

    const CompiledQuery statement = q.compile();
    if (!category) {
        statement.forEachRow(db, [&](const SqliteStatement &row) {
            for (size_t k = 0; k < members.size(); ++k)
                m_members[size_t(members[k])].value = row.isNull(int(k)) ? 0 : row.real(int(k));
        });
        return;
    }
    std::vector<std::pair<int, int>> columns; // value, presence (-1: the value says it)
    for (int k = 0, column = 1; k < int(members.size()); ++k) {
        const Member &m = m_members[size_t(members[size_t(k)])];
        const bool counts =
            IndicatorSql::parts(m.spec, m_programmeIds, m.period).aggregate.countsRows();
        columns.emplace_back(column, counts ? -1 : column + 1);
        column += counts ? 1 : 2;
    }
    statement.forEachRow(db, [&](const SqliteStatement &row) {
        for (size_t k = 0; k < members.size(); ++k) {
            const auto [column, presence] = columns[k];
            if (presence >= 0 ? row.int64(presence) == 0 : row.real(column) == 0)
                continue;
            m_members[size_t(members[k])].groups.append(
                {row.isNull(0) ? std::nullopt : std::optional<QString>(row.text(0)),
                 row.real(column)});
        }
    });
}

} // namespace passerelle
