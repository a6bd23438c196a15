#include "repositories/PersonRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Logging.h"
#include "util/TrContext.h"

#include <QCoreApplication>

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

QString recordLabel(const Person &p)
{
    if (!p.code.isEmpty())
        return QCoreApplication::translate("Domain", "Personne %1").arg(p.code);
    return p.id.isNull() ? QStringLiteral("person") : QStringLiteral("person ") + p.id.toString();
}

const QLatin1String personColumns("p.id, p.code, p.first_name, p.last_name, p.birth_year, p.sex, "
                                  "p.household_id, p.relation, p.created_at, p.updated_at, "
                                  "p.archived_at");

Person personAt(const QSqlQuery &q)
{
    Person p;
    p.id = sql::uuidAt(q, 0);
    p.code = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    if (const auto year = sql::integerAt(q, 4))
        p.birthYear = int(*year);
    p.sex = sexFromCode(q.value(5).toString());
    p.householdId = sql::uuidAt(q, 6);
    p.relation = q.value(7).toString();
    p.createdAt = timeAt(q, 8);
    p.updatedAt = timeAt(q, 9);
    p.archivedAt = timeAt(q, 10);
    return p;
}

void bindPerson(QSqlQuery &q, const Person &p)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
    q.bindValue(QStringLiteral(":code"), p.code);
    q.bindValue(QStringLiteral(":first_name"), sql::text(p.firstName.trimmed()));
    q.bindValue(QStringLiteral(":last_name"), sql::text(p.lastName.trimmed()));
    q.bindValue(QStringLiteral(":birth_year"), p.birthYear
                                                   ? QVariant(qint64(*p.birthYear))
                                                   : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":sex"),
                p.sex ? QVariant(toCode(*p.sex)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":household_id"), sql::uuid(p.householdId));
    q.bindValue(QStringLiteral(":relation"), sql::text(p.relation));
}

constexpr int maxCodeAttempts = 64;
} // namespace

PersonRepository::PersonRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock),
      m_codeTaken(
          prepare(db, QStringLiteral("SELECT 1 FROM person WHERE code = :code AND id <> :id"))),
      m_householdExists(prepare(db, QStringLiteral("SELECT 1 FROM household WHERE id = :key"))),
      m_relationExists(
          prepare(db, QStringLiteral("SELECT 1 FROM ref_household_relation WHERE code = :key"))),
      m_otherSelf(prepare(db, QStringLiteral("SELECT 1 FROM person WHERE household_id = :household "
                                             "AND relation = 'self' AND id <> :id"))),
      m_selectById(prepare(db, QStringLiteral("SELECT ") + personColumns +
                                   QStringLiteral(" FROM person p WHERE p.id = :id"))),
      m_selectByCode(prepare(db, QStringLiteral("SELECT ") + personColumns +
                                     QStringLiteral(" FROM person p WHERE p.code = :code "
                                                    "ORDER BY p.created_at, p.id"))),
      m_selectByHousehold(prepare(db, QStringLiteral("SELECT ") + personColumns +
                                          QStringLiteral(" FROM person p WHERE p.household_id = "
                                                         ":household ORDER BY p.code, p.id"))),
      m_selectByCase(prepare(db, QStringLiteral("SELECT ") + personColumns +
                                     QStringLiteral(" FROM case_person cp JOIN person p ON "
                                                    "p.id = cp.person_id WHERE cp.case_id = :case "
                                                    "ORDER BY cp.role = 'member', p.code, p.id"))),
      m_insert(prepare(
          db, QStringLiteral("INSERT INTO person (id, code, first_name, last_name, birth_year, "
                             "sex, household_id, relation, created_at, updated_at) VALUES (:id, "
                             ":code, :first_name, :last_name, :birth_year, :sex, :household_id, "
                             ":relation, :now, :now)"))),
      m_update(prepare(
          db, QStringLiteral("UPDATE person SET code = :code, first_name = :first_name, "
                             "last_name = :last_name, birth_year = :birth_year, sex = :sex, "
                             "household_id = :household_id, relation = :relation, updated_at = "
                             ":now WHERE id = :id"))),
      m_setArchived(prepare(db, QStringLiteral("UPDATE person SET archived_at = :archived_at, "
                                               "updated_at = :now WHERE id = :id")))
{
}

Uuid PersonRepository::create(Person p)
{
    Transaction tx(m_db.handle());
    if (p.id.isNull())
        p.id = Uuid::createV7();
    p.code = p.code.trimmed();
    if (p.code.isEmpty())
        p.code = freeCode(p);
    validate(p);
    Validator v(recordLabel(p));
    checkReferences(p, v);
    v.throwIfFailed();

    bindPerson(m_insert, p);
    m_insert.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_insert, recordLabel(p));
    tx.commit();
    qCInfo(lcDomain) << "person created" << p.id.toString();
    return p.id;
}

