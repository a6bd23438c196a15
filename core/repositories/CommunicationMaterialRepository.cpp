#include "repositories/CommunicationMaterialRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
constexpr QLatin1StringView table("communication_material");
constexpr auto columns = "id, programme_id, material_type, title, quantity_made,"
                         " quantity_distributed, made_on, created_at, updated_at, archived_at";

CommunicationMaterial read(const QSqlQuery &q)
{
    CommunicationMaterial m;
    m.id = sql::uuidAt(q, 0);
    m.programmeId = sql::uuidAt(q, 1);
    m.materialType = q.value(2).toString();
    m.title = q.value(3).toString();
    m.quantityMade = q.value(4).toInt();
    m.quantityDistributed = q.value(5).toInt();
    m.madeOn = sql::dateAt(q, 6);
    m.createdAt = timestampAt(q, 7);
    m.updatedAt = timestampAt(q, 8);
    m.archivedAt = timestampAt(q, 9);
    return m;
}

void bindFields(QSqlQuery &q, const CommunicationMaterial &m)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(m.id));
    q.bindValue(QStringLiteral(":programme_id"), sql::uuid(m.programmeId));
    q.bindValue(QStringLiteral(":material_type"), m.materialType);
    q.bindValue(QStringLiteral(":title"), m.title.trimmed());
    q.bindValue(QStringLiteral(":quantity_made"), m.quantityMade);
    q.bindValue(QStringLiteral(":quantity_distributed"), m.quantityDistributed);
    q.bindValue(QStringLiteral(":made_on"), sql::date(m.madeOn));
}
} // namespace

CommunicationMaterialRepository::CommunicationMaterialRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db), m_references(db, clock)
{
}

void CommunicationMaterialRepository::checkReferences(const CommunicationMaterial &m, Validator &v)
{
    if (!m.programmeId.isNull() && !m_sql.exists(QLatin1StringView("programme"), m.programmeId))
        v.fail(QStringLiteral("programme_id"), ValidationText::tr("Ce programme n'existe pas."));
    if (!m.materialType.isEmpty() &&
        !m_references.contains(QStringLiteral("material_type"), m.materialType))
        v.fail(
            QStringLiteral("material_type"),
            ValidationText::tr("« %1 » n'est pas un type de support connu.").arg(m.materialType));
}

Uuid CommunicationMaterialRepository::create(CommunicationMaterial m)
{
    if (m.id.isNull())
        m.id = Uuid::createV7();
    Validator v(recordLabel(m));
    validate(m, v);
    Transaction tx(m_db.handle());
    checkReferences(m, v);
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO communication_material(id, programme_id, material_type, title, quantity_made,"
        " quantity_distributed, made_on, created_at, updated_at) VALUES (:id, :programme_id,"
        " :material_type, :title, :quantity_made, :quantity_distributed, :made_on, :created,"
        " :updated)"));
    bindFields(q, m);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(m));
    tx.commit();
    return m.id;
}

void CommunicationMaterialRepository::update(const CommunicationMaterial &m)
{
    Validator v(recordLabel(m));
    validate(m, v);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(table, m.id))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Support introuvable."),
                              recordLabel(m));
    checkReferences(m, v);
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE communication_material SET programme_id = :programme_id,"
        " material_type = :material_type, title = :title, quantity_made = :quantity_made,"
        " quantity_distributed = :quantity_distributed, made_on = :made_on, updated_at = :updated"
        " WHERE id = :id"));
    bindFields(q, m);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(m));
    tx.commit();
}

std::optional<CommunicationMaterial> CommunicationMaterialRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM communication_material WHERE id = :id")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<CommunicationMaterial> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<CommunicationMaterial>
CommunicationMaterialRepository::list(const CommunicationMaterialFilter &f)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT %1 FROM communication_material"
                                 " WHERE (:programme IS NULL OR programme_id = :programme2)"
                                 " AND (:from IS NULL OR made_on >= :from2)"
                                 " AND (:to IS NULL OR made_on <= :to2)"
                                 " AND (:all = 1 OR archived_at IS NULL)"
                                 " ORDER BY made_on, title, id")
                      .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":programme"), sql::uuid(f.programmeId));
    q.bindValue(QStringLiteral(":programme2"), sql::uuid(f.programmeId));
    q.bindValue(QStringLiteral(":from"), sql::date(f.from));
    q.bindValue(QStringLiteral(":from2"), sql::date(f.from));
    q.bindValue(QStringLiteral(":to"), sql::date(f.to));
    q.bindValue(QStringLiteral(":to2"), sql::date(f.to));
    q.bindValue(QStringLiteral(":all"), f.includeArchived ? 1 : 0);
    sql::exec(q);
    QList<CommunicationMaterial> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

void CommunicationMaterialRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void CommunicationMaterialRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

} // namespace passerelle
