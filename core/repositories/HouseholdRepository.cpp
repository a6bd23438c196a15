#include "repositories/HouseholdRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Logging.h"
#include "util/TrContext.h"

#include <QCoreApplication>
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

QString recordLabel(const Household &h)
{
    if (!h.code.isEmpty())
        return QCoreApplication::translate("Domain", "Ménage %1").arg(h.code);
    return h.id.isNull() ? QStringLiteral("household")
                         : QStringLiteral("household ") + h.id.toString();
}

const QLatin1String householdColumns(
    "h.id, h.code, h.landlord_partner_id, h.housing_kind, h.commune, h.qpv, h.tenancy_start, "
    "h.rent_arrears_cents, h.repayment_plan, h.eviction_stage, h.composition_note, h.created_at, "
    "h.updated_at, h.archived_at");

Household householdAt(const QSqlQuery &q)
{
    Household h;
    h.id = sql::uuidAt(q, 0);
    h.code = q.value(1).toString();
    h.landlordPartnerId = sql::uuidAt(q, 2);
    h.housingKind = housingKindFromCode(q.value(3).toString());
    h.commune = q.value(4).toString();
    h.qpv = sql::booleanAt(q, 5);
    h.tenancyStart = sql::dateAt(q, 6);
    h.rentArrearsCents = sql::integerAt(q, 7).value_or(0);
    h.repaymentPlan = sql::booleanAt(q, 8).value_or(false);
    h.evictionStage = q.value(9).toString();
    h.compositionNote = q.value(10).toString();
    h.createdAt = timeAt(q, 11);
    h.updatedAt = timeAt(q, 12);
    h.archivedAt = timeAt(q, 13);
    return h;
}

void bindHousehold(QSqlQuery &q, const Household &h)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(h.id));
    q.bindValue(QStringLiteral(":code"), h.code);
    q.bindValue(QStringLiteral(":landlord_partner_id"), sql::uuid(h.landlordPartnerId));
    q.bindValue(QStringLiteral(":housing_kind"), h.housingKind
                                                     ? QVariant(toCode(*h.housingKind))
                                                     : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":commune"), sql::text(h.commune.trimmed()));
    q.bindValue(QStringLiteral(":qpv"), sql::boolean(h.qpv));
    q.bindValue(QStringLiteral(":tenancy_start"), sql::date(h.tenancyStart));
    q.bindValue(QStringLiteral(":rent_arrears_cents"), h.rentArrearsCents);
    q.bindValue(QStringLiteral(":repayment_plan"), h.repaymentPlan ? 1 : 0);
    q.bindValue(QStringLiteral(":eviction_stage"), sql::text(h.evictionStage));
    q.bindValue(QStringLiteral(":composition_note"), sql::text(h.compositionNote.trimmed()));
}

constexpr int maxCodeAttempts = 64;
} // namespace

