#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QString>

namespace passerelle {

// What narrows the case list. Each member left at its default keeps every case; the
// members combine with AND. The query builds its SQL from the members that are set, so a
// new member adds a fragment, not a new query.
struct CaseListFilter
{
    Uuid programmeId; // null: every programme
    QString status;   // case_file.status code; empty: every status
    // Words typed in the search field: a case is kept when every word begins a word of its
    // number, of the code or names of one of its people, of its commune or of the name of
    // the partner that referred it (case and accents ignored). Empty: no search.
    QString search;
    Uuid workerId;   // cases this worker is assigned to now (no end date); null: any
    Uuid landlordId; // cases whose household rents from this partner; null: any
    // Cases open at some time in [openFrom, openTo]: identified on or before openTo and not
    // closed before openFrom. Either bound may be null (open-ended).
    QDate openFrom;
    QDate openTo;

    bool hasPeriod() const { return openFrom.isValid() || openTo.isValid(); }
    bool isEmpty() const
    {
        return programmeId.isNull() && status.isEmpty() && search.trimmed().isEmpty()
            && workerId.isNull() && landlordId.isNull() && !hasPeriod();
    }
    friend bool operator==(const CaseListFilter &, const CaseListFilter &) = default;
};

} // namespace passerelle
