#pragma once

#include "domain/Case.h"

#include <QSqlQuery>

namespace passerelle {

class Database;
class Validator;

// The child rows of a case: its people (main + members), assigned workers (the peer worker +
// professional pair, referents), partners mobilised and problem typology. CaseRepository saves
// them with the case, inside its transaction; this class knows only those four tables.
class CaseAssignments
{
public:
    explicit CaseAssignments(Database &db);

    // Adds to `v` what the database refuses in the child lists: unknown people, workers,
    // partners or problem codes, and a pair role the worker's role does not allow
    // (invariant 5: peer ↔ peer_worker, professional ↔ professional or coordinator).
    void check(const Case &c, Validator &v) const;
    // Makes the stored child rows equal to c's lists: rows no longer listed are removed,
    // changed ones updated, unchanged ones left untouched. Runs in the caller's transaction.
    void save(const Case &c);
    // Fills c's lists from the database (c.id set).
    void load(Case &c) const;

private:
    mutable QSqlQuery m_personExists;
    mutable QSqlQuery m_workerRole;
    mutable QSqlQuery m_partnerExists;
    mutable QSqlQuery m_problemExists;
    mutable QSqlQuery m_selectPersons;
    mutable QSqlQuery m_selectWorkers;
    mutable QSqlQuery m_selectPartners;
    mutable QSqlQuery m_selectProblems;
    QSqlQuery m_upsertPerson;
    QSqlQuery m_deletePerson;
    QSqlQuery m_upsertWorker;
    QSqlQuery m_deleteWorker;
    QSqlQuery m_upsertPartner;
    QSqlQuery m_deletePartner;
    QSqlQuery m_insertProblem;
    QSqlQuery m_deleteProblem;
};

} // namespace passerelle
