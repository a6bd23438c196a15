#pragma once

#include "domain/Case.h"
#include "repositories/CaseAssignments.h"
#include "repositories/CaseStatusService.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;

// Which cases list() returns; every criterion left empty matches all.
struct CaseFilter
{
    Uuid programmeId;
    std::optional<CaseStatus> status;
    Uuid householdId;
    Uuid personId;       // cases this person belongs to
    Uuid workerId;       // cases this worker is currently assigned to (no unassigned_on)
    QString numberStart; // numbers starting with this text, e.g. "PA-2025-"
    bool includeArchived = false;
};

// Cases with their people, workers, partners and problems, saved together in one transaction.
// The status moves only through changeStatus() (CaseStatusService), which keeps the history.
class CaseRepository
{
public:
    explicit CaseRepository(Database &db, const Clock &clock = systemClock());

    // Inserts a new case at status identified with its child lists and the first history row
    // (nothing → identified). An empty number is generated: the next one of the programme and
    // of identified_on's year (PA-2025-0017). Returns the id.
    Uuid create(Case c);
    // Saves the case's fields and child lists. Programme, number and status (with its dates
    // and close reason) cannot change here; identified_on can be corrected as long as it stays
    // before every status change and assessment of the case, and the first history row
    // follows it.
    void update(const Case &c);
    std::optional<Case> find(const Uuid &id) const;
    // Every case with that number (normally one; offline replicas may have created twins).
    QList<Case> findByNumber(const QString &number) const;
    // Newest identified first, then by number.
    QList<Case> list(const CaseFilter &filter = {}) const;
    void archive(const Uuid &id);
    void restore(const Uuid &id);

    // See CaseStatusService.
    void changeStatus(const Uuid &caseId, CaseStatus newStatus, const QDate &date,
                      const QString &reason = {}, const QString &closeReason = {});
    QList<CaseStatusChange> history(const Uuid &caseId) const;

private:
    std::optional<Case> readOne(QSqlQuery &q) const;
    QList<Case> readAll(QSqlQuery &q) const;
    void checkReferences(const Case &c, Validator &v) const;
    QString nextNumber(const Uuid &programmeId, const QString &programmeCode, int year) const;
    void setArchived(const Uuid &id, bool archived);

    Database &m_db;
    const Clock &m_clock;
    CaseAssignments m_assignments;
    CaseStatusService m_status;
    mutable QSqlQuery m_programmeCode;
    mutable QSqlQuery m_householdExists;
    mutable QSqlQuery m_partnerExists;
    mutable QSqlQuery m_numbersOfYear;
    mutable QSqlQuery m_numberTaken;
    mutable QSqlQuery m_firstAssessment;
    mutable QSqlQuery m_selectById;
    mutable QSqlQuery m_selectByNumber;
    mutable QSqlQuery m_selectFiltered;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_setArchived;
};

} // namespace passerelle
