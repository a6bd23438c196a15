#pragma once

#include "queries/CaseListFilter.h"
#include "queries/CaseListOrder.h"
#include "queries/CaseListRow.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace passerelle {

class Database;
class SqliteStatement;

// The read model behind the case list: pages of CaseListRow in a chosen order, and the
// count of cases a filter keeps. Archived cases are left out. Reads the derived table
// local_case_list and its full-text index (migration 0002), never the case tables.
//
// Pages are read by keyset: each page starts strictly after the last row of the previous
// one, so reading page 500 costs what page 1 costs and rows inserted meanwhile never
// shift the pages (no OFFSET). Statements are prepared once per shape and kept.
//
// Works on any connection to a Passerelle database: the desktop runs it on a read-only
// connection of its own, in a worker thread (CaseListLoader). Not thread-safe itself.
// Throws StorageError when SQLite refuses or interrupts a statement. Must not outlive the
// connection.
class CaseListQuery
{
public:
    // How a listing reaches its rows: by walking the index of its order and stopping after
    // a page (fast when many cases match), or by collecting the cases of its most
    // selective criterion and sorting them (fast when few do). Chosen at the first page
    // from counts the indexes give cheaply; see CaseListQuery.cpp.
    enum class Access {
        WalkOrder,
        FromSearch,
        FromWorker,
        FromProgramme,
        FromStatus,
        FromLandlord,
    };

    // Where the next page starts. Opaque: obtained from a Page, or default-constructed for
    // the first page of a listing; pass it back with the filter and order it was obtained
    // with. It also carries the access chosen at the first page, so that every page of a
    // listing is read the same way.
    class Cursor
    {
    public:
        // (Members initialised here, not in-class: a default argument of the enclosing
        // class needs this constructor before that class is complete.)
        Cursor() : m_access(Access::WalkOrder), m_chosen(false) {}
        bool isStart() const { return m_id.isNull(); }
        Access access() const { return m_access; }

    private:
        friend class CaseListQuery;
        QVariant m_key; // the order's key of the last row read (text or integer)
        Uuid m_id;      // that row's case id: the tie-break
        Access m_access;
        bool m_chosen;
    };

    struct Page
    {
        QList<CaseListRow> rows;
        Cursor next;          // pass to page() for the rows after these
        bool hasMore = false; // false once the last row of the listing has been returned
    };

    static constexpr int DefaultPageSize = 200;

    explicit CaseListQuery(sqlite3 *db);
    explicit CaseListQuery(const Database &db);
    ~CaseListQuery();
    CaseListQuery(const CaseListQuery &) = delete;
    CaseListQuery &operator=(const CaseListQuery &) = delete;

    // At most `limit` rows kept by `filter` in `order`, starting after `after`.
    Page page(const CaseListFilter &filter, const CaseListOrder &order = {},
              const Cursor &after = {}, int limit = DefaultPageSize);
    // How many cases `filter` keeps (what paging through to the end would return).
    qint64 count(const CaseListFilter &filter);
    // How many cases the list holds without any filter.
    qint64 liveCount();
    // The access the first page of this listing takes.
    Access chooseAccess(const CaseListFilter &filter, const CaseListOrder &order,
                        int limit = DefaultPageSize);
    // SQLite's EXPLAIN QUERY PLAN of the statement page() runs for these arguments, one
    // line per step, indented under its parent step: lets a test (or a person diagnosing a
    // slow list) see which index a listing walks.
    QStringList pagePlan(const CaseListFilter &filter, const CaseListOrder &order = {},
                         const Cursor &after = {}, int limit = DefaultPageSize);

    // The filter as the SQL sees it (the search as an FTS5 expression, dates as ISO text).
    // Defined in the .cpp: only the statement builders there use it.
    struct Criteria;

private:
    Criteria criteriaOf(const CaseListFilter &filter) const;
    SqliteStatement &statement(const QByteArray &sql);
    static void bind(SqliteStatement &q, const char *name, const QVariant &value);
    static void bindCriteria(SqliteStatement &q, const Criteria &c);
    qint64 scalar(const QByteArray &sql, const Criteria &c);
    // A count an index gives cheaply, remembered until the data changes.
    qint64 estimate(const QByteArray &what, const QByteArray &sql, const Criteria &c);
    void forgetEstimatesIfDataChanged();
    struct Candidate
    {
        Access access;
        qint64 kept; // cases the criterion keeps, by itself
    };
    // One per criterion of the filter that can give its cases by itself.
    QList<Candidate> candidates(const Criteria &c);
    Access chooseAccess(const Criteria &c, const CaseListOrder &order, int limit);
    // Settles the access in `after` when it starts a listing; returns the page statement.
    SqliteStatement &preparePage(const QByteArray &prefix, const Criteria &c,
                                 const CaseListOrder &order, Cursor &after, int limit);

    sqlite3 *m_db;
    std::unordered_map<QByteArray, std::unique_ptr<SqliteStatement>> m_statements;
    QHash<QByteArray, qint64> m_estimates;
    qint64 m_estimatesVersion = -1;
};

} // namespace passerelle
