#include "repositories/OrganisationRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
constexpr QLatin1StringView table("organisation");
constexpr auto columns =
    "id, name, short_name, commune, department, created_at, updated_at, archived_at";

Organisation read(const QSqlQuery &q)
{
    Organisation o;
    o.id = sql::uuidAt(q, 0);
    o.name = q.value(1).toString();
    o.shortName = q.value(2).toString();
    o.commune = q.value(3).toString();
    o.department = q.value(4).toString();
    o.createdAt = timestampAt(q, 5);
    o.updatedAt = timestampAt(q, 6);
    o.archivedAt = timestampAt(q, 7);
    return o;
}

void bindFields(QSqlQuery &q, const Organisation &o)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(o.id));
    q.bindValue(QStringLiteral(":name"), o.name.trimmed());
    q.bindValue(QStringLiteral(":short_name"), sql::text(o.shortName.trimmed()));
    q.bindValue(QStringLiteral(":commune"), sql::text(o.commune.trimmed()));
    q.bindValue(QStringLiteral(":department"), sql::text(o.department.trimmed()));
}
} // namespace

OrganisationRepository::OrganisationRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

Uuid OrganisationRepository::create(Organisation o)
{
    if (o.id.isNull())
        o.id = Uuid::createV7();
    validate(o);
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db.handle());
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO organisation(id, name, short_name, commune, department, created_at, "
        "updated_at)"
        " VALUES (:id, :name, :short_name, :commune, :department, :created, :updated)"));
    bindFields(q, o);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(o));
    tx.commit();
    return o.id;
}

void OrganisationRepository::update(const Organisation &o)
{
    validate(o);
    Transaction tx(m_db.handle());
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE organisation SET name = :name, short_name = :short_name, commune = :commune,"
        " department = :department, updated_at = :updated WHERE id = :id"));
    bindFields(q, o);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(o));
    if (q.numRowsAffected() == 0)
        throw ValidationError(
            QStringLiteral("id"),
            QCoreApplication::translate("Validation", "Organisation introuvable."), recordLabel(o));
    tx.commit();
}

std::optional<Organisation> OrganisationRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM organisation WHERE id = :id")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<Organisation> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<Organisation> OrganisationRepository::list(bool includeArchived)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM organisation"
                                            " WHERE (:all = 1 OR archived_at IS NULL)"
                                            " ORDER BY name, id")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":all"), includeArchived ? 1 : 0);
    sql::exec(q);
    QList<Organisation> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

void OrganisationRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void OrganisationRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

} // namespace passerelle
