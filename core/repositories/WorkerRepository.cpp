#include "repositories/WorkerRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
constexpr QLatin1StringView table("worker");
constexpr auto columns = "id, organisation_id, code, display_name, role, profession, fte,"
                         " trained_on, active, email, phone, created_at, updated_at, archived_at";

// case_worker.pair_role as the French screens name it (the table belongs to the casework
// side; only its three codes matter here).
QString pairRoleLabel(const QString &pairRole)
{
    if (pairRole == u"peer")
        return QCoreApplication::translate("Domain", "pair");
    if (pairRole == u"professional")
        return QCoreApplication::translate("Domain", "professionnel du binôme");
    if (pairRole == u"referent")
        return QCoreApplication::translate("Domain", "référent");
    return pairRole;
}

Worker read(const QSqlQuery &q)
{
    Worker w;
    w.id = sql::uuidAt(q, 0);
    w.organisationId = sql::uuidAt(q, 1);
    w.code = q.value(2).toString();
    w.displayName = q.value(3).toString();
    // The schema's CHECK admits only known roles, so the fallback is never taken.
    w.role = workerRoleFromCode(q.value(4).toString()).value_or(WorkerRole::Professional);
    w.profession = q.value(5).toString();
    w.fte = q.value(6).toDouble();
    w.trainedOn = sql::dateAt(q, 7);
    w.active = q.value(8).toInt() != 0;
    w.email = q.value(9).toString();
    w.phone = q.value(10).toString();
    w.createdAt = timestampAt(q, 11);
    w.updatedAt = timestampAt(q, 12);
    w.archivedAt = timestampAt(q, 13);
    return w;
}

void bindFields(QSqlQuery &q, const Worker &w)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(w.id));
    q.bindValue(QStringLiteral(":organisation_id"), sql::uuid(w.organisationId));
    q.bindValue(QStringLiteral(":code"), w.code.trimmed());
    q.bindValue(QStringLiteral(":display_name"), w.displayName.trimmed());
    q.bindValue(QStringLiteral(":role"), toCode(w.role));
    q.bindValue(QStringLiteral(":profession"), sql::text(w.profession.trimmed()));
    q.bindValue(QStringLiteral(":fte"), w.fte);
    q.bindValue(QStringLiteral(":trained_on"), sql::date(w.trainedOn));
    q.bindValue(QStringLiteral(":active"), w.active ? 1 : 0);
    q.bindValue(QStringLiteral(":email"), sql::text(w.email.trimmed()));
    q.bindValue(QStringLiteral(":phone"), sql::text(w.phone.trimmed()));
}
} // namespace

WorkerRepository::WorkerRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

void WorkerRepository::checkReferences(const Worker &w, Validator &v)
{
    if (!w.organisationId.isNull() &&
        !m_sql.exists(QLatin1StringView("organisation"), w.organisationId))
        v.fail(QStringLiteral("organisation_id"),
               ValidationText::tr("Cette organisation n'existe pas."));
}

void WorkerRepository::checkAssignmentsAllow(const Worker &w, Validator &v)
{
    // Current = not unassigned, or unassigned only after today. Past assignments keep the
    // role the worker had then: a peer worker who becomes a professional keeps a history.
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "SELECT pair_role, count(*) FROM case_worker WHERE worker_id = :id"
        " AND (unassigned_on IS NULL OR unassigned_on > :today) GROUP BY pair_role"));
    q.bindValue(QStringLiteral(":id"), sql::uuid(w.id));
    q.bindValue(QStringLiteral(":today"), sql::date(m_clock.today()));
    sql::exec(q);
    while (q.next()) {
        const QString pairRole = q.value(0).toString();
        const int cases = q.value(1).toInt();
        if (!workerRoleAllowsPairRole(w.role, pairRole))
            v.fail(QStringLiteral("role"),
                   QCoreApplication::translate("Validation",
                                               "Cet intervenant est affecté comme « %1 » à %n "
                                               "situation(s) en cours, ce que le rôle « %2 » ne "
                                               "permet pas : retirez d'abord ces affectations.",
                                               nullptr, cases)
                       .arg(pairRoleLabel(pairRole), label(w.role)));
    }
    q.finish();
}

Uuid WorkerRepository::create(Worker w)
{
    if (w.id.isNull())
        w.id = Uuid::createV7();
    Validator v(recordLabel(w));
    validate(w, v);
    Transaction tx(m_db.handle());
    checkReferences(w, v);
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO worker(id, organisation_id, code, display_name, role, profession, fte,"
        " trained_on, active, email, phone, created_at, updated_at) VALUES (:id,"
        " :organisation_id, :code, :display_name, :role, :profession, :fte, :trained_on, :active,"
        " :email, :phone, :created, :updated)"));
    bindFields(q, w);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(w));
    tx.commit();
    return w.id;
}

void WorkerRepository::update(const Worker &w)
{
    Validator v(recordLabel(w));
    validate(w, v);
    Transaction tx(m_db.handle());
    const auto before = find(w.id);
    if (!before)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Intervenant introuvable."),
                              recordLabel(w));
    checkReferences(w, v);
    if (before->role != w.role)
        checkAssignmentsAllow(w, v);
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE worker SET organisation_id = :organisation_id, code = :code,"
        " display_name = :display_name, role = :role, profession = :profession, fte = :fte,"
        " trained_on = :trained_on, active = :active, email = :email, phone = :phone,"
        " updated_at = :updated WHERE id = :id"));
    bindFields(q, w);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(w));
    tx.commit();
}

std::optional<Worker> WorkerRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(
        QStringLiteral("SELECT %1 FROM worker WHERE id = :id").arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<Worker> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<Worker> WorkerRepository::list(const WorkerFilter &filter)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM worker"
                                            " WHERE (:org IS NULL OR organisation_id = :org2)"
                                            " AND (:role IS NULL OR role = :role2)"
                                            " AND (:active_only = 0 OR active = 1)"
                                            " AND (:all = 1 OR archived_at IS NULL)"
                                            " ORDER BY display_name, id")
                                 .arg(QLatin1StringView(columns)));
    const QVariant role = filter.role ? QVariant(toCode(*filter.role)) : sql::text({});
    q.bindValue(QStringLiteral(":org"), sql::uuid(filter.organisationId));
    q.bindValue(QStringLiteral(":org2"), sql::uuid(filter.organisationId));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":role2"), role);
    q.bindValue(QStringLiteral(":active_only"), filter.activeOnly ? 1 : 0);
    q.bindValue(QStringLiteral(":all"), filter.includeArchived ? 1 : 0);
    sql::exec(q);
    QList<Worker> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

void WorkerRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void WorkerRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

} // namespace passerelle
