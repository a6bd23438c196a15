#include "queries/SessionListQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

// Participants come back as one separated list per session (char 30 between typologies,
// char 31 between code, label and count): the page costs one statement, not one per row.
namespace {
const char *const rowsSql = R"(
SELECT s.id, s.programme_id, p.code, s.kind, s.title, s.date, s.start_time, s.duration_min,
       s.status, s.commune, s.place, s.topics, s.archived_at IS NOT NULL,
       (SELECT group_concat(sp.typology || char(31) ||
                            CASE WHEN :english = 1 AND trim(t.label_en) <> '' THEN t.label_en
                                 ELSE coalesce(t.label_fr, sp.typology) END
                            || char(31) || sp.count, char(30))
          FROM (SELECT sp0.* FROM session_participants sp0
                  LEFT JOIN ref_participant_typology t0 ON t0.code = sp0.typology
                 WHERE sp0.session_id = s.id
                 ORDER BY t0.position, sp0.typology) sp
          LEFT JOIN ref_participant_typology t ON t.code = sp.typology),
       (SELECT count(*) FROM commission_review cr WHERE cr.session_id = s.id)
  FROM collective_session s
  JOIN programme p ON p.id = s.programme_id
 WHERE (:programme IS NULL OR s.programme_id = :programme)
   AND (:archived = 1 OR s.archived_at IS NULL)
 ORDER BY s.date DESC, s.start_time IS NULL, s.start_time DESC, s.id)";

enum Column { Id, ProgrammeId, ProgrammeCode, Kind, Title, Date, StartTime, Duration, Status,
              Commune, Place, Topics, Archived, Participants, Reviews };

const QChar itemSeparator(30);
const QChar fieldSeparator(31);

SessionListRow rowAt(const QSqlQuery &q)
{
    SessionListRow r;
    r.id = sql::uuidAt(q, Id);
    r.programmeId = sql::uuidAt(q, ProgrammeId);
    r.programmeCode = q.value(ProgrammeCode).toString();
    r.kind = sessionKindFromCode(q.value(Kind).toString()).value_or(SessionKind::Workshop);
    r.title = q.value(Title).toString();
    r.date = sql::dateAt(q, Date);
    if (!q.value(StartTime).isNull())
        r.startTime = QTime::fromString(q.value(StartTime).toString(), QStringLiteral("HH:mm"));
    if (const std::optional<qint64> minutes = sql::integerAt(q, Duration))
        r.durationMin = int(*minutes);
    r.status = sessionStatusFromCode(q.value(Status).toString()).value_or(SessionStatus::Done);
    r.commune = q.value(Commune).toString();
    r.place = q.value(Place).toString();
    r.topics = q.value(Topics).toString();
    r.archived = q.value(Archived).toBool();
    const QStringList items =
        q.value(Participants).toString().split(itemSeparator, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList fields = item.split(fieldSeparator);
        if (fields.size() != 3)
            continue;
        SessionListRow::Typology t{fields[0], fields[1], fields[2].toInt()};
        r.participantCount += t.count;
        r.participants.append(t);
    }
    r.reviewCount = q.value(Reviews).toInt();
    return r;
}
} // namespace

SessionListQuery::SessionListQuery(const Database &db)
    : m_rows(sql::prepare(db.connection(), QString::fromUtf8(rowsSql)))
{
    m_rows.setForwardOnly(true);
}

// The prepared statement must go before the Database removes its connection (see header).
SessionListQuery::~SessionListQuery() = default;

QList<SessionListRow> SessionListQuery::rows(const Uuid &programmeId, bool includeArchived,
                                             LabelLanguage language)
{
    m_rows.bindValue(QStringLiteral(":english"), language == LabelLanguage::English ? 1 : 0);
    m_rows.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    m_rows.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    return sql::readAll(m_rows, rowAt);
}

} // namespace passerelle
