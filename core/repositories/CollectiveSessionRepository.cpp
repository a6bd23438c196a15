#include "repositories/CollectiveSessionRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Logging.h"
#include "util/TrContext.h"

#include <QSet>

namespace passerelle {

namespace {
QSqlQuery prepare(const Database &db, const QString &sql)
{
    return sql::prepare(db.connection(), sql);
}

QDateTime timeAt(const QSqlQuery &q, int column)
{
    const auto ms = sql::integerAt(q, column);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

bool exists(QSqlQuery &q, const QVariant &key)
{
    q.bindValue(QStringLiteral(":key"), key);
    sql::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

const QLatin1String sessionColumns(
    "s.id, s.programme_id, s.kind, s.title, s.date, s.start_time, s.duration_min, s.status, "
    "s.commune, s.place, s.topics, s.created_at, s.updated_at, s.archived_at");

CollectiveSession sessionAt(const QSqlQuery &q)
{
    CollectiveSession s;
    s.id = sql::uuidAt(q, 0);
    s.programmeId = sql::uuidAt(q, 1);
    s.kind = sessionKindFromCode(q.value(2).toString()).value_or(SessionKind::Workshop);
    s.title = q.value(3).toString();
    s.date = sql::dateAt(q, 4);
    if (!q.value(5).isNull())
        s.startTime = QTime::fromString(q.value(5).toString(), QStringLiteral("HH:mm"));
    if (const auto d = sql::integerAt(q, 6))
        s.durationMin = int(*d);
    s.status = sessionStatusFromCode(q.value(7).toString()).value_or(SessionStatus::Done);
    s.commune = q.value(8).toString();
    s.place = q.value(9).toString();
    s.topics = q.value(10).toString();
    s.createdAt = timeAt(q, 11);
    s.updatedAt = timeAt(q, 12);
    s.archivedAt = timeAt(q, 13);
    return s;
}

void bindSession(QSqlQuery &q, const CollectiveSession &s)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(s.id));
    q.bindValue(QStringLiteral(":programme_id"), sql::uuid(s.programmeId));
    q.bindValue(QStringLiteral(":kind"), toCode(s.kind));
    q.bindValue(QStringLiteral(":title"), sql::text(s.title.trimmed()));
    q.bindValue(QStringLiteral(":date"), sql::date(s.date));
    q.bindValue(QStringLiteral(":start_time"),
                s.startTime.isValid() ? QVariant(s.startTime.toString(QStringLiteral("HH:mm")))
                                      : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":duration_min"),
                sql::integer(s.durationMin ? std::optional<qint64>(*s.durationMin) : std::nullopt));
    q.bindValue(QStringLiteral(":status"), toCode(s.status));
    q.bindValue(QStringLiteral(":commune"), sql::text(s.commune.trimmed()));
    q.bindValue(QStringLiteral(":place"), sql::text(s.place.trimmed()));
    q.bindValue(QStringLiteral(":topics"), sql::text(s.topics.trimmed()));
}
} // namespace

