#include "queries/CaseListQuery.h"

#include "queries/CaseSearchText.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace passerelle {

// How a page is read, and why.
//
// Every order has an index on local_case_list ending with case_id (migration 0002), so a
// page can walk that index from the cursor and stop after `limit` rows that pass the
// filter: it visits about limit × walked / matching entries. Or it can collect every case
// of the filter's most selective criterion (the full-text matches, a worker's cases, a
// programme…) and sort them: it visits every one of them, on every page. The first is
// right when many cases match ("d" matches 72 % of the demo's cases: 7 ms against 50 ms),
// the second when few do (a surname: 1 ms against a walk of the whole index).
//
// SQLite cannot tell: it has no statistics (no ANALYZE), assumes an equality keeps ten
// rows, and knows nothing of a full-text match's size. So the first page of a listing
// counts what each criterion keeps (index-only counts, remembered until the data change)
// and estimates the matches as if the criteria were independent; it collects from the
// smallest criterion when that visits fewer rows than the walk would. The choice travels
// in the cursor, so later pages of the listing read the same way, and the statement says
// it with INDEXED BY / NOT INDEXED, which SQLite must obey.

namespace {

[[noreturn]] void fail(const StorageError &e)
{
    // translate() with a literal context, not a local tr() helper: lupdate can only file
    // the string under the context used at run time when it sees that context.
    throw StorageError(QCoreApplication::translate("CaseListQuery",
                                                   "La liste des situations n'a pas pu être lue : %1")
                           .arg(e.message()));
}

struct KeySpec
{
    const char *column;
    const char *index; // walked for this order when no filter index gives it
    bool integer;
};

KeySpec keySpec(CaseListOrder::Key key)
{
    using K = CaseListOrder::Key;
    switch (key) {
    case K::IdentifiedOn: return {"e.identified_on", "local_case_list_identified", false};
    case K::Number: return {"e.number", "local_case_list_by_number", false};
    case K::Programme: return {"e.programme_key", "local_case_list_by_programme", false};
    case K::Status: return {"e.status_rank", "local_case_list_by_status", true};
    case K::Person: return {"e.main_person_code", "local_case_list_by_person", false};
    case K::Commune: return {"e.commune_key", "local_case_list_by_commune", false};
    case K::ReferralPartner: return {"e.partner_key", "local_case_list_by_partner", false};
    case K::LastStatusChange: return {"e.last_change_on", "local_case_list_by_last_change", false};
    }
    Q_UNREACHABLE();
}

enum Column { Id, Number, ProgrammeCode, ProgrammeName, Status, PersonCode, Commune,
              PartnerName, IdentifiedOn, LastChangeOn, SortKey };

QString textAt(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QString() : q.text(column);
}

} // namespace

struct CaseListQuery::Criteria
{
    QByteArray match; // FTS5 expression, UTF-8; empty: no search
    Uuid programme;
    QByteArray status;
    Uuid worker;
    Uuid landlord;
    QByteArray openFrom; // ISO dates; empty: open-ended
    QByteArray openTo;

    bool hasSearch() const { return !match.isEmpty(); }
};

CaseListQuery::Criteria CaseListQuery::criteriaOf(const CaseListFilter &filter) const
{
    Criteria c;
    c.match = CaseSearchText::matchExpression(filter.search).toUtf8();
    c.programme = filter.programmeId;
    c.status = filter.status.toUtf8();
    c.worker = filter.workerId;
    c.landlord = filter.landlordId;
    if (filter.openFrom.isValid())
        c.openFrom = filter.openFrom.toString(Qt::ISODate).toLatin1();
    if (filter.openTo.isValid())
        c.openTo = filter.openTo.toString(Qt::ISODate).toLatin1();
    return c;
}

