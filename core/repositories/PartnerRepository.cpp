#include "repositories/PartnerRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
constexpr QLatin1StringView table("partner");
constexpr auto columns = "id, name, partner_type, commune, contact_name, phone, email, notes,"
                         " created_at, updated_at, archived_at";

Partner read(const QSqlQuery &q)
{
    Partner p;
    p.id = sql::uuidAt(q, 0);
    p.name = q.value(1).toString();
    p.partnerType = q.value(2).toString();
    p.commune = q.value(3).toString();
    p.contactName = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.email = q.value(6).toString();
    p.notes = q.value(7).toString();
    p.createdAt = timestampAt(q, 8);
    p.updatedAt = timestampAt(q, 9);
    p.archivedAt = timestampAt(q, 10);
    return p;
}

void bindFields(QSqlQuery &q, const Partner &p)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":partner_type"), p.partnerType);
    q.bindValue(QStringLiteral(":commune"), sql::text(p.commune.trimmed()));
    q.bindValue(QStringLiteral(":contact_name"), sql::text(p.contactName.trimmed()));
    q.bindValue(QStringLiteral(":phone"), sql::text(p.phone.trimmed()));
    q.bindValue(QStringLiteral(":email"), sql::text(p.email.trimmed()));
    q.bindValue(QStringLiteral(":notes"), sql::text(p.notes));
}
} // namespace

PartnerRepository::PartnerRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db), m_references(db, clock)
{
}

void PartnerRepository::checkReferences(const Partner &p, Validator &v)
{
    if (!p.partnerType.isEmpty() &&
        !m_references.contains(QStringLiteral("partner_type"), p.partnerType))
        v.fail(
            QStringLiteral("partner_type"),
            ValidationText::tr("« %1 » n'est pas un type de partenaire connu.").arg(p.partnerType));
}

Uuid PartnerRepository::create(Partner p)
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
        "INSERT INTO partner(id, name, partner_type, commune, contact_name, phone, email, notes,"
        " created_at, updated_at) VALUES (:id, :name, :partner_type, :commune, :contact_name,"
        " :phone, :email, :notes, :created, :updated)"));
    bindFields(q, p);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(p));
    tx.commit();
    return p.id;
}

void PartnerRepository::update(const Partner &p)
{
    Validator v(recordLabel(p));
    validate(p, v);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(table, p.id))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Partenaire introuvable."),
                              recordLabel(p));
    checkReferences(p, v);
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE partner SET name = :name, partner_type = :partner_type, commune = :commune,"
        " contact_name = :contact_name, phone = :phone, email = :email, notes = :notes,"
        " updated_at = :updated WHERE id = :id"));
    bindFields(q, p);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(p));
    tx.commit();
}

std::optional<Partner> PartnerRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(
        QStringLiteral("SELECT %1 FROM partner WHERE id = :id").arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<Partner> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<Partner> PartnerRepository::list(const PartnerFilter &filter)
{
    // instr() rather than LIKE: a name typed with % or _ must not act as a wildcard.
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT %1 FROM partner"
                                 " WHERE (:type IS NULL OR partner_type = :type2)"
                                 " AND (:name IS NULL OR instr(lower(name), lower(:name2)) > 0)"
                                 " AND (:all = 1 OR archived_at IS NULL)"
                                 " ORDER BY name, id")
                      .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":type"), sql::text(filter.partnerType));
    q.bindValue(QStringLiteral(":type2"), sql::text(filter.partnerType));
    q.bindValue(QStringLiteral(":name"), sql::text(filter.nameContains.trimmed()));
    q.bindValue(QStringLiteral(":name2"), sql::text(filter.nameContains.trimmed()));
    q.bindValue(QStringLiteral(":all"), filter.includeArchived ? 1 : 0);
    sql::exec(q);
    QList<Partner> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

void PartnerRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void PartnerRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

} // namespace passerelle
