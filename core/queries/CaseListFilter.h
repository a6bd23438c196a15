#pragma once

#include "util/Uuid.h"

#include <QString>

namespace passerelle {

// What narrows the case list. Each member left at its default keeps every value; the
// members combine with AND. Search text will join them (the query builds its SQL from the
// members that are set, so a new member adds a fragment, not a new query).
struct CaseListFilter
{
    Uuid programmeId; // null: every programme
    QString status;   // case_file.status code; empty: every status

    bool isEmpty() const { return programmeId.isNull() && status.isEmpty(); }
    friend bool operator==(const CaseListFilter &, const CaseListFilter &) = default;
};

} // namespace passerelle