namespace {

QByteArray whereSql(const CaseListQuery::Criteria &c)
{
    QByteArray sql = "\n WHERE e.archived = 0";
    if (!c.programme.isNull())
        sql += "\n   AND e.programme_id = :programme";
    if (!c.status.isEmpty())
        sql += "\n   AND e.status = :status";
    if (!c.landlord.isNull())
        sql += "\n   AND e.landlord_id = :landlord";
    if (!c.openTo.isEmpty())
        sql += "\n   AND e.identified_on <= :open_to";
    if (!c.openFrom.isEmpty())
        sql += "\n   AND (e.closed_on IS NULL OR e.closed_on >= :open_from)";
    if (!c.worker.isNull())
        sql += "\n   AND e.case_id IN (SELECT w.case_id FROM case_worker w"
               " WHERE w.worker_id = :worker AND w.unassigned_on IS NULL)";
    if (c.hasSearch())
        sql += "\n   AND e.entry_id IN (SELECT rowid FROM local_case_search"
               " WHERE local_case_search MATCH :search)";
    return sql;
}

// The index that gives `order` with the filter's equalities as its prefix. Only the
// default order has such composite indexes: it is the one a filtered list opens in.
const char *walkIndex(const CaseListQuery::Criteria &c, const CaseListOrder &order)
{
    if (order.key == CaseListOrder::Key::IdentifiedOn) {
        if (!c.programme.isNull())
            return "local_case_list_programme";
        if (!c.status.isEmpty())
            return "local_case_list_status";
        if (!c.landlord.isNull())
            return "local_case_list_landlord";
    }
    return keySpec(order.key).index;
}

QByteArray fromSql(CaseListQuery::Access access, const CaseListQuery::Criteria &c,
                   const CaseListOrder &order)
{
    using A = CaseListQuery::Access;
    QByteArray sql = "\n  FROM local_case_list e ";
    switch (access) {
    case A::WalkOrder: return sql + "INDEXED BY " + walkIndex(c, order);
    case A::FromSearch: return sql + "NOT INDEXED"; // the full-text matches, by rowid
    case A::FromWorker: return sql + "INDEXED BY local_case_list_case";
    case A::FromProgramme: return sql + "INDEXED BY local_case_list_programme";
    case A::FromStatus: return sql + "INDEXED BY local_case_list_status";
    case A::FromLandlord: return sql + "INDEXED BY local_case_list_landlord";
    }
    Q_UNREACHABLE();
}

} // namespace

CaseListQuery::CaseListQuery(sqlite3 *db) : m_db(db) {}

CaseListQuery::CaseListQuery(const Database &db) : CaseListQuery(db.handle()) {}

CaseListQuery::~CaseListQuery() = default;

SqliteStatement &CaseListQuery::statement(const QByteArray &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return *it->second;
    try {
        auto q = std::make_unique<SqliteStatement>(m_db, sql);
        return *m_statements.emplace(sql, std::move(q)).first->second;
    } catch (const StorageError &e) {
        fail(e);
    }
}

void CaseListQuery::bind(SqliteStatement &q, const char *name, const QVariant &value)
{
    const int index = sqlite3_bind_parameter_index(q.raw(), name);
    if (index == 0)
        return; // this shape of statement does not use it
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        q.bind(index, value.toLongLong());
    else if (value.typeId() == QMetaType::QByteArray)
        q.bindBlob(index, value.toByteArray());
    else
        q.bindText(index, value.toString());
}

void CaseListQuery::bindCriteria(SqliteStatement &q, const Criteria &c)
{
    const auto utf8 = [&q](const char *name, const QByteArray &value) {
        if (const int index = sqlite3_bind_parameter_index(q.raw(), name))
            q.bindUtf8(index, value);
    };
    const auto uuid = [&q](const char *name, const Uuid &value) {
        if (const int index = sqlite3_bind_parameter_index(q.raw(), name))
            q.bindBlob(index, value.bytes());
    };
    utf8(":search", c.match);
    uuid(":programme", c.programme);
    utf8(":status", c.status);
    uuid(":worker", c.worker);
    uuid(":landlord", c.landlord);
    utf8(":open_from", c.openFrom);
    utf8(":open_to", c.openTo);
}

qint64 CaseListQuery::scalar(const QByteArray &sql, const Criteria &c)
{
    SqliteStatement &q = statement(sql);
    bindCriteria(q, c);
    try {
        const qint64 value = q.step() ? q.int64(0) : 0;
        q.reset(); // a statement left pending keeps a read lock that would block writers
        return value;
    } catch (const StorageError &e) {
        q.reset();
        fail(e);
    }
}

void CaseListQuery::forgetEstimatesIfDataChanged()
{
    // data_version moves when another connection commits, total_changes when this one
    // writes: together they say whether a remembered count still holds.
    SqliteStatement &version = statement("PRAGMA data_version");
    qint64 now = version.step() ? version.int64(0) : 0;
    version.reset();
    now = (now << 32) ^ sqlite3_total_changes64(m_db);
    if (now != m_estimatesVersion || m_estimates.size() > 1000) {
        m_estimates.clear();
        m_estimatesVersion = now;
    }
}