HouseholdRepository::HouseholdRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock),
      m_codeTaken(
          prepare(db, QStringLiteral("SELECT 1 FROM household WHERE code = :code AND id <> :id"))),
      m_partnerExists(prepare(db, QStringLiteral("SELECT 1 FROM partner WHERE id = :key"))),
      m_evictionStageExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_eviction_stage WHERE code = :key"))),
      m_relationExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_household_relation WHERE code = :key"))),
      m_personExists(prepare(db, QStringLiteral("SELECT 1 FROM person WHERE id = :key"))),
      m_selectMembers(prepare(db, QStringLiteral("SELECT id, relation "
                                                 "FROM person WHERE household_id = :household "
                                                 "ORDER BY relation <> 'self', code, id"))),
      m_selectById(prepare(db, QStringLiteral("SELECT ") + householdColumns +
                                   QStringLiteral(" FROM household h WHERE h.id = :id"))),
      m_selectByCode(prepare(db, QStringLiteral("SELECT ") + householdColumns +
                                     QStringLiteral(" FROM household h WHERE h.code = :code "
                                                    "ORDER BY h.created_at, h.id"))),
      m_selectAll(prepare(db, QStringLiteral("SELECT ") + householdColumns +
                                  QStringLiteral(" FROM household h WHERE :archived = 1 OR "
                                                 "h.archived_at IS NULL ORDER BY h.code, h.id"))),
      m_insert(prepare(
          db, QStringLiteral("INSERT INTO household (id, code, landlord_partner_id, housing_kind, "
                             "commune, qpv, tenancy_start, rent_arrears_cents, repayment_plan, "
                             "eviction_stage, composition_note, created_at, updated_at) VALUES "
                             "(:id, :code, :landlord_partner_id, :housing_kind, :commune, :qpv, "
                             ":tenancy_start, :rent_arrears_cents, :repayment_plan, "
                             ":eviction_stage, :composition_note, :now, :now)"))),
      m_update(prepare(
          db, QStringLiteral("UPDATE household SET code = :code, landlord_partner_id = "
                             ":landlord_partner_id, housing_kind = :housing_kind, commune = "
                             ":commune, qpv = :qpv, tenancy_start = :tenancy_start, "
                             "rent_arrears_cents = :rent_arrears_cents, repayment_plan = "
                             ":repayment_plan, eviction_stage = :eviction_stage, "
                             "composition_note = :composition_note, updated_at = :now "
                             "WHERE id = :id"))),
      // Only people whose membership really changes are touched (and get a new updated_at).
      m_setMember(prepare(
          db, QStringLiteral("UPDATE person SET household_id = :household, relation = "
                             ":relation, updated_at = :now WHERE id = :id AND "
                             "(household_id IS NOT :household OR relation IS NOT :relation)"))),
      m_detachMember(prepare(db, QStringLiteral("UPDATE person SET household_id = NULL, relation = "
                                                "NULL, updated_at = :now WHERE id = :id"))),
      m_setArchived(prepare(db, QStringLiteral("UPDATE household SET archived_at = :archived_at, "
                                               "updated_at = :now WHERE id = :id")))
{
}

Uuid HouseholdRepository::create(Household h)
{
    Transaction tx(m_db.handle());
    if (h.id.isNull())
        h.id = Uuid::createV7();
    h.code = h.code.trimmed();
    if (h.code.isEmpty())
        h.code = freeCode(h);
    validate(h);
    Validator v(recordLabel(h));
    check(h, v);
    v.throwIfFailed();

    const qint64 now = m_clock.nowMs();
    bindHousehold(m_insert, h);
    m_insert.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_insert, recordLabel(h));
    saveMembers(h, now);
    tx.commit();
    qCInfo(lcDomain) << "household created" << h.id.toString() << "members" << h.members.size();
    return h.id;
}

void HouseholdRepository::update(const Household &household)
{
    Household h = household;
    h.code = h.code.trimmed();
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(h.id));
    if (!readOne(m_selectById))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Ménage introuvable."),
                              recordLabel(h));
    validate(h);
    Validator v(recordLabel(h));
    check(h, v);
    v.throwIfFailed();

    const qint64 now = m_clock.nowMs();
    bindHousehold(m_update, h);
    m_update.bindValue(QStringLiteral(":now"), now);
    sql::exec(m_update, recordLabel(h));
    saveMembers(h, now);
    tx.commit();
}

std::optional<Household> HouseholdRepository::find(const Uuid &id) const
{
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    std::optional<Household> h = readOne(m_selectById);
    if (h)
        loadMembers(*h);
    return h;
}

std::optional<Household> HouseholdRepository::findByCode(const QString &code) const
{
    m_selectByCode.bindValue(QStringLiteral(":code"), code.trimmed());
    std::optional<Household> h = readOne(m_selectByCode);
    if (h)
        loadMembers(*h);
    return h;
}

QList<Household> HouseholdRepository::list(bool includeArchived) const
{
    m_selectAll.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    QList<Household> out = readAll(m_selectAll);
    for (Household &h : out)
        loadMembers(h);
    return out;
}

void HouseholdRepository::archive(const Uuid &id)
{
    setArchived(id, true);
}

void HouseholdRepository::restore(const Uuid &id)
{
    setArchived(id, false);
}

