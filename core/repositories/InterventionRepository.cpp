#include "repositories/InterventionRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Logging.h"
#include "util/TrContext.h"

#include <QSet>

#include <algorithm>

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

// The links come back as one comma-separated list of hex ids per intervention, so a timeline
// of hundreds of interventions costs one query, not three per row.
QList<Uuid> idsFromHexList(const QVariant &v)
{
    QList<Uuid> ids;
    if (v.isNull())
        return ids;
    const QList<QByteArray> parts = v.toString().toLatin1().split(',');
    for (const QByteArray &hex : parts)
        ids.append(Uuid::fromBytes(QByteArray::fromHex(hex)));
    std::sort(ids.begin(), ids.end());
    return ids;
}

const QLatin1String selectColumns(
    "SELECT i.id, i.programme_id, i.date, i.start_time, i.status, i.channel, "
    "i.intervention_type, i.duration_min, i.note, i.created_at, i.updated_at, i.archived_at, "
    "(SELECT group_concat(hex(case_id)) FROM intervention_case WHERE intervention_id = i.id), "
    "(SELECT group_concat(hex(worker_id)) FROM intervention_worker WHERE intervention_id = i.id) "
    "FROM intervention i ");
const QLatin1String timelineOrder(" ORDER BY i.date, i.start_time IS NULL, i.start_time, i.id");

Intervention interventionAt(const QSqlQuery &q)
{
    Intervention i;
    i.id = sql::uuidAt(q, 0);
    i.programmeId = sql::uuidAt(q, 1);
    i.date = sql::dateAt(q, 2);
    if (!q.value(3).isNull())
        i.startTime = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    i.status =
        interventionStatusFromCode(q.value(4).toString()).value_or(InterventionStatus::Planned);
    i.channel = q.value(5).toString();
    i.interventionType = q.value(6).toString();
    i.durationMin = int(sql::integerAt(q, 7).value_or(0));
    i.note = q.value(8).toString();
    i.createdAt = timeAt(q, 9);
    i.updatedAt = timeAt(q, 10);
    i.archivedAt = timeAt(q, 11);
    i.caseIds = idsFromHexList(q.value(12));
    i.workerIds = idsFromHexList(q.value(13));
    return i;
}

QVariant timeValue(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType::fromType<QString>());
}

void bindIntervention(QSqlQuery &q, const Intervention &i)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(i.id));
    q.bindValue(QStringLiteral(":programme_id"), sql::uuid(i.programmeId));
    q.bindValue(QStringLiteral(":date"), sql::date(i.date));
    q.bindValue(QStringLiteral(":start_time"), timeValue(i.startTime));
    q.bindValue(QStringLiteral(":status"), toCode(i.status));
    q.bindValue(QStringLiteral(":channel"), i.channel);
    q.bindValue(QStringLiteral(":intervention_type"), i.interventionType);
    q.bindValue(QStringLiteral(":duration_min"), i.durationMin);
    q.bindValue(QStringLiteral(":note"), sql::text(i.note.trimmed()));
}
} // namespace

