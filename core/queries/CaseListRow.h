#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QString>

namespace passerelle {

// One line of the case list: a value snapshot, detached from the database.
// It carries the pseudonymous code of the main person and never a name: the list is shown
// on screens that others can see, and exported as is.
struct CaseListRow
{
    Uuid id;
    QString number;              // human number, e.g. PA-2025-0017
    QString programmeCode;
    QString programmeName;
    QString status;              // case_file.status code: identified, oriented, accompanied, closed
    QString mainPersonCode;      // person.code of the case_person with role 'main'; empty if none
    QString householdCommune;    // empty when the case has no household or no commune
    QString referralPartnerName; // empty when no partner referred the case
    QDate identifiedOn;
    // Date the case entered its current status: the latest recorded status change, or the
    // case's own date for that status when no change was recorded (cases imported whole).
    QDate lastStatusChangeOn;
};

} // namespace passerelle