qint64 CaseListQuery::estimate(const QByteArray &what, const QByteArray &sql, const Criteria &c)
{
    if (auto it = m_estimates.constFind(what); it != m_estimates.cend())
        return *it;
    const qint64 value = scalar(sql, c);
    m_estimates.insert(what, value);
    return value;
}

qint64 CaseListQuery::liveCount()
{
    forgetEstimatesIfDataChanged();
    return estimate("live", "SELECT count(*) FROM local_case_list e WHERE e.archived = 0", {});
}

CaseListQuery::Access CaseListQuery::chooseAccess(const CaseListFilter &filter,
                                                  const CaseListOrder &order, int limit)
{
    return chooseAccess(criteriaOf(filter), order, limit);
}

QList<CaseListQuery::Candidate> CaseListQuery::candidates(const Criteria &c)
{
    QList<Candidate> sets;
    if (c.hasSearch())
        sets.append({Access::FromSearch,
                     estimate("search:" + c.match,
                              "SELECT count(*) FROM local_case_search "
                              "WHERE local_case_search MATCH :search",
                              c)});
    if (!c.worker.isNull())
        sets.append({Access::FromWorker,
                     estimate("worker:" + c.worker.bytes(),
                              "SELECT count(*) FROM case_worker "
                              "WHERE worker_id = :worker AND unassigned_on IS NULL",
                              c)});
    if (!c.programme.isNull())
        sets.append({Access::FromProgramme,
                     estimate("programme:" + c.programme.bytes(),
                              "SELECT count(*) FROM local_case_list e INDEXED BY "
                              "local_case_list_programme WHERE e.archived = 0 "
                              "AND e.programme_id = :programme",
                              c)});
    if (!c.status.isEmpty())
        sets.append({Access::FromStatus,
                     estimate("status:" + c.status,
                              "SELECT count(*) FROM local_case_list e INDEXED BY "
                              "local_case_list_status WHERE e.archived = 0 AND e.status = :status",
                              c)});
    if (!c.landlord.isNull())
        sets.append({Access::FromLandlord,
                     estimate("landlord:" + c.landlord.bytes(),
                              "SELECT count(*) FROM local_case_list e INDEXED BY "
                              "local_case_list_landlord WHERE e.archived = 0 "
                              "AND e.landlord_id = :landlord",
                              c)});
    return sets;
}

CaseListQuery::Access CaseListQuery::chooseAccess(const Criteria &c, const CaseListOrder &order,
                                                  int limit)
{
    const double live = double(liveCount()); // also forgets stale estimates
    const QList<Candidate> sets = candidates(c);
    if (sets.isEmpty() || live < 1)
        return Access::WalkOrder;

    // The walk: over the order's index, or over the part of a composite index that the
    // filter's equality selects (that equality is among the criteria, with its count).
    double walked = live;
    const QByteArray index = walkIndex(c, order);
    for (const Candidate &s : sets)
        if ((s.access == Access::FromProgramme && index == "local_case_list_programme")
            || (s.access == Access::FromStatus && index == "local_case_list_status")
            || (s.access == Access::FromLandlord && index == "local_case_list_landlord"))
            walked = double(s.kept);
    double matching = live;
    for (const Candidate &s : sets)
        matching *= double(s.kept) / live;
    const double walkCost =
        matching < 1 ? walked : std::min(walked, (double(limit) + 1) * walked / matching);

    // Collecting: a lookup per case the smallest criterion keeps, then a sort; about
    // twice the work per row of a walk, which reads the very index it sorts by.
    const Candidate smallest = *std::min_element(
        sets.cbegin(), sets.cend(), [](const Candidate &a, const Candidate &b) { return a.kept < b.kept; });
    return 2 * double(smallest.kept) < walkCost ? smallest.access : Access::WalkOrder;
}

