#include "queries/CaseListQuery.h"

#include "storage/Database.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QVariant>

namespace passerelle {

// How a page is read, and why.
//
// The list is ordered by (identified_on DESC, id DESC). The schema indexes
// case_file(identified_on) and case_file(programme_id, status), and nothing that serves
// "one programme, by date". So a listing narrowed to a programme has two possible walks:
//
//  * the date index, from the cursor down, skipping the cases of other programmes: it
//    stops after `limit` matches, so it visits about limit × table / matching entries;
//  * the (programme_id, status) index, collecting every matching case and sorting them:
//    it visits every matching entry, on every page.
//
// SQLite has no statistics (no ANALYZE) and assumes an equality keeps about ten rows, so it
// always picks the second walk: for a programme holding half of 100 000 cases it sorts
// 50 000 rows on every page (35 ms for the ids alone, in the sqlite3 shell) where the
// first walk stops after 200 matches (1 ms). The right walk depends on the share kept, so
// the first page of a listing counts them on the index (cheap, index only) and picks the
// walk that visits fewer rows: the filter index when matching² < limit × table size. The
// choice travels in the cursor, so later pages of the listing walk the same way. A unary
// `+` on a column is SQLite's documented way of keeping the planner off its index.
// A case_file(programme_id, identified_on) index would make both walks unnecessary.

namespace {
[[noreturn]] void fail(const QSqlQuery &q)
{
    // translate() with a literal context, not a local tr() helper: lupdate can only file
    // the string under the context used at run time when it sees that context.
    throw StorageError(QCoreApplication::translate("CaseListQuery",
                                                   "La liste des situations n'a pas pu être lue : %1")
                           .arg(q.lastError().text()));
}

const char *const pageColumns = R"(
SELECT c.id, c.number, p.code, p.name, c.status,
       (SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
         WHERE cp.case_id = c.id AND cp.role = 'main'
         ORDER BY pe.code LIMIT 1),
       h.commune, pa.name, c.identified_on,
       coalesce((SELECT sc.changed_on FROM case_status_change sc
                  WHERE sc.case_id = c.id AND sc.archived_at IS NULL
                  ORDER BY sc.changed_on DESC LIMIT 1),
                CASE c.status WHEN 'closed' THEN c.closed_on
                              WHEN 'accompanied' THEN c.accompanied_on
                              WHEN 'oriented' THEN c.oriented_on
                              ELSE c.identified_on END)
  FROM case_file c
  -- CROSS JOIN keeps case_file the outer loop: the walk is chosen on its indexes, and
  -- SQLite must not start from programme (it may, with programme_id bound) and sort.
  CROSS JOIN programme p ON p.id = c.programme_id
  LEFT JOIN household h ON h.id = c.household_id
  LEFT JOIN partner pa ON pa.id = c.referral_partner_id
 WHERE c.archived_at IS NULL)";

enum Column { Id, Number, ProgrammeCode, ProgrammeName, Status, PersonCode, Commune,
              PartnerName, IdentifiedOn, LastChangeOn };

QString textAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QString() : v.toString();
}
} // namespace

CaseListQuery::CaseListQuery(const Database &db) : m_db(db) {}

// The prepared statements must be released before the Database removes its connection;
// being members, they are, as long as this object dies first (documented in the header).
CaseListQuery::~CaseListQuery() = default;

unsigned CaseListQuery::filterShape(const CaseListFilter &filter)
{
    unsigned shape = 0;
    if (!filter.programmeId.isNull())
        shape |= ByProgramme;
    if (!filter.status.isEmpty())
        shape |= ByStatus;
    return shape;
}

QString CaseListQuery::pageSql(unsigned shape)
{
    // `+` keeps the planner on the date index (see the note at the top of the file).
    const bool walkDates = !(shape & WalkFilterIndex);
    QString sql = QString::fromLatin1(pageColumns);
    if (shape & ByProgramme)
        sql += walkDates ? u"\n   AND +c.programme_id = :programme" : u"\n   AND c.programme_id = :programme";
    if (shape & ByStatus)
        sql += walkDates ? u"\n   AND +c.status = :status" : u"\n   AND c.status = :status";
    if (shape & AfterCursor)
        sql += u"\n   AND (c.identified_on, c.id) < (:after_on, :after_id)";
    sql += u"\n ORDER BY c.identified_on DESC, c.id DESC\n LIMIT :limit";
    return sql;
}

QString CaseListQuery::countSql(unsigned shape)
{
    QString sql = QStringLiteral("SELECT count(*) FROM case_file c WHERE c.archived_at IS NULL");
    if (shape & ByProgramme)
        sql += u" AND c.programme_id = :programme";
    if (shape & ByStatus)
        sql += u" AND c.status = :status";
    return sql;
}

void CaseListQuery::bindFilter(QSqlQuery &q, const CaseListFilter &filter)
{
    if (!filter.programmeId.isNull())
        q.bindValue(QStringLiteral(":programme"), filter.programmeId.bytes());
    if (!filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), filter.status);
}

