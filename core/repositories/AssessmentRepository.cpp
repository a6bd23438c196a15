#include "repositories/AssessmentRepository.h"

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

const QLatin1String
    assessmentColumns("a.id, a.case_id, a.assessed_on, a.dimension, a.score, "
                      "a.source, a.note, a.created_at, a.updated_at, a.archived_at");

Assessment assessmentAt(const QSqlQuery &q)
{
    Assessment a;
    a.id = sql::uuidAt(q, 0);
    a.caseId = sql::uuidAt(q, 1);
    a.assessedOn = sql::dateAt(q, 2);
    a.dimension = q.value(3).toString();
    a.score = int(sql::integerAt(q, 4).value_or(0));
    a.source = assessmentSourceFromCode(q.value(5).toString()).value_or(AssessmentSource::Team);
    a.note = q.value(6).toString();
    a.createdAt = timeAt(q, 7);
    a.updatedAt = timeAt(q, 8);
    a.archivedAt = timeAt(q, 9);
    return a;
}

void bindAssessment(QSqlQuery &q, const Assessment &a)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(a.id));
    q.bindValue(QStringLiteral(":case_id"), sql::uuid(a.caseId));
    q.bindValue(QStringLiteral(":assessed_on"), sql::date(a.assessedOn));
    q.bindValue(QStringLiteral(":dimension"), a.dimension);
    q.bindValue(QStringLiteral(":score"), a.score);
    q.bindValue(QStringLiteral(":source"), toCode(a.source));
    q.bindValue(QStringLiteral(":note"), sql::text(a.note.trimmed()));
}
} // namespace

AssessmentRepository::AssessmentRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock),
      m_caseIdentifiedOn(prepare(
          db, QStringLiteral("SELECT identified_on, number FROM case_file WHERE id = :id"))),
      m_dimensionExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_outcome_dimension WHERE code = :code"))),
      m_selectById(prepare(db, QStringLiteral("SELECT ") + assessmentColumns +
                                   QStringLiteral(" FROM assessment a WHERE a.id = :id"))),
      m_selectForCase(
          prepare(db, QStringLiteral("SELECT ") + assessmentColumns +
                          QStringLiteral(" FROM assessment a LEFT JOIN ref_outcome_dimension r ON "
                                         "r.code = a.dimension WHERE a.case_id = :case AND "
                                         "a.archived_at IS NULL AND (:dimension IS NULL OR "
                                         "a.dimension = :dimension) AND (:source IS NULL OR "
                                         "a.source = :source) ORDER BY a.assessed_on, r.position, "
                                         "a.dimension, a.source = 'team', a.created_at, a.id"))),
      m_insert(prepare(
          db, QStringLiteral("INSERT INTO assessment (id, case_id, assessed_on, dimension, score, "
                             "source, note, created_at, updated_at) VALUES (:id, :case_id, "
                             ":assessed_on, :dimension, :score, :source, :note, :now, :now)"))),
      m_update(prepare(
          db, QStringLiteral("UPDATE assessment SET case_id = :case_id, assessed_on = "
                             ":assessed_on, dimension = :dimension, score = :score, source = "
                             ":source, note = :note, updated_at = :now WHERE id = :id"))),
      m_setArchived(prepare(db, QStringLiteral("UPDATE assessment SET archived_at = :archived_at, "
                                               "updated_at = :now WHERE id = :id")))
{
}

Uuid AssessmentRepository::record(Assessment a)
{
    Transaction tx(m_db.handle());
    if (a.id.isNull())
        a.id = Uuid::createV7();
    validate(a);
    Validator v(recordLabel(a));
    check(a, v);
    v.throwIfFailed();

    bindAssessment(m_insert, a);
    m_insert.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_insert, recordLabel(a));
    tx.commit();
    qCInfo(lcDomain) << "assessment recorded" << a.id.toString() << "case" << a.caseId.toString();
    return a.id;
}

void AssessmentRepository::update(const Assessment &a)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(a.id));
    if (!readOne(m_selectById))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Évaluation introuvable."),
                              recordLabel(a));
    validate(a);
    Validator v(recordLabel(a));
    check(a, v);
    v.throwIfFailed();

    bindAssessment(m_update, a);
    m_update.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_update, recordLabel(a));
    tx.commit();
}

std::optional<Assessment> AssessmentRepository::find(const Uuid &id) const
{
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    return readOne(m_selectById);
}

QList<Assessment> AssessmentRepository::listForCase(const Uuid &caseId, const QString &dimension,
                                                    std::optional<AssessmentSource> source) const
{
    m_selectForCase.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    m_selectForCase.bindValue(QStringLiteral(":dimension"), sql::text(dimension));
    m_selectForCase.bindValue(QStringLiteral(":source"),
                              source ? QVariant(toCode(*source))
                                     : QVariant(QMetaType::fromType<QString>()));
    sql::exec(m_selectForCase);
    QList<Assessment> out;
    while (m_selectForCase.next())
        out.append(assessmentAt(m_selectForCase));
    m_selectForCase.finish();
    return out;
}

void AssessmentRepository::archive(const Uuid &id)
{
    setArchived(id, true);
}

void AssessmentRepository::restore(const Uuid &id)
{
    setArchived(id, false);
}

void AssessmentRepository::check(const Assessment &a, Validator &v) const
{
    if (!a.caseId.isNull()) {
        m_caseIdentifiedOn.bindValue(QStringLiteral(":id"), sql::uuid(a.caseId));
        sql::exec(m_caseIdentifiedOn);
        const bool found = m_caseIdentifiedOn.next();
        const QDate identifiedOn = found ? sql::dateAt(m_caseIdentifiedOn, 0) : QDate();
        const QString number = found ? m_caseIdentifiedOn.value(1).toString() : QString();
        m_caseIdentifiedOn.finish();
        if (!found)
            v.fail(QStringLiteral("case_id"), ValidationText::tr("Situation introuvable."));
        // Invariant 7.
        else if (a.assessedOn.isValid() && a.assessedOn < identifiedOn)
            v.fail(QStringLiteral("assessed_on"),
                   ValidationText::tr(
                       "« Date de l'évaluation » ne peut pas précéder le repérage de la situation "
                       "%1 (%2).")
                       .arg(number, identifiedOn.toString(Qt::ISODate)));
    }
    if (a.assessedOn.isValid() && a.assessedOn > m_clock.today())
        v.fail(QStringLiteral("assessed_on"),
               ValidationText::tr("« Date de l'évaluation » ne peut pas être dans le futur."));
    if (!a.dimension.isEmpty()) {
        m_dimensionExists.bindValue(QStringLiteral(":code"), a.dimension);
        sql::exec(m_dimensionExists);
        if (!m_dimensionExists.next())
            v.fail(QStringLiteral("dimension"),
                   ValidationText::tr("Dimension évaluée inconnue : « %1 ».").arg(a.dimension));
        m_dimensionExists.finish();
    }
}

std::optional<Assessment> AssessmentRepository::readOne(QSqlQuery &q) const
{
    return sql::readOne(q, assessmentAt);
}

void AssessmentRepository::setArchived(const Uuid &id, bool archived)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    const std::optional<Assessment> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Évaluation introuvable."),
                              id.isNull() ? QStringLiteral("assessment")
                                          : QStringLiteral("assessment ") + id.toString());
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