CollectiveSessionRepository::CollectiveSessionRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock),
      m_programmeExists(prepare(db, QStringLiteral("SELECT 1 FROM programme WHERE id = :key"))),
      m_typologyExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_participant_typology WHERE code = :key"))),
      m_decisionExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_commission_decision WHERE code = :key"))),
      m_caseExists(prepare(db, QStringLiteral("SELECT 1 FROM case_file WHERE id = :key"))),
      m_selectById(prepare(db, QStringLiteral("SELECT ") + sessionColumns +
                                   QStringLiteral(" FROM collective_session s WHERE s.id = :id"))),
      m_selectFiltered(
          prepare(db, QStringLiteral("SELECT ") + sessionColumns +
                          QStringLiteral(" FROM collective_session s WHERE s.programme_id = "
                                         ":programme AND (:from IS NULL OR s.date >= :from) "
                                         "AND (:to IS NULL OR s.date <= :to) AND (:kind IS NULL "
                                         "OR s.kind = :kind) AND s.archived_at IS NULL ORDER BY "
                                         "s.date, s.start_time IS NULL, s.start_time, s.id"))),
      m_selectParticipants(prepare(db, QStringLiteral("SELECT sp.typology, sp.count FROM "
                                                      "session_participants sp LEFT JOIN "
                                                      "ref_participant_typology r ON r.code = "
                                                      "sp.typology WHERE sp.session_id = :id "
                                                      "ORDER BY r.position, sp.typology"))),
      m_selectReviews(prepare(db, QStringLiteral("SELECT cr.case_id, cr.decision, cr.note FROM "
                                                 "commission_review cr JOIN case_file c ON c.id = "
                                                 "cr.case_id WHERE cr.session_id = :id ORDER BY "
                                                 "c.number, cr.case_id"))),
      m_selectDecisions(
          prepare(db, QStringLiteral("SELECT s.id, s.date, cr.decision, cr.note FROM "
                                     "commission_review cr JOIN collective_session s "
                                     "ON s.id = cr.session_id WHERE cr.case_id = :case "
                                     "AND s.archived_at IS NULL ORDER BY s.date, s.id"))),
      m_insert(prepare(
          db, QStringLiteral("INSERT INTO collective_session (id, programme_id, kind, title, date, "
                             "start_time, duration_min, status, commune, place, topics, "
                             "created_at, updated_at) VALUES (:id, :programme_id, :kind, :title, "
                             ":date, :start_time, :duration_min, :status, :commune, :place, "
                             ":topics, :now, :now)"))),
      m_update(prepare(
          db,
          QStringLiteral("UPDATE collective_session SET programme_id = :programme_id, kind = "
                         ":kind, title = :title, date = :date, start_time = :start_time, "
                         "duration_min = :duration_min, status = :status, commune = :commune, "
                         "place = :place, topics = :topics, updated_at = :now WHERE id = :id"))),
      m_upsertParticipants(
          prepare(db, QStringLiteral("INSERT INTO session_participants (session_id, typology, "
                                     "count) VALUES (:id, :typology, :count) ON CONFLICT "
                                     "(session_id, typology) DO UPDATE SET count = "
                                     "excluded.count WHERE count IS NOT excluded.count"))),
      m_deleteParticipants(prepare(db, QStringLiteral("DELETE FROM session_participants WHERE "
                                                      "session_id = :id AND typology = :key"))),
      m_upsertReview(prepare(
          db, QStringLiteral("INSERT INTO commission_review (session_id, case_id, decision, "
                             "note) VALUES (:id, :case, :decision, :note) ON CONFLICT "
                             "(session_id, case_id) DO UPDATE SET decision = "
                             "excluded.decision, note = excluded.note WHERE decision IS NOT "
                             "excluded.decision OR note IS NOT excluded.note"))),
      m_deleteReview(prepare(db, QStringLiteral("DELETE FROM commission_review WHERE session_id = "
                                                ":id AND case_id = :key"))),
      m_setArchived(prepare(db, QStringLiteral("UPDATE collective_session SET archived_at = "
                                               ":archived_at, updated_at = :now WHERE id = :id")))
{
}

Uuid CollectiveSessionRepository::create(CollectiveSession s)
{
    Transaction tx(m_db.handle());
    if (s.id.isNull())
        s.id = Uuid::createV7();
    validate(s);
    Validator v(recordLabel(s));
    check(s, v);
    v.throwIfFailed();

    bindSession(m_insert, s);
    m_insert.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_insert, recordLabel(s));
    saveChildren(s);
    tx.commit();
    qCInfo(lcDomain) << "collective session created" << s.id.toString() << toCode(s.kind)
                     << "participants" << s.participantCount() << "reviews" << s.reviews.size();
    return s.id;
}

