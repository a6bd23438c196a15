#include "repositories/ProgrammeRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
constexpr QLatin1StringView table("programme");
constexpr auto columns = "id, organisation_id, code, name, description, territory, start_date,"
                         " end_date, created_at, updated_at, archived_at";

Programme read(const QSqlQuery &q)
{
    Programme p;
    p.id = sql::uuidAt(q, 0);
    p.organisationId = sql::uuidAt(q, 1);
    p.code = q.value(2).toString();
    p.name = q.value(3).toString();
    p.description = q.value(4).toString();
    p.territory = q.value(5).toString();
    p.startDate = sql::dateAt(q, 6);
    p.endDate = sql::dateAt(q, 7);
    p.createdAt = timestampAt(q, 8);
    p.updatedAt = timestampAt(q, 9);
    p.archivedAt = timestampAt(q, 10);
    return p;
}

void bindFields(QSqlQuery &q, const Programme &p)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
    q.bindValue(QStringLiteral(":organisation_id"), sql::uuid(p.organisationId));
    q.bindValue(QStringLiteral(":code"), p.code);
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":description"), sql::text(p.description));
    q.bindValue(QStringLiteral(":territory"), sql::text(p.territory.trimmed()));
    q.bindValue(QStringLiteral(":start_date"), sql::date(p.startDate));
    q.bindValue(QStringLiteral(":end_date"), sql::date(p.endDate));
}
} // namespace

ProgrammeRepository::ProgrammeRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

void ProgrammeRepository::checkReferences(const Programme &p, Validator &v)
{
    if (!p.organisationId.isNull() &&
        !m_sql.exists(QLatin1StringView("organisation"), p.organisationId))
        v.fail(QStringLiteral("organisation_id"),
               ValidationText::tr("Cette organisation n'existe pas."));
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "SELECT 1 FROM programme WHERE organisation_id = :organisation_id AND code = :code"
        " AND id <> :id AND archived_at IS NULL"));
    q.bindValue(QStringLiteral(":organisation_id"), sql::uuid(p.organisationId));
    q.bindValue(QStringLiteral(":code"), p.code);
    q.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
    sql::exec(q);
    if (q.next())
        v.fail(QStringLiteral("code"),
               ValidationText::tr(
                   "Le code « %1 » est déjà celui d'un autre programme de l'organisation.")
                   .arg(p.code));
    q.finish();
}

Uuid ProgrammeRepository::create(Programme p)
{
    if (p.id.isNull())
        p.id = Uuid::createV7();
    Validator v(recordLabel(p));
    validate(p, v);
    Transaction tx(m_db.handle());
    checkReferences(p, v);
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO programme(id, organisation_id, code, name, description, territory, start_date,"
        " end_date, created_at, updated_at) VALUES (:id, :organisation_id, :code, :name,"
        " :description, :territory, :start_date, :end_date, :created, :updated)"));
    bindFields(q, p);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(p));
    tx.commit();
    return p.id;
}

void ProgrammeRepository::update(const Programme &p)
{
    Validator v(recordLabel(p));
    validate(p, v);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(table, p.id))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Programme introuvable."),
                              recordLabel(p));
    checkReferences(p, v);
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE programme SET organisation_id = :organisation_id, code = :code, name = :name,"
        " description = :description, territory = :territory, start_date = :start_date,"
        " end_date = :end_date, updated_at = :updated WHERE id = :id"));
    bindFields(q, p);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(p));
    tx.commit();
}

std::optional<Programme> ProgrammeRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(
        QStringLiteral("SELECT %1 FROM programme WHERE id = :id").arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<Programme> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<Programme> ProgrammeRepository::list(const Uuid &organisationId, bool includeArchived)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM programme"
                                            " WHERE (:org IS NULL OR organisation_id = :org2)"
                                            " AND (:all = 1 OR archived_at IS NULL)"
                                            " ORDER BY code, id")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":org"), sql::uuid(organisationId));
    q.bindValue(QStringLiteral(":org2"), sql::uuid(organisationId));
    q.bindValue(QStringLiteral(":all"), includeArchived ? 1 : 0);
    sql::exec(q);
    QList<Programme> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

void ProgrammeRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void ProgrammeRepository::restore(const Uuid &id)
{
    Transaction tx(m_db.handle());
    // A programme coming back must not share its code with one created meanwhile.
    if (const auto p = find(id); p && !p->archivedAt.isNull()) {
        Validator v(recordLabel(*p));
        checkReferences(*p, v);
        v.throwIfFailed();
    }
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
    tx.commit();
}

} // namespace passerelle
