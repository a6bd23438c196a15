#include "actionsheets/ActionSheetListQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

namespace {
const char *const rowsSql = R"(
SELECT a.id, a.programme_id, p.code, p.name, a.number, a.title, a.period_start, a.period_end,
       a.start_year, a.end_year, a.chained_from_id, c.number, c.period_start, c.start_year,
       (SELECT count(*) FROM indicator i WHERE i.action_sheet_id = a.id AND i.archived_at IS NULL),
       a.archived_at IS NOT NULL
  FROM action_sheet a
  JOIN programme p ON p.id = a.programme_id
  LEFT JOIN action_sheet c ON c.id = a.chained_from_id
 WHERE :archived = 1 OR a.archived_at IS NULL
 ORDER BY a.number, a.period_start, a.id)";

enum Column { Id, Programme, ProgrammeCode, ProgrammeName, Number, Title, PeriodStart, PeriodEnd,
              StartYear, EndYear, Chained, ChainedNumber, ChainedStart, ChainedYear, Indicators,
              Archived };

std::optional<int> yearAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

ActionSheetListRow rowAt(const QSqlQuery &q)
{
    ActionSheetListRow r;
    r.id = sql::uuidAt(q, Id);
    r.programmeId = sql::uuidAt(q, Programme);
    r.programmeCode = q.value(ProgrammeCode).toString();
    r.programmeName = q.value(ProgrammeName).toString();
    r.number = q.value(Number).toString();
    r.title = q.value(Title).toString();
    r.periodStart = sql::dateAt(q, PeriodStart);
    r.periodEnd = sql::dateAt(q, PeriodEnd);
    r.startYear = yearAt(q, StartYear);
    r.endYear = yearAt(q, EndYear);
    r.chainedFromId = sql::uuidAt(q, Chained);
    r.chainedFromNumber = q.value(ChainedNumber).toString();
    r.chainedFromPeriodStart = sql::dateAt(q, ChainedStart);
    r.chainedFromStartYear = yearAt(q, ChainedYear);
    r.indicatorCount = q.value(Indicators).toInt();
    r.archived = q.value(Archived).toBool();
    return r;
}
} // namespace

ActionSheetListQuery::ActionSheetListQuery(const Database &db)
    : m_rows(sql::prepare(db.connection(), QString::fromUtf8(rowsSql)))
{
    m_rows.setForwardOnly(true);
}

// The prepared statement must go before the Database removes its connection.
ActionSheetListQuery::~ActionSheetListQuery() = default;

QList<ActionSheetListRow> ActionSheetListQuery::rows(bool includeArchived)
{
    m_rows.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    return sql::readAll(m_rows, rowAt);
}

} // namespace passerelle
