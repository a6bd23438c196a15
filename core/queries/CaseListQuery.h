#pragma once

#include "queries/CaseListFilter.h"
#include "queries/CaseListRow.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <unordered_map>

namespace passerelle {

class Database;

// The read model behind the case list: pages of CaseListRow in list order (most recently
// identified first, then by id, so that equal dates keep a stable order), and the count
// of cases a filter keeps. Archived cases are left out.
//
// Pages are read by keyset: each page starts strictly after the last row of the previous
// one, so reading page 500 costs what page 1 costs and rows inserted meanwhile never
// shift the pages (no OFFSET). Statements are prepared once per filter shape and kept.
//
// Throws StorageError when SQLite refuses a statement. Must not outlive the Database.
class CaseListQuery
{
public:
    // Where the next page starts. Opaque: obtained from a Page, or default-constructed for
    // the first page of a listing; pass it back with the filter it was obtained with. It
    // also remembers which index the listing walks, chosen once at the first page (see
    // CaseListQuery.cpp).
    class Cursor
    {
    public:
        // (Members initialised here, not in-class: a default argument of the enclosing
        // class needs this constructor before that class is complete.)
        Cursor() : m_walkFilterIndex(false) {}
        bool isStart() const { return m_id.isNull(); }

    private:
        friend class CaseListQuery;
        QString m_identifiedOn;
        Uuid m_id;
        bool m_walkFilterIndex;
    };

    struct Page
    {
        QList<CaseListRow> rows;
        Cursor next;          // pass to page() for the rows after these
        bool hasMore = false; // false once the last row of the listing has been returned
    };

    // A programme the list can be narrowed to.
    struct ProgrammeChoice
    {
        Uuid id;
        QString code;
        QString name;
        bool archived = false;
    };

    static constexpr int DefaultPageSize = 200;

    explicit CaseListQuery(const Database &db);
    ~CaseListQuery();
    CaseListQuery(const CaseListQuery &) = delete;
    CaseListQuery &operator=(const CaseListQuery &) = delete;

    // At most `limit` rows kept by `filter`, starting after `after`.
    Page page(const CaseListFilter &filter, const Cursor &after = {}, int limit = DefaultPageSize);
    // How many cases `filter` keeps (what paging through to the end would return).
    qint64 count(const CaseListFilter &filter);
    // Every programme, open ones first, then by code.
    QList<ProgrammeChoice> programmes();
    // SQLite's EXPLAIN QUERY PLAN of the statement page() runs for these arguments, one
    // line per step, indented under its parent step: lets a test (or a person diagnosing a
    // slow list) see which index the listing walks.
    QStringList pagePlan(const CaseListFilter &filter, const Cursor &after = {},
                         int limit = DefaultPageSize);

private:
    enum ShapeBit : unsigned {
        ByProgramme = 1u << 0,
        ByStatus = 1u << 1,
        AfterCursor = 1u << 2,
        WalkFilterIndex = 1u << 3,
    };
    static QString pageSql(unsigned shape);
    static QString countSql(unsigned shape);
    static unsigned filterShape(const CaseListFilter &filter);
    static void bindFilter(QSqlQuery &q, const CaseListFilter &filter);
    static qint64 scalar(QSqlQuery &q);
    // The statement for `sql`, prepared on first use and kept: one per filter shape.
    QSqlQuery &statement(const QString &sql);
    bool shouldWalkFilterIndex(const CaseListFilter &filter, int limit);
    // Prepares and binds the page statement (prefixed, e.g. by EXPLAIN QUERY PLAN);
    // settles the walk in `after` when it is the start of a listing.
    QSqlQuery &bindPage(const QString &prefix, const CaseListFilter &filter, Cursor &after,
                        int limit);

    const Database &m_db;
    std::unordered_map<QString, QSqlQuery> m_statements; // QSqlQuery is move-only
};

} // namespace passerelle
