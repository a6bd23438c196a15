#include "queries/AgendaQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QTime>

#include <algorithm>

namespace passerelle {

// How a week is read, and why.
//
// A worker's week can be found from either side: the worker's links
// (intervention_worker_worker index, then each intervention by its key, keeping the week's
// days) or the days (intervention_date index, then each intervention's link to the worker).
// On the 100 000-case demo (2 000 000 interventions, about 7 700 a week for 60 workers, a
// peer worker holding some 40 000) the days side reads the week's 7 700 interventions and
// probes 7 700 links: 6–9 ms; the worker side reads all 40 000 of the worker's
// interventions: 25–40 ms. SQLite, without statistics, starts from the worker (an
// equality beats a range), so the CROSS JOIN below keeps the interventions of the week as
// the outer loop. The overdue count has no such choice: "before today" is most of the
// table, so it starts from the worker's links.
//
// Cases and workers come back as one separated list per intervention (char 30 between
// items, char 31 between fields: neither can appear in a number or a code), so the week
// costs one statement, not one per line.

namespace {
const char *const rowsSql = R"(
SELECT i.id, i.programme_id, p.code, i.date, i.start_time, i.status, i.duration_min,
       i.channel,
       CASE WHEN :english = 1 AND trim(ch.label_en) <> '' THEN ch.label_en ELSE ch.label_fr END,
       i.intervention_type,
       CASE WHEN :english = 1 AND trim(ty.label_en) <> '' THEN ty.label_en ELSE ty.label_fr END,
       (SELECT group_concat(hex(c.id) || char(31) || c.number || char(31) ||
                            coalesce((SELECT pe.code FROM case_person cp
                                        JOIN person pe ON pe.id = cp.person_id
                                       WHERE cp.case_id = c.id
                                       ORDER BY cp.role <> 'main', pe.code LIMIT 1), ''),
                            char(30))
          FROM intervention_case ic JOIN case_file c ON c.id = ic.case_id
         WHERE ic.intervention_id = i.id),
       (SELECT group_concat(w.code, char(30))
          FROM intervention_worker iw2 JOIN worker w ON w.id = iw2.worker_id
         WHERE iw2.intervention_id = i.id)
  FROM intervention i
  CROSS JOIN intervention_worker iw ON iw.intervention_id = i.id AND iw.worker_id = :worker
  JOIN programme p ON p.id = i.programme_id
  LEFT JOIN ref_channel ch ON ch.code = i.channel
  LEFT JOIN ref_intervention_type ty ON ty.code = i.intervention_type
 WHERE i.date BETWEEN :from AND :to AND i.archived_at IS NULL
 ORDER BY i.date, i.start_time IS NULL, i.start_time, i.id)";

const char *const overdueSql = R"(
SELECT count(*), min(i.date)
  FROM intervention_worker iw
  CROSS JOIN intervention i ON i.id = iw.intervention_id
 WHERE iw.worker_id = :worker AND i.status = 'planned' AND i.date < :today
   AND i.archived_at IS NULL)";

enum Column { Id, ProgrammeId, ProgrammeCode, Date, StartTime, Status, Duration, Channel,
              ChannelLabel, Type, TypeLabel, Cases, Workers };

const QChar itemSeparator(30);
const QChar fieldSeparator(31);

QList<AgendaCase> casesFrom(const QVariant &value)
{
    QList<AgendaCase> cases;
    if (value.isNull())
        return cases;
    const QStringList items = value.toString().split(itemSeparator, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList fields = item.split(fieldSeparator);
        if (fields.size() != 3)
            continue;
        cases.append({Uuid::fromBytes(QByteArray::fromHex(fields[0].toLatin1())), fields[1],
                      fields[2]});
    }
    std::sort(cases.begin(), cases.end(),
              [](const AgendaCase &a, const AgendaCase &b) { return a.number < b.number; });
    return cases;
}

AgendaRow rowAt(const QSqlQuery &q)
{
    AgendaRow r;
    r.id = sql::uuidAt(q, Id);
    r.programmeId = sql::uuidAt(q, ProgrammeId);
    r.programmeCode = q.value(ProgrammeCode).toString();
    r.date = sql::dateAt(q, Date);
    if (!q.value(StartTime).isNull())
        r.startTime = QTime::fromString(q.value(StartTime).toString(), QStringLiteral("HH:mm"));
    r.status = interventionStatusFromCode(q.value(Status).toString())
                   .value_or(InterventionStatus::Planned);
    r.durationMin = q.value(Duration).toInt();
    r.channel = q.value(Channel).toString();
    r.channelLabel = q.value(ChannelLabel).isNull() ? r.channel : q.value(ChannelLabel).toString();
    r.interventionType = q.value(Type).toString();
    r.typeLabel = q.value(TypeLabel).isNull() ? r.interventionType : q.value(TypeLabel).toString();
    r.cases = casesFrom(q.value(Cases));
    if (!q.value(Workers).isNull())
        r.workerCodes = q.value(Workers).toString().split(itemSeparator, Qt::SkipEmptyParts);
    r.workerCodes.sort();
    return r;
}
} // namespace

AgendaQuery::AgendaQuery(const Database &db)
    : m_rows(sql::prepare(db.connection(), QString::fromUtf8(rowsSql))),
      m_overdue(sql::prepare(db.connection(), QString::fromUtf8(overdueSql)))
{
    m_rows.setForwardOnly(true);
    m_overdue.setForwardOnly(true);
}

// The prepared statements must go before the Database removes its connection; being
// members, they do, as long as this object dies first (said in the header).
AgendaQuery::~AgendaQuery() = default;

QList<AgendaRow> AgendaQuery::rows(const Uuid &workerId, const QDate &from, const QDate &to,
                                   LabelLanguage language)
{
    if (workerId.isNull() || !from.isValid() || !to.isValid() || to < from)
        return {};
    m_rows.bindValue(QStringLiteral(":worker"), sql::uuid(workerId));
    m_rows.bindValue(QStringLiteral(":from"), sql::date(from));
    m_rows.bindValue(QStringLiteral(":to"), sql::date(to));
    m_rows.bindValue(QStringLiteral(":english"), language == LabelLanguage::English ? 1 : 0);
    return sql::readAll(m_rows, rowAt);
}

AgendaQuery::Overdue AgendaQuery::overdue(const Uuid &workerId, const QDate &today)
{
    if (workerId.isNull() || !today.isValid())
        return {};
    m_overdue.bindValue(QStringLiteral(":worker"), sql::uuid(workerId));
    m_overdue.bindValue(QStringLiteral(":today"), sql::date(today));
    return sql::readOne(m_overdue,
                        [](const QSqlQuery &q) {
                            return Overdue{q.value(0).toInt(), sql::dateAt(q, 1)};
                        })
        .value_or(Overdue{});
}

} // namespace passerelle
