#pragma once

#include "domain/Household.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;
class Validator;

// Households with their members. The member list is the whole composition: saving it sets
// household_id and relation on each listed person and detaches the people no longer listed,
// in the same transaction as the household row.
class HouseholdRepository
{
public:
    explicit HouseholdRepository(Database &db, const Clock &clock = systemClock());

    Uuid create(Household household);
    void update(const Household &household);
    std::optional<Household> find(const Uuid &id) const;
    std::optional<Household> findByCode(const QString &code) const;
    // Ordered by code; members loaded.
    QList<Household> list(bool includeArchived = false) const;
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void check(const Household &h, Validator &v) const;
    void saveMembers(const Household &h, qint64 now);
    QString freeCode(const Household &h) const;
    std::optional<Household> readOne(QSqlQuery &q) const;
    QList<Household> readAll(QSqlQuery &q) const;
    void loadMembers(Household &h) const;
    void setArchived(const Uuid &id, bool archived);

    Database &m_db;
    const Clock &m_clock;
    mutable QSqlQuery m_codeTaken;
    mutable QSqlQuery m_partnerExists;
    mutable QSqlQuery m_evictionStageExists;
    mutable QSqlQuery m_relationExists;
    mutable QSqlQuery m_personExists;
    mutable QSqlQuery m_selectMembers;
    mutable QSqlQuery m_selectById;
    mutable QSqlQuery m_selectByCode;
    mutable QSqlQuery m_selectAll;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_setMember;
    QSqlQuery m_detachMember;
    QSqlQuery m_setArchived;
};

} // namespace passerelle