void CollectiveSessionRepository::update(const CollectiveSession &s)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(s.id));
    if (!readOne(m_selectById))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Séance introuvable."),
                              recordLabel(s));
    validate(s);
    Validator v(recordLabel(s));
    check(s, v);
    v.throwIfFailed();

    bindSession(m_update, s);
    m_update.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_update, recordLabel(s));
    saveChildren(s);
    tx.commit();
}

std::optional<CollectiveSession> CollectiveSessionRepository::find(const Uuid &id) const
{
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    std::optional<CollectiveSession> s = readOne(m_selectById);
    if (s)
        loadChildren(*s);
    return s;
}

QList<CollectiveSession> CollectiveSessionRepository::list(const Uuid &programmeId,
                                                           const QDate &from, const QDate &to,
                                                           std::optional<SessionKind> kind) const
{
    m_selectFiltered.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    m_selectFiltered.bindValue(QStringLiteral(":from"), sql::date(from));
    m_selectFiltered.bindValue(QStringLiteral(":to"), sql::date(to));
    m_selectFiltered.bindValue(QStringLiteral(":kind"),
                               kind ? QVariant(toCode(*kind))
                                    : QVariant(QMetaType::fromType<QString>()));
    QList<CollectiveSession> out = readAll(m_selectFiltered);
    for (CollectiveSession &s : out)
        loadChildren(s);
    return out;
}

QList<CaseCommissionDecision>
CollectiveSessionRepository::decisionsForCase(const Uuid &caseId) const
{
    m_selectDecisions.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    sql::exec(m_selectDecisions);
    QList<CaseCommissionDecision> out;
    while (m_selectDecisions.next()) {
        out.append({sql::uuidAt(m_selectDecisions, 0), sql::dateAt(m_selectDecisions, 1),
                    m_selectDecisions.value(2).toString(), m_selectDecisions.value(3).toString()});
    }
    m_selectDecisions.finish();
    return out;
}

void CollectiveSessionRepository::archive(const Uuid &id)
{
    setArchived(id, true);
}

void CollectiveSessionRepository::restore(const Uuid &id)
{
    setArchived(id, false);
}

void CollectiveSessionRepository::check(const CollectiveSession &s, Validator &v) const
{
    if (!s.programmeId.isNull() && !exists(m_programmeExists, sql::uuid(s.programmeId)))
        v.fail(QStringLiteral("programme_id"), ValidationText::tr("Dispositif introuvable."));
    if (s.status == SessionStatus::Done && s.date.isValid() && s.date > m_clock.today())
        v.fail(QStringLiteral("status"),
               ValidationText::tr("Une séance à venir ne peut pas être déjà tenue."));
    for (const SessionParticipants &p : s.participants) {
        if (!p.typology.isEmpty() && !exists(m_typologyExists, p.typology))
            v.fail(
                QStringLiteral("session_participants.typology"),
                ValidationText::tr("Typologie de participants inconnue : « %1 ».").arg(p.typology));
    }
    for (const CommissionReview &r : s.reviews) {
        if (!r.caseId.isNull() && !exists(m_caseExists, sql::uuid(r.caseId)))
            v.fail(QStringLiteral("commission_review.case_id"),
                   ValidationText::tr("Une situation examinée est introuvable."));
        if (!r.decision.isEmpty() && !exists(m_decisionExists, r.decision))
            v.fail(QStringLiteral("commission_review.decision"),
                   ValidationText::tr("Décision de commission inconnue : « %1 ».").arg(r.decision));
    }
}

