#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

// Where a case stands: referral → orientation decision → accompaniment → closure.
// Identified and accompanied people are both counted in the annual review.
enum class CaseStatus
{
    Identified,
    Oriented,
    Accompanied,
    Closed
};

QString toCode(CaseStatus status);
std::optional<CaseStatus> caseStatusFromCode(QStringView code);
QString label(CaseStatus status);

// The workflow: identified → oriented | accompanied | closed, oriented → accompanied | closed,
// accompanied → closed, and a closed case may be reopened to identified, oriented or
// accompanied. Staying on the same status is not a move.
bool isAllowedTransition(CaseStatus from, CaseStatus to);
QList<CaseStatus> allowedNextStatuses(CaseStatus from);
inline bool isReopening(CaseStatus from, CaseStatus to)
{
    return from == CaseStatus::Closed && to != CaseStatus::Closed;
}
// Column of case_file that records the day the status was reached ("oriented_on", …).
QString dateColumn(CaseStatus status);

// One row of a case's history. The first row of every case goes from nothing to identified;
// the case's status is always the to_status of its latest row.
struct CaseStatusChange
{
    Uuid id;
    Uuid caseId;
    std::optional<CaseStatus> fromStatus; // nullopt for the creation row
    CaseStatus toStatus = CaseStatus::Identified;
    QDate changedOn;
    QString reason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

} // namespace passerelle