SqliteStatement &CaseListQuery::preparePage(const QByteArray &prefix, const Criteria &c,
                                            const CaseListOrder &order, Cursor &after, int limit)
{
    if (!after.m_chosen) {
        after.m_access = chooseAccess(c, order, limit);
        after.m_chosen = true;
    }
    const KeySpec key = keySpec(order.key);
    const QByteArray direction = order.descending ? " DESC" : "";
    QByteArray sql = prefix
        + "SELECT e.case_id, e.number, p.code, e.programme_name, e.status, e.main_person_code,"
          " e.commune, e.referral_partner, e.identified_on, e.last_change_on, " + key.column
        + fromSql(after.m_access, c, order)
        + "\n  LEFT JOIN programme p ON p.id = e.programme_id" + whereSql(c);
    if (!after.isStart())
        sql += QByteArray("\n   AND (") + key.column + ", e.case_id) "
            + (order.descending ? "<" : ">") + " (:after_key, :after_id)";
    sql += QByteArray("\n ORDER BY ") + key.column + direction + ", e.case_id" + direction
        + "\n LIMIT :limit";

    SqliteStatement &q = statement(sql);
    bindCriteria(q, c);
    if (!after.isStart()) {
        bind(q, ":after_key", after.m_key);
        bind(q, ":after_id", after.m_id.bytes());
    }
    // One row more than asked tells whether another page exists, without a second query.
    bind(q, ":limit", qint64(limit) + 1);
    return q;
}

CaseListQuery::Page CaseListQuery::page(const CaseListFilter &filter, const CaseListOrder &order,
                                        const Cursor &after, int limit)
{
    Q_ASSERT(limit > 0);
    const Criteria c = criteriaOf(filter);
    Page page;
    page.next = after;
    SqliteStatement &q = preparePage({}, c, order, page.next, limit);
    const bool integerKey = keySpec(order.key).integer;
    page.rows.reserve(limit);
    try {
        while (q.step()) {
            if (page.rows.size() == limit) {
                page.hasMore = true;
                break;
            }
            CaseListRow row;
            row.id = Uuid::fromBytes(q.blob(Id));
            row.number = textAt(q, Number);
            row.programmeCode = textAt(q, ProgrammeCode);
            row.programmeName = textAt(q, ProgrammeName);
            row.status = textAt(q, Status);
            row.mainPersonCode = textAt(q, PersonCode);
            row.householdCommune = textAt(q, Commune);
            row.referralPartnerName = textAt(q, PartnerName);
            row.identifiedOn = QDate::fromString(textAt(q, IdentifiedOn), Qt::ISODate);
            row.lastStatusChangeOn = QDate::fromString(textAt(q, LastChangeOn), Qt::ISODate);
            page.next.m_key = integerKey ? QVariant(q.int64(SortKey)) : QVariant(textAt(q, SortKey));
            page.next.m_id = row.id;
            page.rows.append(std::move(row));
        }
    } catch (const StorageError &e) {
        q.reset();
        fail(e);
    }
    q.reset();
    return page;
}

qint64 CaseListQuery::count(const CaseListFilter &filter)
{
    const Criteria c = criteriaOf(filter);
    // From the smallest criterion, as a page would collect; with none, SQLite takes the
    // smallest index of the list (or the date index, to bound a period).
    QByteArray from = "\n  FROM local_case_list e";
    forgetEstimatesIfDataChanged();
    const QList<Candidate> sets = candidates(c);
    if (!sets.isEmpty()) {
        const Candidate smallest = *std::min_element(
            sets.cbegin(), sets.cend(), [](const Candidate &a, const Candidate &b) { return a.kept < b.kept; });
        from = fromSql(smallest.access, c, {});
    } else if (!c.openTo.isEmpty()) {
        from += " INDEXED BY local_case_list_identified";
    }
    return scalar("SELECT count(*)" + from + whereSql(c), c);
}

QStringList CaseListQuery::pagePlan(const CaseListFilter &filter, const CaseListOrder &order,
                                    const Cursor &after, int limit)
{
    const Criteria c = criteriaOf(filter);
    Cursor next = after;
    SqliteStatement &q = preparePage("EXPLAIN QUERY PLAN ", c, order, next, limit);
    // Rows come parent first; a step is indented two spaces per enclosing step, like the
    // sqlite3 shell prints it, so that the steps of a subquery are not read as the outer ones.
    QStringList plan;
    QHash<qint64, int> depth;
    try {
        while (q.step()) {
            const int level = depth.value(q.int64(1), -1) + 1;
            depth.insert(q.int64(0), level);
            plan.append(QString(level * 2, QLatin1Char(' ')) + q.text(3));
        }
    } catch (const StorageError &e) {
        q.reset();
        fail(e);
    }
    q.reset();
    return plan;
}

} // namespace passerelle