void HouseholdRepository::check(const Household &h, Validator &v) const
{
    m_codeTaken.bindValue(QStringLiteral(":code"), h.code);
    m_codeTaken.bindValue(QStringLiteral(":id"), sql::uuid(h.id));
    sql::exec(m_codeTaken);
    if (m_codeTaken.next())
        v.fail(QStringLiteral("code"),
               ValidationText::tr("Le code %1 est déjà celui d'un autre ménage.").arg(h.code));
    m_codeTaken.finish();

    if (!h.landlordPartnerId.isNull() && !exists(m_partnerExists, sql::uuid(h.landlordPartnerId)))
        v.fail(QStringLiteral("landlord_partner_id"),
               ValidationText::tr("Bailleur introuvable parmi les partenaires."));
    if (!h.evictionStage.isEmpty() && !exists(m_evictionStageExists, h.evictionStage))
        v.fail(QStringLiteral("eviction_stage"),
               ValidationText::tr("Étape de procédure d'expulsion inconnue : « %1 ».")
                   .arg(h.evictionStage));
    for (const HouseholdMember &m : h.members) {
        if (!m.personId.isNull() && !exists(m_personExists, sql::uuid(m.personId)))
            v.fail(QStringLiteral("person.household_id"),
                   ValidationText::tr("Un membre du ménage est introuvable."));
        if (!m.relation.isEmpty() && !exists(m_relationExists, m.relation))
            v.fail(QStringLiteral("person.relation"),
                   ValidationText::tr("Lien dans le ménage inconnu : « %1 ».").arg(m.relation));
    }
    // Invariant 11 needs nothing more: after saving, the household's people are exactly the
    // listed members, and validate() allowed at most one 'self' among them.
}

void HouseholdRepository::saveMembers(const Household &h, qint64 now)
{
    QSet<Uuid> listed;
    for (const HouseholdMember &m : h.members)
        listed.insert(m.personId);

    m_selectMembers.bindValue(QStringLiteral(":household"), sql::uuid(h.id));
    sql::exec(m_selectMembers);
    QList<Uuid> leaving;
    while (m_selectMembers.next()) {
        const Uuid id = sql::uuidAt(m_selectMembers, 0);
        if (!listed.contains(id))
            leaving.append(id);
    }
    m_selectMembers.finish();

    // Detach first: a person leaving as 'self' must be gone before another one arrives as 'self'.
    for (const Uuid &id : std::as_const(leaving)) {
        m_detachMember.bindValue(QStringLiteral(":id"), sql::uuid(id));
        m_detachMember.bindValue(QStringLiteral(":now"), now);
        sql::exec(m_detachMember, recordLabel(h));
    }
    for (const HouseholdMember &m : h.members) {
        m_setMember.bindValue(QStringLiteral(":id"), sql::uuid(m.personId));
        m_setMember.bindValue(QStringLiteral(":household"), sql::uuid(h.id));
        m_setMember.bindValue(QStringLiteral(":relation"), m.relation);
        m_setMember.bindValue(QStringLiteral(":now"), now);
        sql::exec(m_setMember, recordLabel(h));
    }
}

void HouseholdRepository::loadMembers(Household &h) const
{
    h.members.clear();
    m_selectMembers.bindValue(QStringLiteral(":household"), sql::uuid(h.id));
    sql::exec(m_selectMembers);
    while (m_selectMembers.next())
        h.members.append({sql::uuidAt(m_selectMembers, 0), m_selectMembers.value(1).toString()});
    m_selectMembers.finish();
}

QString HouseholdRepository::freeCode(const Household &h) const
{
    for (int attempt = 0; attempt < maxCodeAttempts; ++attempt) {
        const QString candidate = householdCodeFor(h.id, attempt);
        m_codeTaken.bindValue(QStringLiteral(":code"), candidate);
        m_codeTaken.bindValue(QStringLiteral(":id"), sql::uuid(h.id));
        sql::exec(m_codeTaken);
        const bool taken = m_codeTaken.next();
        m_codeTaken.finish();
        if (!taken)
            return candidate;
    }
    throw StorageError(ValidationText::tr("Impossible d'attribuer un code libre au ménage %1.")
                           .arg(h.id.toString()));
}

std::optional<Household> HouseholdRepository::readOne(QSqlQuery &q) const
{
    return sql::readOne(q, householdAt);
}

QList<Household> HouseholdRepository::readAll(QSqlQuery &q) const
{
    return sql::readAll(q, householdAt);
}

void HouseholdRepository::setArchived(const Uuid &id, bool archived)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    const std::optional<Household> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Ménage introuvable."),
                              id.isNull() ? QStringLiteral("household")
                                          : QStringLiteral("household ") + id.toString());
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
