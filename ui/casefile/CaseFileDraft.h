#pragma once

#include "domain/Case.h"
#include "domain/Household.h"
#include "domain/Person.h"

#include <QList>

#include <optional>

namespace passerelle {

// What "Enregistrer" writes: the case file's tabs copy their editors into a draft made from
// the snapshot the file was opened on, and CaseFileStore saves it in one transaction.
//
// The people are the case's people: the main person (mainIndex) and the others. A person
// with a relation belongs to the household; one without is followed in the case only. A
// person without an id is new. The draft's lists (case persons, household members) are
// rebuilt from `people` by the store, so the tabs never have to keep them in step.
struct CaseFileDraft
{
    Case caseFile;
    std::optional<Household> household; // without id: created on saving
    QList<Person> people;
    int mainIndex = -1;
};

} // namespace passerelle
