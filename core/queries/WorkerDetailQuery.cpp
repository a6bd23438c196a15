#include "queries/WorkerDetailQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <algorithm>
#include <utility>

namespace passerelle {

namespace {
const char *const casesSql = R"(
SELECT c.id, c.number, c.status, cw.assigned_on, cw.pair_role
  FROM case_worker cw JOIN case_file c ON c.id = cw.case_id
 WHERE cw.worker_id = :worker AND (cw.unassigned_on IS NULL OR cw.unassigned_on >= :today)
   AND c.archived_at IS NULL
 ORDER BY c.number, c.id)";

// From the worker's links (intervention_worker_worker), then each intervention by its key:
// a month is a small part of a worker's history.
const char *const hoursSql = R"(
SELECT count(*), coalesce(sum(i.duration_min), 0)
  FROM intervention_worker iw
  CROSS JOIN intervention i ON i.id = iw.intervention_id
 WHERE iw.worker_id = :worker AND i.status = 'done' AND i.archived_at IS NULL
   AND i.date BETWEEN :from AND :to)";

CaseReference rowAt(const QSqlQuery &q)
{
    return {sql::uuidAt(q, 0), q.value(1).toString(), q.value(2).toString(), sql::dateAt(q, 3),
            q.value(4).toString()};
}
} // namespace

WorkerDetailQuery::WorkerDetailQuery(const Database &db)
    : m_cases(sql::prepare(db.connection(), QString::fromUtf8(casesSql))),
      m_hours(sql::prepare(db.connection(), QString::fromUtf8(hoursSql)))
{
    m_cases.setForwardOnly(true);
    m_hours.setForwardOnly(true);
}

// The prepared statements must go before the Database removes its connection (see header).
WorkerDetailQuery::~WorkerDetailQuery() = default;

WorkerDetailQuery::Detail WorkerDetailQuery::detail(const Uuid &workerId, const QDate &today)
{
    Detail d;
    m_cases.bindValue(QStringLiteral(":worker"), sql::uuid(workerId));
    m_cases.bindValue(QStringLiteral(":today"), sql::date(today));
    d.cases = sql::readAll(m_cases, rowAt);
    d.assignedCount = int(d.cases.size());
    d.openCount = int(std::count_if(d.cases.cbegin(), d.cases.cend(), [](const CaseReference &c) {
        return c.status != u"closed";
    }));

    d.monthStart = QDate(today.year(), today.month(), 1);
    d.monthEnd = d.monthStart.addMonths(1).addDays(-1);
    m_hours.bindValue(QStringLiteral(":worker"), sql::uuid(workerId));
    m_hours.bindValue(QStringLiteral(":from"), sql::date(d.monthStart));
    m_hours.bindValue(QStringLiteral(":to"), sql::date(d.monthEnd));
    const auto hours = sql::readOne(m_hours, [](const QSqlQuery &q) {
        return std::pair<int, int>(q.value(0).toInt(), q.value(1).toInt());
    });
    if (hours) {
        d.doneInterventions = hours->first;
        d.minutesThisMonth = hours->second;
    }
    return d;
}

} // namespace passerelle
