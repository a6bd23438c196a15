#include "queries/WorkerListQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

namespace {
const char *const rowsSql = R"(
SELECT w.id, w.organisation_id, o.name, w.code, w.display_name, w.role, w.profession, w.fte,
       w.trained_on, w.active,
       (SELECT count(*) FROM case_worker cw JOIN case_file c ON c.id = cw.case_id
         WHERE cw.worker_id = w.id AND (cw.unassigned_on IS NULL OR cw.unassigned_on >= :today)
           AND c.status <> 'closed' AND c.archived_at IS NULL),
       w.archived_at IS NOT NULL
  FROM worker w
  JOIN organisation o ON o.id = w.organisation_id
 WHERE :archived = 1 OR w.archived_at IS NULL
 ORDER BY w.display_name COLLATE NOCASE, w.id)";

enum Column { Id, Organisation, OrganisationName, Code, Name, Role, Profession, Fte, TrainedOn,
              Active, OpenCases, Archived };

WorkerListRow rowAt(const QSqlQuery &q)
{
    WorkerListRow r;
    r.id = sql::uuidAt(q, Id);
    r.organisationId = sql::uuidAt(q, Organisation);
    r.organisationName = q.value(OrganisationName).toString();
    r.code = q.value(Code).toString();
    r.displayName = q.value(Name).toString();
    r.role = workerRoleFromCode(q.value(Role).toString()).value_or(WorkerRole::Professional);
    r.profession = q.value(Profession).toString();
    r.fte = q.value(Fte).toDouble();
    r.trainedOn = sql::dateAt(q, TrainedOn);
    r.active = q.value(Active).toBool();
    r.openCaseCount = q.value(OpenCases).toInt();
    r.archived = q.value(Archived).toBool();
    return r;
}
} // namespace

WorkerListQuery::WorkerListQuery(const Database &db)
    : m_rows(sql::prepare(db.connection(), QString::fromUtf8(rowsSql)))
{
    m_rows.setForwardOnly(true);
}

// The prepared statement must go before the Database removes its connection (see header).
WorkerListQuery::~WorkerListQuery() = default;

QList<WorkerListRow> WorkerListQuery::rows(const QDate &today, bool includeArchived)
{
    m_rows.bindValue(QStringLiteral(":today"), sql::date(today));
    m_rows.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    return sql::readAll(m_rows, rowAt);
}

} // namespace passerelle
