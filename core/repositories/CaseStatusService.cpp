#include "repositories/CaseStatusService.h"

#include "domain/Case.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Logging.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
QSqlQuery prepare(const Database &db, const char *sql)
{
    return sql::prepare(db.connection(), QString::fromLatin1(sql));
}

QDateTime timeAt(const QSqlQuery &q, int column)
{
    const auto ms = sql::integerAt(q, column);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QString statusList(const QList<CaseStatus> &statuses)
{
    QStringList labels;
    for (const CaseStatus s : statuses)
        labels.append(ValidationText::tr("« %1 »").arg(label(s)));
    return labels.join(QStringLiteral(", "));
}
} // namespace

CaseStatusService::CaseStatusService(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock),
      m_selectCase(prepare(db, "SELECT number, status, identified_on, oriented_on, accompanied_on, "
                               "archived_at FROM case_file WHERE id = :id")),
      m_lastChange(
          prepare(db, "SELECT max(changed_on) FROM case_status_change WHERE case_id = :id")),
      m_firstMove(prepare(db, "SELECT min(changed_on) FROM case_status_change "
                              "WHERE case_id = :id AND from_status IS NOT NULL")),
      m_closeReasonExists(prepare(db, "SELECT 1 FROM ref_close_reason WHERE code = :code")),
      m_selectHistory(prepare(db,
                              "SELECT id, from_status, to_status, changed_on, reason, created_at, "
                              "updated_at, archived_at FROM case_status_change "
                              "WHERE case_id = :id ORDER BY changed_on, created_at, id")),
      m_updateCase(prepare(db, "UPDATE case_file SET status = :status, oriented_on = :oriented_on, "
                               "accompanied_on = :accompanied_on, closed_on = :closed_on, "
                               "close_reason = :close_reason, updated_at = :now WHERE id = :id")),
      m_insertChange(prepare(db, "INSERT INTO case_status_change (id, case_id, from_status, "
                                 "to_status, changed_on, reason, created_at, updated_at) VALUES "
                                 "(:id, :case, :from, :to, :changed_on, :reason, :now, :now)")),
      m_moveCreation(prepare(db, "UPDATE case_status_change SET changed_on = :changed_on, "
                                 "updated_at = :now WHERE case_id = :case AND from_status IS NULL "
                                 "AND changed_on IS NOT :changed_on"))
{
}

void CaseStatusService::changeStatus(const Uuid &caseId, CaseStatus newStatus, const QDate &date,
                                     const QString &reason, const QString &closeReason)
{
    Transaction tx(m_db.handle());

    m_selectCase.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    sql::exec(m_selectCase);
    if (!m_selectCase.next()) {
        m_selectCase.finish();
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Situation introuvable."),
                              caseId.isNull() ? QStringLiteral("case_file")
                                              : QStringLiteral("case_file ") + caseId.toString());
    }
    Case c;
    c.id = caseId;
    c.number = m_selectCase.value(0).toString();
    const CaseStatus from =
        caseStatusFromCode(m_selectCase.value(1).toString()).value_or(CaseStatus::Identified);
    c.identifiedOn = sql::dateAt(m_selectCase, 2);
    c.orientedOn = sql::dateAt(m_selectCase, 3);
    c.accompaniedOn = sql::dateAt(m_selectCase, 4);
    const bool archived = !m_selectCase.value(5).isNull();
    m_selectCase.finish();

    m_lastChange.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    sql::exec(m_lastChange);
    const QDate lastChange = m_lastChange.next() ? sql::dateAt(m_lastChange, 0) : QDate();
    m_lastChange.finish();

    Validator v(recordLabel(c));
    if (archived)
        v.fail(QStringLiteral("status"),
               ValidationText::tr(
                   "Cette situation est archivée : restaurez-la avant de changer son statut."));
    if (newStatus == from)
        v.fail(QStringLiteral("status"),
               ValidationText::tr("La situation est déjà au statut « %1 ».").arg(label(from)));
    else if (!isAllowedTransition(from, newStatus))
        v.fail(QStringLiteral("status"),
               ValidationText::tr("Passage impossible de « %1 » à « %2 » ; depuis « %1 » : %3.")
                   .arg(label(from), label(newStatus), statusList(allowedNextStatuses(from))));

    if (!date.isValid())
        v.fail(QStringLiteral("changed_on"),
               ValidationText::tr("« Date du changement » doit être une date valide."));
    else if (date < c.identifiedOn)
        v.fail(QStringLiteral("changed_on"),
               ValidationText::tr(
                   "« Date du changement » ne peut pas précéder la date de repérage (%1).")
                   .arg(c.identifiedOn.toString(Qt::ISODate)));
    else if (lastChange.isValid() && date < lastChange)
        v.fail(QStringLiteral("changed_on"),
               ValidationText::tr(
                   "« Date du changement » ne peut pas précéder le changement précédent (%1).")
                   .arg(lastChange.toString(Qt::ISODate)));
    else if (date > m_clock.today())
        v.fail(QStringLiteral("changed_on"),
               ValidationText::tr("« Date du changement » ne peut pas être dans le futur."));

    if (newStatus == CaseStatus::Closed) {
        if (closeReason.trimmed().isEmpty()) {
            v.fail(QStringLiteral("close_reason"),
                   ValidationText::tr("« Motif de clôture » est obligatoire pour clôturer."));
        } else {
            m_closeReasonExists.bindValue(QStringLiteral(":code"), closeReason);
            sql::exec(m_closeReasonExists);
            const bool known = m_closeReasonExists.next();
            m_closeReasonExists.finish();
            if (!known)
                v.fail(QStringLiteral("close_reason"),
                       ValidationText::tr("Motif de clôture inconnu : « %1 ».").arg(closeReason));
        }
    } else if (!closeReason.isEmpty()) {
        v.fail(
            QStringLiteral("close_reason"),
            ValidationText::tr("Un motif de clôture ne s'indique qu'en clôturant la situation."));
    }
    v.throwIfFailed();

    // Reaching a stage records its day and forgets the later stages; closing keeps them.
    switch (newStatus) {
    case CaseStatus::Identified:
        c.orientedOn = QDate();
        c.accompaniedOn = QDate();
        break;
    case CaseStatus::Oriented:
        c.orientedOn = date;
        c.accompaniedOn = QDate();
        break;
    case CaseStatus::Accompanied:
        c.accompaniedOn = date;
        break;
    case CaseStatus::Closed:
        c.closedOn = date;
        c.closeReason = closeReason;
        break;
    }

    const qint64 now = m_clock.nowMs();
    m_updateCase.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    m_updateCase.bindValue(QStringLiteral(":status"), toCode(newStatus));
    m_updateCase.bindValue(QStringLiteral(":oriented_on"), sql::date(c.orientedOn));
    m_updateCase.bindValue(QStringLiteral(":accompanied_on"), sql::date(c.accompaniedOn));
    m_updateCase.bindValue(QStringLiteral(":closed_on"), sql::date(c.closedOn));
    m_updateCase.bindValue(QStringLiteral(":close_reason"), sql::text(c.closeReason));
    m_updateCase.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_updateCase, recordLabel(c));
    insertChange(caseId, from, newStatus, date, reason, now);
    tx.commit();
    qCInfo(lcDomain) << "case" << caseId.toString() << "status" << toCode(from) << "->"
                     << toCode(newStatus);
}

