#pragma once

#include "domain/Intervention.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;
class Validator;

// Interventions with their links to cases and workers, saved together in one transaction.
// Every linked case belongs to the intervention's programme (invariant 10) and a done
// intervention has a duration (invariant 4).
class InterventionRepository
{
public:
    explicit InterventionRepository(Database &db, const Clock &clock = systemClock());

    Uuid create(Intervention intervention);
    void update(const Intervention &intervention);
    std::optional<Intervention> find(const Uuid &id) const;
    // A case's timeline, oldest first (date, then time; untimed last in their day).
    QList<Intervention> listForCase(const Uuid &caseId, bool includeArchived = false) const;
    // A worker's agenda between two days included (an invalid bound leaves that side open),
    // archived interventions left out.
    QList<Intervention> listForWorker(const Uuid &workerId, const QDate &from,
                                      const QDate &to) const;
    QList<Intervention> listForProgramme(const Uuid &programmeId, const QDate &from,
                                         const QDate &to) const;
    // Marks an intervention done, cancelled, missed or planned again in one action. Done needs
    // a duration above zero: the one given here, else the one already recorded.
    void setStatus(const Uuid &id, InterventionStatus status,
                   std::optional<int> durationMin = std::nullopt);
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void check(const Intervention &i, Validator &v) const;
    void saveLinks(const Intervention &i);
    std::optional<Intervention> readOne(QSqlQuery &q) const;
    QList<Intervention> readAll(QSqlQuery &q) const;
    void setArchived(const Uuid &id, bool archived);

    Database &m_db;
    const Clock &m_clock;
    mutable QSqlQuery m_programmeExists;
    mutable QSqlQuery m_channelExists;
    mutable QSqlQuery m_typeExists;
    mutable QSqlQuery m_caseProgramme;
    mutable QSqlQuery m_workerExists;
    mutable QSqlQuery m_selectById;
    mutable QSqlQuery m_selectByCase;
    mutable QSqlQuery m_selectByWorker;
    mutable QSqlQuery m_selectByProgramme;
    mutable QSqlQuery m_selectCaseLinks;
    mutable QSqlQuery m_selectWorkerLinks;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_updateStatus;
    QSqlQuery m_insertCaseLink;
    QSqlQuery m_deleteCaseLink;
    QSqlQuery m_insertWorkerLink;
    QSqlQuery m_deleteWorkerLink;
    QSqlQuery m_setArchived;
};

} // namespace passerelle