InterventionRepository::InterventionRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock),
      m_programmeExists(prepare(db, QStringLiteral("SELECT 1 FROM programme WHERE id = :key"))),
      m_channelExists(prepare(db, QStringLiteral("SELECT 1 FROM ref_channel WHERE code = :key"))),
      m_typeExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_intervention_type WHERE code = :key"))),
      m_caseProgramme(prepare(
          db, QStringLiteral("SELECT programme_id, number FROM case_file WHERE id = :key"))),
      m_workerExists(prepare(db, QStringLiteral("SELECT 1 FROM worker WHERE id = :key"))),
      m_selectById(prepare(db, selectColumns + QStringLiteral("WHERE i.id = :id"))),
      m_selectByCase(
          prepare(db, selectColumns +
                          QStringLiteral("WHERE i.id IN (SELECT intervention_id FROM "
                                         "intervention_case WHERE case_id = :case) "
                                         "AND (:archived = 1 OR i.archived_at IS NULL)") +
                          timelineOrder)),
      m_selectByWorker(
          prepare(db, selectColumns +
                          QStringLiteral("WHERE i.id IN (SELECT intervention_id FROM "
                                         "intervention_worker WHERE worker_id = :worker) "
                                         "AND (:from IS NULL OR i.date >= :from) "
                                         "AND (:to IS NULL OR i.date <= :to) "
                                         "AND i.archived_at IS NULL") +
                          timelineOrder)),
      m_selectByProgramme(prepare(db, selectColumns +
                                          QStringLiteral("WHERE i.programme_id = :programme "
                                                         "AND (:from IS NULL OR i.date >= :from) "
                                                         "AND (:to IS NULL OR i.date <= :to) "
                                                         "AND i.archived_at IS NULL") +
                                          timelineOrder)),
      m_selectCaseLinks(prepare(db, QStringLiteral("SELECT case_id FROM intervention_case WHERE "
                                                   "intervention_id = :id"))),
      m_selectWorkerLinks(prepare(db, QStringLiteral("SELECT worker_id FROM intervention_worker "
                                                     "WHERE intervention_id = :id"))),
      m_insert(prepare(
          db, QStringLiteral("INSERT INTO intervention (id, programme_id, date, start_time, "
                             "status, channel, intervention_type, duration_min, note, created_at, "
                             "updated_at) VALUES (:id, :programme_id, :date, :start_time, :status, "
                             ":channel, :intervention_type, :duration_min, :note, :now, :now)"))),
      m_update(prepare(
          db, QStringLiteral("UPDATE intervention SET programme_id = :programme_id, date = :date, "
                             "start_time = :start_time, status = :status, channel = :channel, "
                             "intervention_type = :intervention_type, duration_min = "
                             ":duration_min, note = :note, updated_at = :now WHERE id = :id"))),
      m_updateStatus(prepare(db, QStringLiteral("UPDATE intervention SET status = :status, "
                                                "duration_min = :duration_min, updated_at = :now "
                                                "WHERE id = :id"))),
      m_insertCaseLink(
          prepare(db, QStringLiteral("INSERT INTO intervention_case (intervention_id, "
                                     "case_id) VALUES (:id, :key) ON CONFLICT DO NOTHING"))),
      m_deleteCaseLink(prepare(db, QStringLiteral("DELETE FROM intervention_case WHERE "
                                                  "intervention_id = :id AND case_id = :key"))),
      m_insertWorkerLink(
          prepare(db, QStringLiteral("INSERT INTO intervention_worker "
                                     "(intervention_id, worker_id) VALUES (:id, :key) "
                                     "ON CONFLICT DO NOTHING"))),
      m_deleteWorkerLink(prepare(db, QStringLiteral("DELETE FROM intervention_worker WHERE "
                                                    "intervention_id = :id AND worker_id = :key"))),
      m_setArchived(
          prepare(db, QStringLiteral("UPDATE intervention SET archived_at = :archived_at, "
                                     "updated_at = :now WHERE id = :id")))
{
}

Uuid InterventionRepository::create(Intervention i)
{
    Transaction tx(m_db.handle());
    if (i.id.isNull())
        i.id = Uuid::createV7();
    Validator v(recordLabel(i));
    validate(i, v);
    check(i, v);
    v.throwIfFailed();

    bindIntervention(m_insert, i);
    m_insert.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_insert, recordLabel(i));
    saveLinks(i);
    tx.commit();
    qCInfo(lcDomain) << "intervention created" << i.id.toString() << "cases" << i.caseIds.size()
                     << "workers" << i.workerIds.size();
    return i.id;
}

void InterventionRepository::update(const Intervention &i)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(i.id));
    if (!readOne(m_selectById))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Intervention introuvable."),
                              recordLabel(i));
    Validator v(recordLabel(i));
    validate(i, v);
    check(i, v);
    v.throwIfFailed();

    bindIntervention(m_update, i);
    m_update.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_update, recordLabel(i));
    saveLinks(i);
    tx.commit();
}

std::optional<Intervention> InterventionRepository::find(const Uuid &id) const
{
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    return readOne(m_selectById);
}

QList<Intervention> InterventionRepository::listForCase(const Uuid &caseId,
                                                        bool includeArchived) const
{
    m_selectByCase.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    m_selectByCase.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    return readAll(m_selectByCase);
}

QList<Intervention> InterventionRepository::listForWorker(const Uuid &workerId, const QDate &from,
                                                          const QDate &to) const
{
    m_selectByWorker.bindValue(QStringLiteral(":worker"), sql::uuid(workerId));
    m_selectByWorker.bindValue(QStringLiteral(":from"), sql::date(from));
    m_selectByWorker.bindValue(QStringLiteral(":to"), sql::date(to));
    return readAll(m_selectByWorker);
}

QList<Intervention> InterventionRepository::listForProgramme(const Uuid &programmeId,
                                                             const QDate &from,
                                                             const QDate &to) const
{
    m_selectByProgramme.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    m_selectByProgramme.bindValue(QStringLiteral(":from"), sql::date(from));
    m_selectByProgramme.bindValue(QStringLiteral(":to"), sql::date(to));
    return readAll(m_selectByProgramme);
}