QList<CaseStatusChange> CaseStatusService::history(const Uuid &caseId) const
{
    m_selectHistory.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    sql::exec(m_selectHistory);
    QList<CaseStatusChange> out;
    while (m_selectHistory.next()) {
        CaseStatusChange ch;
        ch.id = sql::uuidAt(m_selectHistory, 0);
        ch.caseId = caseId;
        if (!m_selectHistory.value(1).isNull())
            ch.fromStatus = caseStatusFromCode(m_selectHistory.value(1).toString());
        ch.toStatus = caseStatusFromCode(m_selectHistory.value(2).toString())
                          .value_or(CaseStatus::Identified);
        ch.changedOn = sql::dateAt(m_selectHistory, 3);
        ch.reason = m_selectHistory.value(4).toString();
        ch.createdAt = timeAt(m_selectHistory, 5);
        ch.updatedAt = timeAt(m_selectHistory, 6);
        ch.archivedAt = timeAt(m_selectHistory, 7);
        out.append(ch);
    }
    m_selectHistory.finish();
    return out;
}

void CaseStatusService::recordCreation(const Uuid &caseId, const QDate &identifiedOn)
{
    insertChange(caseId, std::nullopt, CaseStatus::Identified, identifiedOn, {}, m_clock.nowMs());
}

void CaseStatusService::moveCreation(const Uuid &caseId, const QDate &identifiedOn)
{
    m_moveCreation.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    m_moveCreation.bindValue(QStringLiteral(":changed_on"), sql::date(identifiedOn));
    m_moveCreation.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_moveCreation);
}

QDate CaseStatusService::firstMoveDate(const Uuid &caseId) const
{
    m_firstMove.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    sql::exec(m_firstMove);
    const QDate first = m_firstMove.next() ? sql::dateAt(m_firstMove, 0) : QDate();
    m_firstMove.finish();
    return first;
}

void CaseStatusService::insertChange(const Uuid &caseId, std::optional<CaseStatus> from,
                                     CaseStatus to, const QDate &date, const QString &reason,
                                     qint64 now)
{
    m_insertChange.bindValue(QStringLiteral(":id"), sql::uuid(Uuid::createV7()));
    m_insertChange.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    m_insertChange.bindValue(QStringLiteral(":from"),
                             from ? QVariant(toCode(*from))
                                  : QVariant(QMetaType::fromType<QString>()));
    m_insertChange.bindValue(QStringLiteral(":to"), toCode(to));
    m_insertChange.bindValue(QStringLiteral(":changed_on"), sql::date(date));
    m_insertChange.bindValue(QStringLiteral(":reason"), sql::text(reason.trimmed()));
    m_insertChange.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_insertChange, QStringLiteral("case_status_change"));
}

} // namespace passerelle
