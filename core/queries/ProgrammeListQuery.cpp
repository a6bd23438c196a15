#include "queries/ProgrammeListQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

namespace {
// The open-case count reads the (programme_id, status) index.
const char *const rowsSql = R"(
SELECT p.id, p.organisation_id, o.name, p.code, p.name, p.territory, p.start_date, p.end_date,
       (SELECT count(*) FROM case_file c
         WHERE c.programme_id = p.id AND c.status <> 'closed' AND c.archived_at IS NULL),
       p.archived_at IS NOT NULL
  FROM programme p
  JOIN organisation o ON o.id = p.organisation_id
 WHERE :archived = 1 OR p.archived_at IS NULL
 ORDER BY p.code, p.id)";

enum Column { Id, Organisation, OrganisationName, Code, Name, Territory, Start, End, OpenCases,
              Archived };

ProgrammeListRow rowAt(const QSqlQuery &q)
{
    ProgrammeListRow r;
    r.id = sql::uuidAt(q, Id);
    r.organisationId = sql::uuidAt(q, Organisation);
    r.organisationName = q.value(OrganisationName).toString();
    r.code = q.value(Code).toString();
    r.name = q.value(Name).toString();
    r.territory = q.value(Territory).toString();
    r.startDate = sql::dateAt(q, Start);
    r.endDate = sql::dateAt(q, End);
    r.openCaseCount = q.value(OpenCases).toInt();
    r.archived = q.value(Archived).toBool();
    return r;
}
} // namespace

ProgrammeListQuery::ProgrammeListQuery(const Database &db)
    : m_rows(sql::prepare(db.connection(), QString::fromUtf8(rowsSql)))
{
    m_rows.setForwardOnly(true);
}

// The prepared statement must go before the Database removes its connection (see header).
ProgrammeListQuery::~ProgrammeListQuery() = default;

QList<ProgrammeListRow> ProgrammeListQuery::rows(bool includeArchived)
{
    m_rows.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    return sql::readAll(m_rows, rowAt);
}

} // namespace passerelle
