#pragma once

#include "domain/CaseStatus.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;

// The status workflow of cases and its history (case_status_change). Every move writes the
// status, the matching date column and one history row in one transaction, so a case's status
// is always the to_status of its latest change (invariant 1) and its dates stay ordered
// (invariant 2).
class CaseStatusService
{
public:
    explicit CaseStatusService(Database &db, const Clock &clock = systemClock());

    // Moves a case to `newStatus` on `date`. Allowed moves: identified → oriented | accompanied
    // | closed, oriented → accompanied | closed, accompanied → closed, and closed → identified |
    // oriented | accompanied (reopening: clears closed_on and close_reason). Closing needs a
    // close reason of ref_close_reason; the date may not precede identified_on nor the previous
    // change, nor be in the future. Moving to a status sets its date column and clears the
    // dates of the later stages (a case reopened to oriented is no longer accompanied); the
    // history keeps the earlier dates. Throws ValidationError naming the refused field.
    void changeStatus(const Uuid &caseId, CaseStatus newStatus, const QDate &date,
                      const QString &reason = {}, const QString &closeReason = {});

    // The case's history, oldest first (changed_on, then created_at, then id).
    QList<CaseStatusChange> history(const Uuid &caseId) const;

    // For CaseRepository, inside its transaction: the creation row (nothing → identified) of
    // a case just inserted, and moving that row when identified_on is corrected.
    void recordCreation(const Uuid &caseId, const QDate &identifiedOn);
    void moveCreation(const Uuid &caseId, const QDate &identifiedOn);
    // The earliest change after creation; invalid when the case never moved.
    QDate firstMoveDate(const Uuid &caseId) const;

private:
    void insertChange(const Uuid &caseId, std::optional<CaseStatus> from, CaseStatus to,
                      const QDate &date, const QString &reason, qint64 now);

    Database &m_db;
    const Clock &m_clock;
    mutable QSqlQuery m_selectCase;
    mutable QSqlQuery m_lastChange;
    mutable QSqlQuery m_firstMove;
    mutable QSqlQuery m_closeReasonExists;
    mutable QSqlQuery m_selectHistory;
    QSqlQuery m_updateCase;
    QSqlQuery m_insertChange;
    QSqlQuery m_moveCreation;
};

} // namespace passerelle