void InterventionRepository::setStatus(const Uuid &id, InterventionStatus status,
                                       std::optional<int> durationMin)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    std::optional<Intervention> i = readOne(m_selectById);
    if (!i)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Intervention introuvable."),
                              id.isNull() ? QStringLiteral("intervention")
                                          : QStringLiteral("intervention ") + id.toString());
    i->status = status;
    if (durationMin)
        i->durationMin = *durationMin;
    Validator v(recordLabel(*i));
    validate(*i, v);
    check(*i, v);
    v.throwIfFailed();

    m_updateStatus.bindValue(QStringLiteral(":id"), sql::uuid(id));
    m_updateStatus.bindValue(QStringLiteral(":status"), toCode(status));
    m_updateStatus.bindValue(QStringLiteral(":duration_min"), i->durationMin);
    m_updateStatus.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_updateStatus, recordLabel(*i));
    tx.commit();
}

void InterventionRepository::archive(const Uuid &id)
{
    setArchived(id, true);
}

void InterventionRepository::restore(const Uuid &id)
{
    setArchived(id, false);
}

void InterventionRepository::check(const Intervention &i, Validator &v) const
{
    if (!i.programmeId.isNull() && !exists(m_programmeExists, sql::uuid(i.programmeId)))
        v.fail(QStringLiteral("programme_id"), ValidationText::tr("Dispositif introuvable."));
    if (!i.channel.isEmpty() && !exists(m_channelExists, i.channel))
        v.fail(QStringLiteral("channel"),
               ValidationText::tr("Modalité inconnue : « %1 ».").arg(i.channel));
    if (!i.interventionType.isEmpty() && !exists(m_typeExists, i.interventionType))
        v.fail(QStringLiteral("intervention_type"),
               ValidationText::tr("Type d'intervention inconnu : « %1 ».").arg(i.interventionType));
    if (i.status == InterventionStatus::Done && i.date.isValid() && i.date > m_clock.today())
        v.fail(QStringLiteral("date"),
               ValidationText::tr("Une intervention à venir ne peut pas être marquée réalisée."));

    for (const Uuid &caseId : i.caseIds) {
        if (caseId.isNull())
            continue;
        m_caseProgramme.bindValue(QStringLiteral(":key"), sql::uuid(caseId));
        sql::exec(m_caseProgramme);
        const bool found = m_caseProgramme.next();
        const Uuid programme = found ? sql::uuidAt(m_caseProgramme, 0) : Uuid();
        const QString number = found ? m_caseProgramme.value(1).toString() : QString();
        m_caseProgramme.finish();
        if (!found)
            v.fail(QStringLiteral("intervention_case.case_id"),
                   ValidationText::tr("Une situation liée est introuvable."));
        // Invariant 10: an intervention serves the cases of its own programme.
        else if (programme != i.programmeId)
            v.fail(QStringLiteral("intervention_case.case_id"),
                   ValidationText::tr(
                       "La situation %1 n'appartient pas au dispositif de l'intervention.")
                       .arg(number));
    }
    for (const Uuid &workerId : i.workerIds) {
        if (!workerId.isNull() && !exists(m_workerExists, sql::uuid(workerId)))
            v.fail(QStringLiteral("intervention_worker.worker_id"),
                   ValidationText::tr("Un intervenant est introuvable."));
    }
}

void InterventionRepository::saveLinks(const Intervention &i)
{
    const QVariant id = sql::uuid(i.id);
    const QString record = recordLabel(i);
    const auto sync = [&](QSqlQuery &select, QSqlQuery &remove, QSqlQuery &insert,
                          const QList<Uuid> &wanted) {
        const QSet<Uuid> keep(wanted.cbegin(), wanted.cend());
        select.bindValue(QStringLiteral(":id"), id);
        sql::exec(select);
        QList<Uuid> stored;
        while (select.next())
            stored.append(sql::uuidAt(select, 0));
        select.finish();
        for (const Uuid &s : std::as_const(stored)) {
            if (!keep.contains(s)) {
                remove.bindValue(QStringLiteral(":id"), id);
                remove.bindValue(QStringLiteral(":key"), sql::uuid(s));
                sql::exec(remove, record);
            }
        }
        for (const Uuid &w : wanted) {
            insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":key"), sql::uuid(w));
            sql::exec(insert, record);
        }
    };
    sync(m_selectCaseLinks, m_deleteCaseLink, m_insertCaseLink, i.caseIds);
    sync(m_selectWorkerLinks, m_deleteWorkerLink, m_insertWorkerLink, i.workerIds);
}

std::optional<Intervention> InterventionRepository::readOne(QSqlQuery &q) const
{
    return sql::readOne(q, interventionAt);
}

QList<Intervention> InterventionRepository::readAll(QSqlQuery &q) const
{
    return sql::readAll(q, interventionAt);
}

void InterventionRepository::setArchived(const Uuid &id, bool archived)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    const std::optional<Intervention> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Intervention introuvable."),
                              id.isNull() ? QStringLiteral("intervention")
                                          : QStringLiteral("intervention ") + id.toString());
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
