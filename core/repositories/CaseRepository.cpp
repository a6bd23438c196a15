#include "repositories/CaseRepository.h"

#include "domain/CaseNumbering.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Logging.h"
#include "util/TrContext.h"

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

QString tableLabel(const Uuid &id)
{
    return QStringLiteral("case_file ") + id.toString();
}

const QLatin1String caseColumns(
    "c.id, c.programme_id, c.number, c.household_id, c.status, c.identified_on, c.oriented_on, "
    "c.accompanied_on, c.closed_on, c.close_reason, c.referral_partner_id, c.referral_date, "
    "c.referral_reason, c.needs_person, c.needs_professional, c.notes, c.created_at, "
    "c.updated_at, c.archived_at");

Case caseAt(const QSqlQuery &q)
{
    Case c;
    c.id = sql::uuidAt(q, 0);
    c.programmeId = sql::uuidAt(q, 1);
    c.number = q.value(2).toString();
    c.householdId = sql::uuidAt(q, 3);
    c.status = caseStatusFromCode(q.value(4).toString()).value_or(CaseStatus::Identified);
    c.identifiedOn = sql::dateAt(q, 5);
    c.orientedOn = sql::dateAt(q, 6);
    c.accompaniedOn = sql::dateAt(q, 7);
    c.closedOn = sql::dateAt(q, 8);
    c.closeReason = q.value(9).toString();
    c.referralPartnerId = sql::uuidAt(q, 10);
    c.referralDate = sql::dateAt(q, 11);
    c.referralReason = q.value(12).toString();
    c.needsPerson = q.value(13).toString();
    c.needsProfessional = q.value(14).toString();
    c.notes = q.value(15).toString();
    c.createdAt = timeAt(q, 16);
    c.updatedAt = timeAt(q, 17);
    c.archivedAt = timeAt(q, 18);
    return c;
}

void bindFields(QSqlQuery &q, const Case &c)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(c.id));
    q.bindValue(QStringLiteral(":household_id"), sql::uuid(c.householdId));
    q.bindValue(QStringLiteral(":identified_on"), sql::date(c.identifiedOn));
    q.bindValue(QStringLiteral(":referral_partner_id"), sql::uuid(c.referralPartnerId));
    q.bindValue(QStringLiteral(":referral_date"), sql::date(c.referralDate));
    q.bindValue(QStringLiteral(":referral_reason"), sql::text(c.referralReason.trimmed()));
    q.bindValue(QStringLiteral(":needs_person"), sql::text(c.needsPerson.trimmed()));
    q.bindValue(QStringLiteral(":needs_professional"), sql::text(c.needsProfessional.trimmed()));
    q.bindValue(QStringLiteral(":notes"), sql::text(c.notes.trimmed()));
}
} // namespace