QSqlQuery &CaseListQuery::statement(const QString &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return it->second;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q);
    return m_statements.emplace(sql, std::move(q)).first->second;
}

qint64 CaseListQuery::scalar(QSqlQuery &q)
{
    if (!q.exec())
        fail(q);
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // a pending read keeps a shared lock that would block the CLI writing
    return value;
}

bool CaseListQuery::shouldWalkFilterIndex(const CaseListFilter &filter, int limit)
{
    // Only a programme has an index of its own; a status alone always walks the dates.
    if (filter.programmeId.isNull())
        return false;
    QString sql = QStringLiteral("SELECT count(*) FROM case_file c WHERE c.programme_id = :programme");
    if (!filter.status.isEmpty())
        sql += u" AND c.status = :status";
    QSqlQuery &matching = statement(sql);
    bindFilter(matching, filter);
    // Both counts read an index only. Archived cases are counted: that blurs an estimate,
    // and leaving them out would cost a read of every table row.
    const double kept = double(scalar(matching));
    const double table = double(scalar(statement(QStringLiteral("SELECT count(*) FROM case_file"))));
    return kept * kept < double(limit + 1) * table;
}

QSqlQuery &CaseListQuery::bindPage(const QString &prefix, const CaseListFilter &filter,
                                   Cursor &after, int limit)
{
    if (after.isStart())
        after.m_walkFilterIndex = shouldWalkFilterIndex(filter, limit);
    unsigned shape = filterShape(filter);
    if (!after.isStart())
        shape |= AfterCursor;
    if (after.m_walkFilterIndex)
        shape |= WalkFilterIndex;
    QSqlQuery &q = statement(prefix + pageSql(shape));
    bindFilter(q, filter);
    if (!after.isStart()) {
        q.bindValue(QStringLiteral(":after_on"), after.m_identifiedOn);
        q.bindValue(QStringLiteral(":after_id"), after.m_id.bytes());
    }
    // One row more than asked tells whether another page exists, without a second query.
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    return q;
}

CaseListQuery::Page CaseListQuery::page(const CaseListFilter &filter, const Cursor &after, int limit)
{
    Q_ASSERT(limit > 0);
    Cursor next = after;
    QSqlQuery &q = bindPage(QString(), filter, next, limit);
    if (!q.exec())
        fail(q);

    Page page;
    page.rows.reserve(limit);
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        CaseListRow row;
        row.id = Uuid::fromBytes(q.value(Id).toByteArray());
        row.number = textAt(q, Number);
        row.programmeCode = textAt(q, ProgrammeCode);
        row.programmeName = textAt(q, ProgrammeName);
        row.status = textAt(q, Status);
        row.mainPersonCode = textAt(q, PersonCode);
        row.householdCommune = textAt(q, Commune);
        row.referralPartnerName = textAt(q, PartnerName);
        next.m_identifiedOn = textAt(q, IdentifiedOn);
        next.m_id = row.id;
        row.identifiedOn = QDate::fromString(next.m_identifiedOn, Qt::ISODate);
        row.lastStatusChangeOn = QDate::fromString(textAt(q, LastChangeOn), Qt::ISODate);
        page.rows.append(std::move(row));
    }
    q.finish();
    page.next = next;
    return page;
}

qint64 CaseListQuery::count(const CaseListFilter &filter)
{
    QSqlQuery &q = statement(countSql(filterShape(filter)));
    bindFilter(q, filter);
    return scalar(q);
}

QList<CaseListQuery::ProgrammeChoice> CaseListQuery::programmes()
{
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT id, code, name, archived_at IS NOT NULL FROM programme "
        "ORDER BY archived_at IS NOT NULL, code, name"));
    if (!q.exec())
        fail(q);
    QList<ProgrammeChoice> out;
    while (q.next())
        out.append({Uuid::fromBytes(q.value(0).toByteArray()), textAt(q, 1), textAt(q, 2),
                    q.value(3).toBool()});
    q.finish();
    return out;
}

QStringList CaseListQuery::pagePlan(const CaseListFilter &filter, const Cursor &after, int limit)
{
    Cursor next = after;
    QSqlQuery &q = bindPage(QStringLiteral("EXPLAIN QUERY PLAN "), filter, next, limit);
    if (!q.exec())
        fail(q);
    // Rows come parent first; a step is indented two spaces per enclosing step, like the
    // sqlite3 shell prints it, so that the steps of a subquery are not read as the outer ones.
    QStringList plan;
    QHash<int, int> depth;
    while (q.next()) {
        const int level = depth.value(q.value(1).toInt(), -1) + 1;
        depth.insert(q.value(0).toInt(), level);
        plan.append(QString(level * 2, QLatin1Char(' ')) + q.value(3).toString());
    }
    q.finish();
    return plan;
}

} // namespace passerelle
