#include "queries/CaseTimelineQuery.h"

#include "domain/ReferenceItem.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace passerelle {

namespace {

// Both arms produce the same columns; `tkey` is the start time with untimed entries sorted
// as the end of their day. Each arm starts from the case's link index, so a page costs the
// case's own rows (a few dozen, a few hundred at most) whatever the size of the file.
const char *const entriesSql = R"(
SELECT * FROM (
  SELECT 0 AS kind, i.id AS id, i.date AS date, coalesce(i.start_time, '99:99') AS tkey,
         i.start_time, i.status, i.intervention_type, t.label_fr, t.label_en,
         ch.label_fr, ch.label_en, i.duration_min,
         (SELECT group_concat(w.display_name, ', ')
            FROM intervention_worker iw JOIN worker w ON w.id = iw.worker_id
           WHERE iw.intervention_id = i.id),
         (SELECT count(*) - 1 FROM intervention_case o WHERE o.intervention_id = i.id),
         NULL, NULL, NULL, NULL, i.note
    FROM intervention_case ic
    JOIN intervention i ON i.id = ic.intervention_id
    LEFT JOIN ref_intervention_type t ON t.code = i.intervention_type
    LEFT JOIN ref_channel ch ON ch.code = i.channel
   WHERE ic.case_id = :case1 AND i.archived_at IS NULL
  UNION ALL
  SELECT 1, s.id, s.date, coalesce(s.start_time, '99:99'),
         s.start_time, s.status, s.kind, NULL, NULL,
         NULL, NULL, coalesce(s.duration_min, 0),
         NULL,
         0,
         s.title, cr.decision, d.label_fr, d.label_en, cr.note
    FROM commission_review cr
    JOIN collective_session s ON s.id = cr.session_id
    LEFT JOIN ref_commission_decision d ON d.code = cr.decision
   WHERE cr.case_id = :case2 AND s.archived_at IS NULL
) AS e)";

const char *const orderSql = R"(
 ORDER BY e.date DESC, e.tkey DESC, e.kind DESC, e.id DESC
 LIMIT :limit)";

QString pageSql(bool following)
{
    QString sql = QString::fromLatin1(entriesSql);
    if (following)
        sql += u"\n WHERE (e.date, e.tkey, e.kind, e.id) < "
               u"(:after_date, :after_tkey, :after_kind, :after_id)";
    return sql + QString::fromLatin1(orderSql);
}

enum Column
{
    Kind,
    Id,
    Date,
    TimeKey,
    StartTime,
    Status,
    TypeCode,
    TypeFr,
    TypeEn,
    ChannelFr,
    ChannelEn,
    Duration,
    Workers,
    OtherCases,
    Title,
    DecisionCode,
    DecisionFr,
    DecisionEn,
    Note
};

QString textAt(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QString() : v.toString();
}

// The reference label in the screen's language; French when the English one is missing.
QString labelAt(const QSqlQuery &q, int frColumn, int enColumn)
{
    const QString en = textAt(q, enColumn);
    return currentLabelLanguage() == LabelLanguage::English && !en.trimmed().isEmpty()
               ? en
               : textAt(q, frColumn);
}

CaseTimelineEntry entryAt(const QSqlQuery &q)
{
    CaseTimelineEntry e;
    e.kind = q.value(Kind).toInt() == 0 ? CaseTimelineEntry::Kind::Intervention
                                        : CaseTimelineEntry::Kind::Session;
    e.id = sql::uuidAt(q, Id);
    e.date = sql::dateAt(q, Date);
    e.startTime = QTime::fromString(textAt(q, StartTime), QStringLiteral("HH:mm"));
    e.status = textAt(q, Status);
    e.typeCode = textAt(q, TypeCode);
    e.durationMin = q.value(Duration).toInt();
    e.note = textAt(q, Note);
    if (e.kind == CaseTimelineEntry::Kind::Intervention) {
        e.typeLabel = labelAt(q, TypeFr, TypeEn);
        e.channelLabel = labelAt(q, ChannelFr, ChannelEn);
        e.workers = textAt(q, Workers);
        e.otherCases = q.value(OtherCases).toInt();
    } else {
        e.title = textAt(q, Title);
        e.decisionCode = textAt(q, DecisionCode);
        e.decisionLabel = labelAt(q, DecisionFr, DecisionEn);
    }
    return e;
}

// Forward-only before prepare (QtSql reads the flag when it prepares); a timeline is read once.
QSqlQuery prepare(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError(QCoreApplication::translate("CaseTimelineQuery",
                                                       "La chronologie n'a pas pu être lue : %1")
                               .arg(q.lastError().text()));
    return q;
}

QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b < a ? b : a;
}

QDate later(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}

} // namespace

CaseTimelineQuery::CaseTimelineQuery(const Database &db)
    : m_db(db), m_firstPage(prepare(db, pageSql(false))), m_nextPage(prepare(db, pageSql(true))),
      m_interventionSummary(prepare(
          db, QStringLiteral(
                  "SELECT count(*), coalesce(sum(i.status = 'done'), 0), "
                  "coalesce(sum(i.status = 'planned'), 0), "
                  "coalesce(sum(i.status IN ('cancelled', 'missed')), 0), "
                  "coalesce(sum(CASE WHEN i.status = 'done' THEN i.duration_min END), 0), "
                  "min(i.date), max(i.date), "
                  "min(CASE WHEN i.status = 'planned' AND i.date >= :today THEN i.date END) "
                  "FROM intervention_case ic JOIN intervention i ON i.id = ic.intervention_id "
                  "WHERE ic.case_id = :case AND i.archived_at IS NULL"))),
      m_sessionSummary(prepare(
          db, QStringLiteral("SELECT count(*), min(s.date), max(s.date) FROM commission_review cr "
                             "JOIN collective_session s ON s.id = cr.session_id "
                             "WHERE cr.case_id = :case AND s.archived_at IS NULL")))
{
}

// The prepared statements go before the Database removes its connection, as long as this
// object dies first (documented in the header).
CaseTimelineQuery::~CaseTimelineQuery() = default;

CaseTimelineQuery::Page CaseTimelineQuery::page(const Uuid &caseId, const Cursor &after, int limit)
{
    Q_ASSERT(limit > 0);
    QSqlQuery &q = after.isStart() ? m_firstPage : m_nextPage;
    q.bindValue(QStringLiteral(":case1"), sql::uuid(caseId));
    q.bindValue(QStringLiteral(":case2"), sql::uuid(caseId));
    if (!after.isStart()) {
        q.bindValue(QStringLiteral(":after_date"), after.m_date);
        q.bindValue(QStringLiteral(":after_tkey"), after.m_time);
        q.bindValue(QStringLiteral(":after_kind"), after.m_kind);
        q.bindValue(QStringLiteral(":after_id"), after.m_id.bytes());
    }
    // One row more than asked tells whether another page exists.
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    sql::exec(q);

    Page page;
    page.entries.reserve(limit);
    while (q.next()) {
        if (page.entries.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.entries.append(entryAt(q));
        page.next.m_date = textAt(q, Date);
        page.next.m_time = textAt(q, TimeKey);
        page.next.m_kind = q.value(Kind).toInt();
        page.next.m_id = page.entries.constLast().id;
    }
    q.finish(); // a pending read keeps a shared lock that would block other writers
    return page;
}

QStringList CaseTimelineQuery::pagePlan(bool followingPage)
{
    QSqlQuery q = prepare(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(followingPage));
    const QByteArray someCase(16, '\1');
    q.bindValue(QStringLiteral(":case1"), someCase);
    q.bindValue(QStringLiteral(":case2"), someCase);
    if (followingPage) {
        q.bindValue(QStringLiteral(":after_date"), QStringLiteral("2025-01-01"));
        q.bindValue(QStringLiteral(":after_tkey"), QStringLiteral("99:99"));
        q.bindValue(QStringLiteral(":after_kind"), 0);
        q.bindValue(QStringLiteral(":after_id"), someCase);
    }
    q.bindValue(QStringLiteral(":limit"), DefaultPageSize + 1);
    sql::exec(q);
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps;
}

CaseTimelineQuery::Summary CaseTimelineQuery::summary(const Uuid &caseId, const QDate &today)
{
    Summary s;
    m_interventionSummary.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    m_interventionSummary.bindValue(QStringLiteral(":today"), sql::date(today));
    sql::readOne(m_interventionSummary, [&s](const QSqlQuery &q) {
        s.interventions = q.value(0).toInt();
        s.done = q.value(1).toInt();
        s.planned = q.value(2).toInt();
        s.cancelledOrMissed = q.value(3).toInt();
        s.doneMinutes = q.value(4).toLongLong();
        s.first = sql::dateAt(q, 5);
        s.last = sql::dateAt(q, 6);
        s.nextPlanned = sql::dateAt(q, 7);
        return true;
    });
    m_sessionSummary.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    sql::readOne(m_sessionSummary, [&s](const QSqlQuery &q) {
        s.sessions = q.value(0).toInt();
        s.first = earlier(s.first, sql::dateAt(q, 1));
        s.last = later(s.last, sql::dateAt(q, 2));
        return true;
    });
    return s;
}

} // namespace passerelle