CaseRepository::CaseRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_assignments(db), m_status(db, clock),
      m_programmeCode(prepare(db, QStringLiteral("SELECT code FROM programme WHERE id = :key"))),
      m_householdExists(prepare(db, QStringLiteral("SELECT 1 FROM household WHERE id = :key"))),
      m_partnerExists(prepare(db, QStringLiteral("SELECT 1 FROM partner WHERE id = :key"))),
      // A range on the number index reads only that year's numbers; the unary + keeps SQLite
      // from preferring the programme index, which would read every case of the programme.
      m_numbersOfYear(
          prepare(db, QStringLiteral("SELECT number FROM case_file WHERE number >= :prefix AND "
                                     "number < :after_prefix AND +programme_id = :programme"))),
      m_numberTaken(prepare(db, QStringLiteral("SELECT 1 FROM case_file WHERE programme_id = "
                                               ":programme AND number = :number AND id <> :id"))),
      m_firstAssessment(prepare(
          db, QStringLiteral("SELECT min(assessed_on) FROM assessment WHERE case_id = :key"))),
      m_selectById(prepare(db, QStringLiteral("SELECT ") + caseColumns +
                                   QStringLiteral(" FROM case_file c WHERE c.id = :id"))),
      m_selectByNumber(prepare(db, QStringLiteral("SELECT ") + caseColumns +
                                       QStringLiteral(" FROM case_file c WHERE c.number = "
                                                      ":number ORDER BY c.created_at, c.id"))),
      m_selectFiltered(prepare(
          db,
          QStringLiteral("SELECT ") + caseColumns +
              QStringLiteral(" FROM case_file c"
                             " WHERE (:programme IS NULL OR c.programme_id = :programme)"
                             " AND (:status IS NULL OR c.status = :status)"
                             " AND (:household IS NULL OR c.household_id = :household)"
                             " AND (:archived = 1 OR c.archived_at IS NULL)"
                             " AND (:number_start IS NULL"
                             "      OR substr(c.number, 1, length(:number_start)) = :number_start)"
                             " AND (:person IS NULL OR EXISTS (SELECT 1 FROM case_person p"
                             "      WHERE p.case_id = c.id AND p.person_id = :person))"
                             " AND (:worker IS NULL OR EXISTS (SELECT 1 FROM case_worker w"
                             "      WHERE w.case_id = c.id AND w.worker_id = :worker"
                             "      AND w.unassigned_on IS NULL))"
                             " ORDER BY c.identified_on DESC, c.number, c.id"))),
      m_insert(prepare(
          db, QStringLiteral(
                  "INSERT INTO case_file (id, programme_id, number, household_id, status, "
                  "identified_on, referral_partner_id, referral_date, referral_reason, "
                  "needs_person, needs_professional, notes, created_at, updated_at) VALUES "
                  "(:id, :programme_id, :number, :household_id, 'identified', :identified_on, "
                  ":referral_partner_id, :referral_date, :referral_reason, :needs_person, "
                  ":needs_professional, :notes, :now, :now)"))),
      m_update(prepare(
          db, QStringLiteral(
                  "UPDATE case_file SET household_id = :household_id, identified_on = "
                  ":identified_on, referral_partner_id = :referral_partner_id, referral_date = "
                  ":referral_date, referral_reason = :referral_reason, needs_person = "
                  ":needs_person, needs_professional = :needs_professional, notes = :notes, "
                  "updated_at = :now WHERE id = :id"))),
      m_setArchived(prepare(db, QStringLiteral("UPDATE case_file SET archived_at = :archived_at, "
                                               "updated_at = :now WHERE id = :id")))
{
}

Uuid CaseRepository::create(Case c)
{
    Transaction tx(m_db.handle());
    if (c.id.isNull())
        c.id = Uuid::createV7();
    c.number = c.number.trimmed();
    validate(c);

    Validator v(recordLabel(c));
    // The path of a case is its history: it starts identified and moves by changeStatus().
    if (c.status != CaseStatus::Identified || c.orientedOn.isValid() || c.accompaniedOn.isValid())
        v.fail(QStringLiteral("status"),
               ValidationText::tr(
                   "Une situation est créée au statut « Repérée » ; son parcours s'enregistre "
                   "ensuite par changement de statut."));
    if (c.identifiedOn > m_clock.today())
        v.fail(QStringLiteral("identified_on"),
               ValidationText::tr("« Date de repérage » ne peut pas être dans le futur."));

    m_programmeCode.bindValue(QStringLiteral(":key"), sql::uuid(c.programmeId));
    sql::exec(m_programmeCode);
    const bool programmeFound = m_programmeCode.next();
    const QString programmeCode = programmeFound ? m_programmeCode.value(0).toString() : QString();
    m_programmeCode.finish();
    if (!programmeFound)
        v.fail(QStringLiteral("programme_id"), ValidationText::tr("Dispositif introuvable."));

    if (c.number.isEmpty() && programmeFound) {
        c.number = nextNumber(c.programmeId, programmeCode, c.identifiedOn.year());
    } else if (!c.number.isEmpty()) {
        m_numberTaken.bindValue(QStringLiteral(":programme"), sql::uuid(c.programmeId));
        m_numberTaken.bindValue(QStringLiteral(":number"), c.number);
        m_numberTaken.bindValue(QStringLiteral(":id"), sql::uuid(c.id));
        sql::exec(m_numberTaken);
        if (m_numberTaken.next())
            v.fail(QStringLiteral("number"),
                   ValidationText::tr("Le numéro %1 est déjà attribué dans ce dispositif.")
                       .arg(c.number));
        m_numberTaken.finish();
    }
    checkReferences(c, v);
    v.throwIfFailed();

    const qint64 now = m_clock.nowMs();
    bindFields(m_insert, c);
    m_insert.bindValue(QStringLiteral(":programme_id"), sql::uuid(c.programmeId));
    m_insert.bindValue(QStringLiteral(":number"), c.number);
    m_insert.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_insert, recordLabel(c));
    m_status.recordCreation(c.id, c.identifiedOn);
    m_assignments.save(c);
    tx.commit();
    qCInfo(lcDomain) << "case created" << c.id.toString();
    return c.id;
}