void CollectiveSessionRepository::saveChildren(const CollectiveSession &s)
{
    const QVariant id = sql::uuid(s.id);
    const QString record = recordLabel(s);

    QSet<QString> typologies;
    for (const SessionParticipants &p : s.participants)
        typologies.insert(p.typology);
    m_selectParticipants.bindValue(QStringLiteral(":id"), id);
    sql::exec(m_selectParticipants);
    QStringList storedTypologies;
    while (m_selectParticipants.next())
        storedTypologies.append(m_selectParticipants.value(0).toString());
    m_selectParticipants.finish();
    for (const QString &t : std::as_const(storedTypologies)) {
        if (!typologies.contains(t)) {
            m_deleteParticipants.bindValue(QStringLiteral(":id"), id);
            m_deleteParticipants.bindValue(QStringLiteral(":key"), t);
            sql::exec(m_deleteParticipants, record);
        }
    }
    for (const SessionParticipants &p : s.participants) {
        m_upsertParticipants.bindValue(QStringLiteral(":id"), id);
        m_upsertParticipants.bindValue(QStringLiteral(":typology"), p.typology);
        m_upsertParticipants.bindValue(QStringLiteral(":count"), p.count);
        sql::exec(m_upsertParticipants, record);
    }

    QSet<Uuid> cases;
    for (const CommissionReview &r : s.reviews)
        cases.insert(r.caseId);
    m_selectReviews.bindValue(QStringLiteral(":id"), id);
    sql::exec(m_selectReviews);
    QList<Uuid> storedCases;
    while (m_selectReviews.next())
        storedCases.append(sql::uuidAt(m_selectReviews, 0));
    m_selectReviews.finish();
    for (const Uuid &c : std::as_const(storedCases)) {
        if (!cases.contains(c)) {
            m_deleteReview.bindValue(QStringLiteral(":id"), id);
            m_deleteReview.bindValue(QStringLiteral(":key"), sql::uuid(c));
            sql::exec(m_deleteReview, record);
        }
    }
    for (const CommissionReview &r : s.reviews) {
        m_upsertReview.bindValue(QStringLiteral(":id"), id);
        m_upsertReview.bindValue(QStringLiteral(":case"), sql::uuid(r.caseId));
        m_upsertReview.bindValue(QStringLiteral(":decision"), r.decision);
        m_upsertReview.bindValue(QStringLiteral(":note"), sql::text(r.note.trimmed()));
        sql::exec(m_upsertReview, record);
    }
}

void CollectiveSessionRepository::loadChildren(CollectiveSession &s) const
{
    s.participants.clear();
    s.reviews.clear();
    m_selectParticipants.bindValue(QStringLiteral(":id"), sql::uuid(s.id));
    sql::exec(m_selectParticipants);
    while (m_selectParticipants.next())
        s.participants.append({m_selectParticipants.value(0).toString(),
                               int(sql::integerAt(m_selectParticipants, 1).value_or(0))});
    m_selectParticipants.finish();

    m_selectReviews.bindValue(QStringLiteral(":id"), sql::uuid(s.id));
    sql::exec(m_selectReviews);
    while (m_selectReviews.next())
        s.reviews.append({sql::uuidAt(m_selectReviews, 0), m_selectReviews.value(1).toString(),
                          m_selectReviews.value(2).toString()});
    m_selectReviews.finish();
}

std::optional<CollectiveSession> CollectiveSessionRepository::readOne(QSqlQuery &q) const
{
    return sql::readOne(q, sessionAt);
}

QList<CollectiveSession> CollectiveSessionRepository::readAll(QSqlQuery &q) const
{
    return sql::readAll(q, sessionAt);
}

void CollectiveSessionRepository::setArchived(const Uuid &id, bool archived)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    const std::optional<CollectiveSession> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Séance introuvable."),
                              id.isNull() ? QStringLiteral("collective_session")
                                          : QStringLiteral("collective_session ") + id.toString());
    if (stored->archivedAt.isValid() == archived)
        return;
    const qint64 now = m_clock.nowMs();
    m_setArchived.bindValue(QStringLiteral(":id"), sql::uuid(id));
    m_setArchived.bindValue(QStringLiteral(":archived_at"),
                            archived ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
    m_setArchived.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_setArchived, recordLabel(*stored));
    tx.commit();
}

} // namespace passerelle
