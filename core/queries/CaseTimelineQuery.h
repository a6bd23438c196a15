#pragma once

#include "queries/CaseTimelineEntry.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>

namespace passerelle {

class Database;

// The read model behind a case file's timeline: the case's interventions and the commission
// sessions that reviewed it, newest first, a page at a time. A case of a five-year programme
// may hold hundreds of interventions; opening its file reads one page.
//
// Pages are read by keyset on (date, time, kind, id): untimed entries come first in their day
// (they sort as the day's end), a commission before the interventions of the same time. Both
// arms walk the case's own link index (intervention_case_case, commission_review_case), so
// the cost depends on the case, never on the size of the database. Archived rows are left out.
//
// Throws StorageError when SQLite refuses a statement. Must not outlive the Database.
class CaseTimelineQuery
{
public:
    // Where the next page starts; default-constructed for the first page.
    class Cursor
    {
    public:
        // (Initialised here, not in-class: a default argument of the enclosing class needs
        // this constructor before that class is complete.)
        Cursor() : m_kind(0) {}
        bool isStart() const { return m_id.isNull(); }

    private:
        friend class CaseTimelineQuery;
        QString m_date;
        QString m_time;
        int m_kind;
        Uuid m_id;
    };

    struct Page
    {
        QList<CaseTimelineEntry> entries;
        Cursor next;
        bool hasMore = false;
    };

    // What the timeline holds in all, for its heading.
    struct Summary
    {
        int interventions = 0;
        int done = 0;
        int planned = 0;
        int cancelledOrMissed = 0;
        qint64 doneMinutes = 0;
        int sessions = 0;
        QDate first;       // earliest entry, invalid when none
        QDate last;        // latest entry
        QDate nextPlanned; // earliest planned intervention on or after `today`

        int total() const { return interventions + sessions; }
    };

    static constexpr int DefaultPageSize = 50;

    explicit CaseTimelineQuery(const Database &db);
    ~CaseTimelineQuery();
    CaseTimelineQuery(const CaseTimelineQuery &) = delete;
    CaseTimelineQuery &operator=(const CaseTimelineQuery &) = delete;

    Page page(const Uuid &caseId, const Cursor &after = {}, int limit = DefaultPageSize);
    Summary summary(const Uuid &caseId, const QDate &today);
    // SQLite's EXPLAIN QUERY PLAN of the first (or a following) page's statement, one line per
    // step: lets a test, or a person diagnosing a slow file, see which indexes it walks.
    QStringList pagePlan(bool followingPage = false);

private:
    const Database &m_db;
    QSqlQuery m_firstPage;
    QSqlQuery m_nextPage;
    QSqlQuery m_interventionSummary;
    QSqlQuery m_sessionSummary;
};

} // namespace passerelle