void CaseRepository::update(const Case &c)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(c.id));
    const std::optional<Case> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Situation introuvable."),
                              c.id.isNull() ? QStringLiteral("case_file") : tableLabel(c.id));

    // What only a status change may touch is checked first, so that a moved identification
    // date is reported on identified_on rather than on the status dates it would overtake.
    Validator v(recordLabel(*stored));
    if (c.programmeId != stored->programmeId)
        v.fail(QStringLiteral("programme_id"),
               ValidationText::tr("Une situation ne change pas de dispositif."));
    if (c.number != stored->number)
        v.fail(QStringLiteral("number"),
               ValidationText::tr("Le numéro d'une situation ne se modifie pas."));
    if (c.status != stored->status || c.orientedOn != stored->orientedOn ||
        c.accompaniedOn != stored->accompaniedOn || c.closedOn != stored->closedOn ||
        c.closeReason != stored->closeReason)
        v.fail(QStringLiteral("status"),
               ValidationText::tr(
                   "Le statut et ses dates se changent par un changement de statut, qui garde "
                   "l'historique."));

    const bool identifiedMoved = c.identifiedOn != stored->identifiedOn;
    if (identifiedMoved) {
        if (c.identifiedOn > m_clock.today())
            v.fail(QStringLiteral("identified_on"),
                   ValidationText::tr("« Date de repérage » ne peut pas être dans le futur."));
        const QDate firstMove = m_status.firstMoveDate(c.id);
        if (firstMove.isValid() && c.identifiedOn > firstMove)
            v.fail(QStringLiteral("identified_on"),
                   ValidationText::tr(
                       "« Date de repérage » ne peut pas suivre le premier changement de statut "
                       "(%1).")
                       .arg(firstMove.toString(Qt::ISODate)));
        // Invariant 7: no assessment before the case was identified.
        m_firstAssessment.bindValue(QStringLiteral(":key"), sql::uuid(c.id));
        sql::exec(m_firstAssessment);
        const QDate firstAssessment =
            m_firstAssessment.next() ? sql::dateAt(m_firstAssessment, 0) : QDate();
        m_firstAssessment.finish();
        if (firstAssessment.isValid() && c.identifiedOn > firstAssessment)
            v.fail(QStringLiteral("identified_on"),
                   ValidationText::tr(
                       "« Date de repérage » ne peut pas suivre la première évaluation (%1).")
                       .arg(firstAssessment.toString(Qt::ISODate)));
    }
    v.throwIfFailed();
    validate(c);
    checkReferences(c, v);
    v.throwIfFailed();

    bindFields(m_update, c);
    m_update.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_update, recordLabel(c));
    if (identifiedMoved)
        m_status.moveCreation(c.id, c.identifiedOn);
    m_assignments.save(c);
    tx.commit();
}

std::optional<Case> CaseRepository::find(const Uuid &id) const
{
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    std::optional<Case> c = readOne(m_selectById);
    if (c)
        m_assignments.load(*c);
    return c;
}

