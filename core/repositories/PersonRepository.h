#pragma once

#include "domain/Person.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;
class Validator;

// People of cases and households. A person's code is pseudonymous and unique: generated from
// the id when left empty, refused when it repeats another person's or reveals the name.
class PersonRepository
{
public:
    explicit PersonRepository(Database &db, const Clock &clock = systemClock());

    Uuid create(Person person);
    void update(const Person &person);
    std::optional<Person> find(const Uuid &id) const;
    std::optional<Person> findByCode(const QString &code) const;
    // Ordered by code.
    QList<Person> listForHousehold(const Uuid &householdId) const;
    QList<Person> listForCase(const Uuid &caseId) const;
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void checkReferences(const Person &p, Validator &v) const;
    QString freeCode(const Person &p) const;
    std::optional<Person> readOne(QSqlQuery &q) const;
    QList<Person> readAll(QSqlQuery &q) const;
    void setArchived(const Uuid &id, bool archived);

    Database &m_db;
    const Clock &m_clock;
    mutable QSqlQuery m_codeTaken;
    mutable QSqlQuery m_householdExists;
    mutable QSqlQuery m_relationExists;
    mutable QSqlQuery m_otherSelf;
    mutable QSqlQuery m_selectById;
    mutable QSqlQuery m_selectByCode;
    mutable QSqlQuery m_selectByHousehold;
    mutable QSqlQuery m_selectByCase;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_setArchived;
};

} // namespace passerelle