void PersonRepository::update(const Person &person)
{
    Person p = person;
    p.code = p.code.trimmed();
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
    if (!readOne(m_selectById))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Personne introuvable."),
                              recordLabel(p));
    validate(p);
    Validator v(recordLabel(p));
    checkReferences(p, v);
    v.throwIfFailed();

    bindPerson(m_update, p);
    m_update.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    sql::exec(m_update, recordLabel(p));
    tx.commit();
}

std::optional<Person> PersonRepository::find(const Uuid &id) const
{
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    return readOne(m_selectById);
}

std::optional<Person> PersonRepository::findByCode(const QString &code) const
{
    m_selectByCode.bindValue(QStringLiteral(":code"), code.trimmed());
    return readOne(m_selectByCode);
}

QList<Person> PersonRepository::listForHousehold(const Uuid &householdId) const
{
    m_selectByHousehold.bindValue(QStringLiteral(":household"), sql::uuid(householdId));
    return readAll(m_selectByHousehold);
}

QList<Person> PersonRepository::listForCase(const Uuid &caseId) const
{
    m_selectByCase.bindValue(QStringLiteral(":case"), sql::uuid(caseId));
    return readAll(m_selectByCase);
}

void PersonRepository::archive(const Uuid &id)
{
    setArchived(id, true);
}

void PersonRepository::restore(const Uuid &id)
{
    setArchived(id, false);
}

void PersonRepository::checkReferences(const Person &p, Validator &v) const
{
    m_codeTaken.bindValue(QStringLiteral(":code"), p.code);
    m_codeTaken.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
    sql::exec(m_codeTaken);
    if (m_codeTaken.next())
        v.fail(QStringLiteral("code"),
               ValidationText::tr("Le code %1 est déjà celui d'une autre personne.").arg(p.code));
    m_codeTaken.finish();

    if (p.birthYear && *p.birthYear > m_clock.today().year())
        v.fail(QStringLiteral("birth_year"),
               ValidationText::tr("« Année de naissance » ne peut pas être dans le futur."));
    if (!p.householdId.isNull() && !exists(m_householdExists, sql::uuid(p.householdId)))
        v.fail(QStringLiteral("household_id"), ValidationText::tr("Ménage introuvable."));
    if (!p.relation.isEmpty() && !exists(m_relationExists, p.relation))
        v.fail(QStringLiteral("relation"),
               ValidationText::tr("Lien dans le ménage inconnu : « %1 ».").arg(p.relation));
    // Invariant 11: one reference person per household.
    if (!p.householdId.isNull() && p.relation == QLatin1String("self")) {
        m_otherSelf.bindValue(QStringLiteral(":household"), sql::uuid(p.householdId));
        m_otherSelf.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
        sql::exec(m_otherSelf);
        if (m_otherSelf.next())
            v.fail(QStringLiteral("relation"),
                   ValidationText::tr("Ce ménage a déjà sa « personne de référence »."));
        m_otherSelf.finish();
    }
}

QString PersonRepository::freeCode(const Person &p) const
{
    for (int attempt = 0; attempt < maxCodeAttempts; ++attempt) {
        Person candidate = p;
        candidate.code = personCodeFor(p.id, attempt);
        if (codeRevealsName(candidate))
            continue;
        m_codeTaken.bindValue(QStringLiteral(":code"), candidate.code);
        m_codeTaken.bindValue(QStringLiteral(":id"), sql::uuid(p.id));
        sql::exec(m_codeTaken);
        const bool taken = m_codeTaken.next();
        m_codeTaken.finish();
        if (!taken)
            return candidate.code;
    }
    // 64 collisions in a space of a billion codes means the database is not what we think.
    throw StorageError(ValidationText::tr("Impossible d'attribuer un code libre à la personne %1.")
                           .arg(p.id.toString()));
}

std::optional<Person> PersonRepository::readOne(QSqlQuery &q) const
{
    return sql::readOne(q, personAt);
}

QList<Person> PersonRepository::readAll(QSqlQuery &q) const
{
    return sql::readAll(q, personAt);
}

void PersonRepository::setArchived(const Uuid &id, bool archived)
{
    Transaction tx(m_db.handle());
    m_selectById.bindValue(QStringLiteral(":id"), sql::uuid(id));
    const std::optional<Person> stored = readOne(m_selectById);
    if (!stored)
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Personne introuvable."),
                              id.isNull() ? QStringLiteral("person")
                                          : QStringLiteral("person ") + id.toString());
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