QList<Case> CaseRepository::findByNumber(const QString &number) const
{
    m_selectByNumber.bindValue(QStringLiteral(":number"), number.trimmed());
    return readAll(m_selectByNumber);
}

QList<Case> CaseRepository::list(const CaseFilter &f) const
{
    QSqlQuery &q = m_selectFiltered;
    q.bindValue(QStringLiteral(":programme"), sql::uuid(f.programmeId));
    q.bindValue(QStringLiteral(":status"),
                f.status ? QVariant(toCode(*f.status)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":household"), sql::uuid(f.householdId));
    q.bindValue(QStringLiteral(":archived"), f.includeArchived ? 1 : 0);
    q.bindValue(QStringLiteral(":number_start"), sql::text(f.numberStart.trimmed()));
    q.bindValue(QStringLiteral(":person"), sql::uuid(f.personId));
    q.bindValue(QStringLiteral(":worker"), sql::uuid(f.workerId));
    return readAll(q);
}

void CaseRepository::archive(const Uuid &id)
{
    setArchived(id, true);
}

void CaseRepository::restore(const Uuid &id)
{
    setArchived(id, false);
}

void CaseRepository::changeStatus(const Uuid &caseId, CaseStatus newStatus, const QDate &date,
                                  const QString &reason, const QString &closeReason)
{
    m_status.changeStatus(caseId, newStatus, date, reason, closeReason);
}

QList<CaseStatusChange> CaseRepository::history(const Uuid &caseId) const
{
    return m_status.history(caseId);
}

std::optional<Case> CaseRepository::readOne(QSqlQuery &q) const
{
    return sql::readOne(q, caseAt);
}

QList<Case> CaseRepository::readAll(QSqlQuery &q) const
{
    QList<Case> out = sql::readAll(q, caseAt);
    // Children after the main query is finished: the child statements reuse the connection.
    for (Case &c : out)
        m_assignments.load(c);
    return out;
}

void CaseRepository::checkReferences(const Case &c, Validator &v) const
{
    if (!c.householdId.isNull() && !exists(m_householdExists, sql::uuid(c.householdId)))
        v.fail(QStringLiteral("household_id"), ValidationText::tr("Ménage introuvable."));
    if (!c.referralPartnerId.isNull() && !exists(m_partnerExists, sql::uuid(c.referralPartnerId)))
        v.fail(QStringLiteral("referral_partner_id"),
               ValidationText::tr("Partenaire à l'origine de la saisine introuvable."));
    m_assignments.check(c, v);
}

QString CaseRepository::nextNumber(const Uuid &programmeId, const QString &programmeCode,
                                   int year) const
{
    m_numbersOfYear.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    const QString prefix = CaseNumbering::prefix(programmeCode, year);
    // "PA-2025." is the first text after every "PA-2025-…" ('.' follows '-').
    const QString afterPrefix = prefix.chopped(1) + u'.';
    m_numbersOfYear.bindValue(QStringLiteral(":prefix"), prefix);
    m_numbersOfYear.bindValue(QStringLiteral(":after_prefix"), afterPrefix);
    sql::exec(m_numbersOfYear);
    QStringList numbers;
    while (m_numbersOfYear.next())
        numbers.append(m_numbersOfYear.value(0).toString());
    m_numbersOfYear.finish();
    return CaseNumbering::next(numbers, programmeCode, year);
}

void CaseRepository::setArchived(const Uuid &id, bool archived)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    const std::optional<Case> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Situation introuvable."),
                              id.isNull() ? QStringLiteral("case_file") : tableLabel(id));
    if (stored->archivedAt.isValid() == archived)
        return; // already in the requested state: nothing to write
    const qint64 now = m_clock.nowMs();
    m_setArchived.bindValue(QStringLiteral(":id"), sql::uuid(id));
    m_setArchived.bindValue(QStringLiteral(":archived_at"),
                            archived ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
    m_setArchived.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_setArchived, recordLabel(*stored));
    tx.commit();
}

} // namespace passerelle
